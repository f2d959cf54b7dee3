import { describe, expect, it } from 'vitest';
import { SPREAD_GAP_PX, spreadFootprints, type Footprint } from '../../src/components/map/marker-layout.ts';

const pin = (x: number, y: number, extra: Partial<Footprint> = {}): Footprint => ({
  x,
  y,
  width: 30,
  height: 30,
  ...extra,
});

/** Boxes after the offsets, and every pair that touches (closer than the gap), as index pairs. */
function touchingPairs(items: Footprint[], gap = SPREAD_GAP_PX): Array<[number, number]> {
  const offsets = spreadFootprints(items, gap);
  const at = items.map((item, i) => ({ ...item, x: item.x + offsets[i]!.dx, y: item.y + offsets[i]!.dy }));
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < at.length; a++) {
    for (let b = a + 1; b < at.length; b++) {
      const [p, q] = [at[a]!, at[b]!];
      if (p.fixed && q.fixed) continue;
      const apartX = Math.abs(p.x - q.x) >= (p.width + q.width) / 2 + gap;
      const apartY = Math.abs(p.y - q.y) >= (p.height + q.height) / 2 + gap;
      if (!apartX && !apartY) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** A repeatable sequence of numbers in [0, 1). */
function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('spreading map icons', () => {
  it('leaves icons that do not touch where they are', () => {
    expect(spreadFootprints([pin(0, 0), pin(40, 0), pin(0, 40)])).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('puts two icons on one spot side by side, around that spot', () => {
    const offsets = spreadFootprints([pin(100, 100), pin(100, 100)]);
    expect(touchingPairs([pin(100, 100), pin(100, 100)])).toEqual([]);
    expect(offsets[0]!.dy).toBe(0);
    expect(offsets[1]!.dy).toBe(0);
    expect(offsets[0]!.dx + offsets[1]!.dx).toBe(0);
  });

  it('keeps any number of icons on one spot apart', () => {
    for (const count of [3, 5, 12, 30]) {
      const items = Array.from({ length: count }, () => pin(200, 200));
      expect(touchingPairs(items), `${count} icons`).toEqual([]);
    }
  });

  it('keeps which side each icon was on', () => {
    const offsets = spreadFootprints([pin(110, 100), pin(100, 100)]);
    expect(110 + offsets[0]!.dx).toBeGreaterThan(100 + offsets[1]!.dx);
  });

  it('moves icons off a fixed one (the school) and never moves the fixed one', () => {
    const items = [pin(50, 50), pin(50, 50, { fixed: true, width: 32, height: 32 }), pin(52, 48)];
    const offsets = spreadFootprints(items);
    expect(offsets[1]).toEqual({ dx: 0, dy: 0 });
    expect(touchingPairs(items)).toEqual([]);
    // Two fixed icons may overlap; they are not targets.
    expect(spreadFootprints([pin(0, 0, { fixed: true }), pin(0, 0, { fixed: true })])).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('leaves no two icons touching in crowded maps, the same way every time', () => {
    const random = seeded(7);
    for (let round = 0; round < 20; round++) {
      const items = Array.from({ length: 60 }, () => {
        const cluster = random() < 0.2;
        const size = cluster ? 38 : 30;
        return pin(Math.round(random() * 400), Math.round(random() * 300), { width: size, height: size });
      });
      items.push(pin(200, 150, { fixed: true, width: 32, height: 32 }));
      expect(touchingPairs(items), `round ${round}`).toEqual([]);
      expect(spreadFootprints(items)).toEqual(spreadFootprints(items));
    }
  });
});
