/**
 * Where icons go so none touches another: the pure part of spread-markers.ts,
 * in CSS pixels, without Leaflet (and so testable without a browser).
 */
type Xy = [number, number];

/** An icon's box on screen, centred on (x, y), in CSS px. Fixed boxes are not moved, only avoided. */
export interface Footprint {
  x: number;
  y: number;
  width: number;
  height: number;
  fixed?: boolean;
}

export interface Offset {
  dx: number;
  dy: number;
}

/** Clear space kept between two icons, in CSS px, so they read as separate. */
export const SPREAD_GAP_PX = 4;

/** Rings larger than this hold the icons apart already by their neighbours alone (see `ring`). */
const SMALL_RING = 8;

function touching(a: Footprint, pa: Xy, b: Footprint, pb: Xy, gap: number): boolean {
  return (
    Math.abs(pa[0] - pb[0]) < (a.width + b.width) / 2 + gap && Math.abs(pa[1] - pb[1]) < (a.height + b.height) / 2 + gap
  );
}

/** Where the members of one group go: a ring around their centre, as small as keeps them apart. */
function ring(items: readonly Footprint[], members: readonly number[], gap: number): Map<number, Xy> {
  const movable = members.filter((i) => !items[i]!.fixed);
  const fixed = members.filter((i) => items[i]!.fixed);
  const cx = movable.reduce((sum, i) => sum + items[i]!.x, 0) / movable.length;
  const cy = movable.reduce((sum, i) => sum + items[i]!.y, 0) / movable.length;
  const angleOf = (i: number) => Math.atan2(items[i]!.y - cy, items[i]!.x - cx);
  const apart = (i: number) => Math.hypot(items[i]!.x - cx, items[i]!.y - cy) > 0.5;
  // Around the ring in the order they lie around the centre, so a place a little east stays east;
  // those right on the centre first, in the order given.
  const key = (i: number) => (apart(i) ? angleOf(i) : -4);
  const order = [...movable].sort((a, b) => key(a) - key(b) || a - b);
  const m = order.length;
  let start: number;
  if (apart(order[0]!)) start = angleOf(order[0]!);
  else if (m === 1 && fixed.length > 0) {
    // One marker under a fixed icon (a place at the school): step away from that icon, upwards if on it.
    const f = items[fixed[0]!]!;
    start = Math.hypot(f.x - cx, f.y - cy) > 0.5 ? Math.atan2(cy - f.y, cx - f.x) : -Math.PI / 2;
  } else start = m === 2 ? Math.PI : -Math.PI / 2;
  const step = (2 * Math.PI) / m;
  // On a ring of more than a few, an icon's nearest neighbours are the next ones round: one that
  // clears the next three clears the rest. Small rings are checked pair by pair.
  const reach = m <= SMALL_RING ? m - 1 : 3;
  // No ring is smaller than one whose neighbouring slots are the smallest icon plus the gap apart.
  const smallest = Math.min(...movable.map((i) => Math.min(items[i]!.width, items[i]!.height)));
  const shortest = m === 1 ? 0 : (smallest + gap) / (2 * Math.sin(Math.PI / m));
  for (let r = Math.floor(shortest); r < 100_000; r += 1) {
    const slots: Xy[] = order.map((_, k) => [
      Math.round(cx + r * Math.cos(start + k * step)),
      Math.round(cy + r * Math.sin(start + k * step)),
    ]);
    const clear = order.every(
      (a, k) =>
        fixed.every((f) => !touching(items[a]!, slots[k]!, items[f]!, [items[f]!.x, items[f]!.y], gap)) &&
        Array.from({ length: Math.min(reach, m - 1 - (m <= SMALL_RING ? k : 0)) }, (_, j) => (k + 1 + j) % m).every(
          (l) => !touching(items[a]!, slots[k]!, items[order[l]!]!, slots[l]!, gap),
        ),
    );
    if (clear) return new Map(order.map((i, k) => [i, slots[k]!]));
  }
  return new Map(movable.map((i) => [i, [items[i]!.x, items[i]!.y]]));
}

/** Every pair of icons that touch where they are now; neighbours found through a grid, not all pairs. */
function touchingPairs(items: readonly Footprint[], at: readonly Xy[], gap: number): Array<[number, number]> {
  const cell = Math.max(1, ...items.map((item) => Math.max(item.width, item.height))) + gap;
  const grid = new Map<string, number[]>();
  at.forEach(([x, y], i) => {
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    grid.set(key, [...(grid.get(key) ?? []), i]);
  });
  const pairs: Array<[number, number]> = [];
  at.forEach(([x, y], a) => {
    const [gx, gy] = [Math.floor(x / cell), Math.floor(y / cell)];
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        for (const b of grid.get(`${gx + ox},${gy + oy}`) ?? []) {
          if (b <= a || (items[a]!.fixed && items[b]!.fixed)) continue;
          if (touching(items[a]!, at[a]!, items[b]!, at[b]!, gap)) pairs.push([a, b]);
        }
      }
    }
  });
  return pairs;
}

/**
 * Offsets that keep every box clear of the others by `gap` px. Boxes that
 * touch form a group laid out as a ring; groups that then touch are merged and
 * laid out again, until nothing touches. The same input gives the same layout.
 */
export function spreadFootprints(items: readonly Footprint[], gap = SPREAD_GAP_PX): Offset[] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const at: Xy[] = items.map((item) => [item.x, item.y]);
  // Each round merges at least two groups, so there are fewer rounds than icons.
  for (let round = 0; round < items.length; round++) {
    const merged = new Set<number>();
    for (const [a, b] of touchingPairs(items, at, gap)) {
      if (root(a) === root(b)) continue;
      parent[root(b)] = root(a);
      merged.add(a);
    }
    if (merged.size === 0) break;
    const changed = new Set([...merged].map(root));
    const groups = new Map<number, number[]>();
    items.forEach((_, i) => {
      const r = root(i);
      if (changed.has(r)) groups.set(r, [...(groups.get(r) ?? []), i]);
    });
    for (const members of groups.values()) {
      if (members.every((i) => items[i]!.fixed)) continue;
      for (const [i, point] of ring(items, members, gap)) at[i] = point;
    }
  }
  return items.map((item, i) => ({ dx: at[i]![0] - item.x, dy: at[i]![1] - item.y }));
}
