/**
 * Draws the web app's icons into public/icons/ with pngjs: a map pin on the
 * site's accent colour. The maskable icon keeps the pin inside the middle 80%
 * a launcher may crop to a circle. Run once after changing the design:
 * `node scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const ACCENT = [0x9a, 0x34, 0x12];
const PAPER = [0xff, 0xfd, 0xf8];

/** A pin: a circle on top of a point, as a fraction of the icon; `scale` shrinks it for the safe zone. */
function inPin(x: number, y: number, scale: number): 'pin' | 'hole' | undefined {
  const cx = 0.5;
  const cy = 0.42;
  const r = 0.26 * scale;
  const dx = x - cx;
  const dy = y - (0.5 + (cy - 0.5) * scale);
  const d = Math.hypot(dx, dy);
  if (d < r * 0.42) return 'hole';
  if (d < r) return 'pin';
  // The point: a triangle below the circle's centre.
  const tip = 0.5 + (0.86 - 0.5) * scale;
  const top = 0.5 + (cy - 0.5) * scale + r * 0.5;
  if (y >= top && y <= tip) {
    const half = (r * 0.87 * (tip - y)) / (tip - top);
    if (Math.abs(dx) <= half) return 'pin';
  }
  return undefined;
}

function icon(size: number, maskable: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const radius = maskable ? 0 : size * 0.18;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const i = (py * size + px) * 4;
      // Rounded corners on the plain icon; the maskable one fills the square for the launcher to shape.
      const cx = Math.min(Math.max(px + 0.5, radius), size - radius);
      const cy = Math.min(Math.max(py + 0.5, radius), size - radius);
      const outside = radius > 0 && Math.hypot(px + 0.5 - cx, py + 0.5 - cy) > radius;
      const part = inPin((px + 0.5) / size, (py + 0.5) / size, maskable ? 0.75 : 1);
      const colour = part === 'pin' ? PAPER : ACCENT;
      png.data[i] = colour[0]!;
      png.data[i + 1] = colour[1]!;
      png.data[i + 2] = colour[2]!;
      png.data[i + 3] = outside ? 0 : 255;
    }
  }
  return PNG.sync.write(png);
}

const dir = path.join(import.meta.dirname, '../public/icons');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'icon-192.png'), icon(192, false));
writeFileSync(path.join(dir, 'icon-512.png'), icon(512, false));
writeFileSync(path.join(dir, 'maskable-512.png'), icon(512, true));
