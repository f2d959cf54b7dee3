/**
 * A school district's boundary made fit for the site: simplified, rounded and
 * valid. 国土数値情報 A27/A32 polygons follow every street corner (thousands
 * of positions per district); the site draws them on a school page and a
 * district map and tests listings against them, where a couple of metres do
 * not change a district but every position is bytes in the page.
 *
 * Coordinates are degrees. KSJ's R3+ editions are JGD2011 (EPSG:6668): it is
 * treated as WGS 84 here, since the two differ by well under a metre (the
 * practice of map sites; not a formal equivalence). Neighbouring districts
 * are simplified one at a time, so their shared edges may part or overlap by
 * up to the tolerance (about 2 m at the default): a guide, not a survey.
 */
import simplify from '@turf/simplify';
import polygonClipping from 'polygon-clipping';
import type { DistrictGeometry } from '../geo.ts';

type Position = [number, number];
type Ring = Position[];
type PolygonRings = Ring[];

export interface InputGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}

/** Douglas–Peucker tolerance in degrees: 2e-5° is about 2 m in latitude (1.8 m of longitude at 34°N). */
export const DEFAULT_TOLERANCE_DEG = 2e-5;

/** Six decimals are about 0.1 m: finer than the tolerance, so rounding adds nothing visible. */
export const COORDINATE_DECIMALS = 6;

export interface TidyOptions {
  toleranceDeg?: number;
  decimals?: number;
}

export interface TidyResult {
  geometry: DistrictGeometry;
  /** Positions before and after, to report how much was dropped. */
  positionsBefore: number;
  positionsAfter: number;
}

function countPositions(polygons: readonly PolygonRings[]): number {
  return polygons.reduce((sum, rings) => sum + rings.reduce((s, ring) => s + ring.length, 0), 0);
}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

/** The polygons of a Polygon or MultiPolygon, positions cut to [lng, lat] (a third, height, value is dropped). */
export function polygonsOf(geometry: InputGeometry): PolygonRings[] | undefined {
  const raw = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(raw)) return undefined;
  const polygons: PolygonRings[] = [];
  for (const polygon of raw) {
    if (!Array.isArray(polygon)) return undefined;
    const rings: Ring[] = [];
    for (const ring of polygon) {
      if (!Array.isArray(ring) || !ring.every(isPosition)) return undefined;
      rings.push(ring.map((p) => [p[0], p[1]]));
    }
    polygons.push(rings);
  }
  return polygons;
}

function roundRing(ring: Ring, decimals: number): Ring | undefined {
  const factor = 10 ** decimals;
  const out: Ring = [];
  for (const [lng, lat] of ring) {
    // +0 turns -0 into 0, so YAML never shows "-0".
    const p: Position = [Math.round(lng * factor) / factor + 0, Math.round(lat * factor) / factor + 0];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  // A closed ring needs three distinct corners and the first again.
  return out.length >= 4 ? out : undefined;
}

function roundPolygons(polygons: readonly PolygonRings[], decimals: number): PolygonRings[] {
  const out: PolygonRings[] = [];
  for (const [outer, ...holes] of polygons) {
    const shell = outer && roundRing(outer, decimals);
    if (!shell) continue;
    const kept = holes.map((hole) => roundRing(hole, decimals)).filter((hole): hole is Ring => hole !== undefined);
    out.push([shell, ...kept]);
  }
  return out;
}

/**
 * Simplifies (Douglas–Peucker, high quality), rounds, drops repeated points,
 * and rebuilds the shape as a union so the result is valid: rings closed, no
 * self-crossing, pieces of a MultiPolygon not overlapping. Returns undefined
 * when nothing of the shape is left (a sliver smaller than the rounding).
 */
export function tidyDistrict(geometry: InputGeometry, options: TidyOptions = {}): TidyResult | undefined {
  const tolerance = options.toleranceDeg ?? DEFAULT_TOLERANCE_DEG;
  const decimals = options.decimals ?? COORDINATE_DECIMALS;
  const polygons = polygonsOf(geometry);
  if (!polygons || polygons.length === 0) return undefined;
  const positionsBefore = countPositions(polygons);
  const simplified =
    tolerance > 0
      ? (simplify({ type: 'MultiPolygon', coordinates: polygons }, { tolerance, highQuality: true, mutate: false })
          .coordinates as PolygonRings[])
      : polygons;
  const rounded = roundPolygons(simplified, decimals);
  if (rounded.length === 0) return undefined;
  // The union resolves self-crossings that simplifying or rounding can make, and merges pieces that touch.
  const valid = roundPolygons(
    polygonClipping.union(rounded as polygonClipping.MultiPolygon) as PolygonRings[],
    decimals,
  );
  if (valid.length === 0) return undefined;
  const result: DistrictGeometry =
    valid.length === 1 ? { type: 'Polygon', coordinates: valid[0]! } : { type: 'MultiPolygon', coordinates: valid };
  return { geometry: result, positionsBefore, positionsAfter: countPositions(valid) };
}

/** Whether two boundaries are the same, position for position. */
export function sameGeometry(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
