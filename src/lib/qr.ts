/**
 * QR codes as small inline SVG (for HTML, so without an xmlns). uqr does the encoding; this draws each row's
 * dark runs as strokes of one path, moving between runs relatively
 * (`M4 4.5h7m1 0h1`), which keeps a code under 2 KB: it matters on a school
 * page that prints one per place.
 */
import { encode } from 'uqr';

/**
 * An SVG QR code for `text`, with a quiet zone of four modules, labelled for
 * screen readers. Error correction L: a listing's URL then fits a 33-module
 * code instead of 37, so at the 2 cm a printed sheet gives it, each module is
 * larger and a cheap phone camera reads it more easily; a clean print does not
 * need more correction.
 */
export function qrSvg(text: string, label: string): string {
  const { data, size } = encode(text, { ecc: 'L', border: 4 });
  // A stroke one module wide along the middle of a row covers its modules exactly.
  let path = '';
  let at: { x: number; y: number } | undefined;
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x < size && row[x]) x++;
      path += at ? `m${start - at.x} ${y - at.y}h${x - start}` : `M${start} ${y}.5h${x - start}`;
      at = { x, y };
    }
  });
  const title = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg viewBox="0 0 ${size} ${size}" role="img" aria-label="${title}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000" stroke-width="1" fill="none"/></svg>`;
}
