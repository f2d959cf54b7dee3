/** Plane-free geometry on WGS 84 points. Distances are in metres. */

import { facts as jaFacts, type RoundedDistance } from '../i18n/ja/facts.ts';
import type { Messages } from '../i18n/messages.ts';

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine); straight-line, not walking. */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/*
 * Approximate places (a 子ども食堂 in someone's home, say) are published as a
 * circle, never as a point. The method is public and runs in the browser too
 * (the form's preview, public GitHub issues), so it cannot rest on a secret:
 * whatever it publishes must depend on nothing finer than a coarse grid cell.
 * The cell is then exactly what a reader can learn, and no more.
 *
 * The circle's centre lies outside the cell, at least
 * APPROXIMATE_MIN_OFFSET_M beyond its east or west edge (which side, a hash
 * of the cell decides, so circles do not all lean one way), and its radius is
 * just large enough to hold the whole cell. Walking to the centre of the
 * circle therefore never leads to the door. East or west because a cell is
 * narrower that way (about 460 m against 550 m at Sakai), which keeps the
 * circle smaller; and because the centre stays on the cell's row, the radius
 * depends on the latitude alone. Just beyond the edge rather than at the
 * neighbouring cell's centre: the circle is 700 m instead of 800 m at Sakai,
 * and its centre is never a cell centre, which public issues carry instead of
 * true points (`cellCentre`).
 */

/** The grid's cell size in degrees: about 550 m north–south and 460 m east–west at Sakai's latitude. */
export const APPROXIMATE_GRID_DEGREES = 0.005;

/** No point of a cell lies nearer than this to the centre of its published circle. */
export const APPROXIMATE_MIN_OFFSET_M = 150;

/** Published coordinates are whole multiples of this (about 10 m): short, and free of float noise. */
const UNIT_DEGREES = 0.0001;
const UNITS_PER_CELL = Math.round(APPROXIMATE_GRID_DEGREES / UNIT_DEGREES);
/** Kept beyond the rule's 150 m, for the difference between distance formulas. */
const OFFSET_TARGET_M = APPROXIMATE_MIN_OFFSET_M + 10;
/** Radii are rounded up to this step, after adding RADIUS_MARGIN_M. */
const RADIUS_STEP_M = 50;
/** Room between the cell's farthest corner and the circle, for how maps draw circles. */
const RADIUS_MARGIN_M = 10;

export interface GridCell {
  row: number;
  col: number;
}

export interface ApproximateCircle {
  lat: number;
  lng: number;
  /** Every point of the cell lies within this many metres of lat/lng. */
  radiusM: number;
}

/** The cell a point lies in; every point in it publishes the same circle. */
export function approximateCell(point: LatLng): GridCell {
  return {
    row: Math.floor(point.lat / APPROXIMATE_GRID_DEGREES),
    col: Math.floor(point.lng / APPROXIMATE_GRID_DEGREES),
  };
}

function fromUnits(units: number): number {
  // An integer over 10 000 is the double nearest the 4-decimal value: String() prints it short.
  return units / 10_000;
}

/**
 * The centre of the point's cell: a point that publishes the same circle as
 * the point itself, and reveals nothing the circle does not. Public issues
 * carry this instead of the true point.
 */
export function cellCentre(point: LatLng): LatLng {
  const { row, col } = approximateCell(point);
  return {
    lat: fromUnits(row * UNITS_PER_CELL + UNITS_PER_CELL / 2),
    lng: fromUnits(col * UNITS_PER_CELL + UNITS_PER_CELL / 2),
  };
}

/** A 32-bit mix of the cell's indices (public, like everything here): only its spread matters. */
function cellHash({ row, col }: GridCell): number {
  let h = Math.imul(row, 0x9e3779b1) ^ Math.imul(col ^ 0x5bd1e995, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The shape of one row's circles: how far beyond the edge the centre sits, and the radius. */
interface RowShape {
  offsetUnits: number;
  radiusM: number;
}

const rowShapes = new Map<number, RowShape>();

function rowShape(row: number): RowShape {
  const known = rowShapes.get(row);
  if (known) return known;
  const centreLat = fromUnits(row * UNITS_PER_CELL + UNITS_PER_CELL / 2);
  // Measured on the row's centre line, where the cell's edge is nearest to a centre on that line.
  const metresPerUnit = distanceMetres({ lat: centreLat, lng: 0 }, { lat: centreLat, lng: UNIT_DEGREES });
  let offsetUnits = Math.ceil(OFFSET_TARGET_M / metresPerUnit);
  // Never a cell centre: a form's issue carries cell centres, and must not be mistaken for the published point.
  if (offsetUnits % UNITS_PER_CELL === UNITS_PER_CELL / 2) offsetUnits += 1;
  // A cell at longitude 0 stands for every cell of the row: the distances do not depend on the column.
  const centre = { lat: centreLat, lng: fromUnits(UNITS_PER_CELL + offsetUnits) };
  const farthest = Math.max(
    distanceMetres(centre, { lat: fromUnits(row * UNITS_PER_CELL), lng: 0 }),
    distanceMetres(centre, { lat: fromUnits((row + 1) * UNITS_PER_CELL), lng: 0 }),
  );
  const shape = {
    offsetUnits,
    radiusM: Math.ceil((farthest + RADIUS_MARGIN_M) / RADIUS_STEP_M) * RADIUS_STEP_M,
  };
  rowShapes.set(row, shape);
  return shape;
}

/** The only form of an approximate place's position that ever leaves the build. */
export function approximateCircle(point: LatLng): ApproximateCircle {
  const cell = approximateCell(point);
  const { offsetUnits, radiusM } = rowShape(cell.row);
  const east = (cellHash(cell) & 1) === 1;
  return {
    lat: fromUnits(cell.row * UNITS_PER_CELL + UNITS_PER_CELL / 2),
    lng: fromUnits(east ? (cell.col + 1) * UNITS_PER_CELL + offsetUnits : cell.col * UNITS_PER_CELL - offsetUnits),
    radiusM,
  };
}

/**
 * The centre of the cell whose circle is centred on this point, if any. This
 * is the public inverse, which anyone can run: it finds the cell (trying one
 * on each side), never anything inside it.
 */
export function cellOfCircle(centre: LatLng): LatLng | undefined {
  const { offsetUnits } = rowShape(approximateCell(centre).row);
  const reach = fromUnits(offsetUnits + UNITS_PER_CELL / 2);
  for (const lng of [centre.lng - reach, centre.lng + reach]) {
    const circle = approximateCircle({ lat: centre.lat, lng });
    if (circle.lat === centre.lat && circle.lng === centre.lng) return cellCentre({ lat: centre.lat, lng });
  }
  return undefined;
}

/** Whether a point is the centre of some cell's published circle. */
export function isPublishedCentre(point: LatLng): boolean {
  return cellOfCircle(point) !== undefined;
}

/**
 * Where distances and districts are measured from, given a published
 * position: an exact place's point; for an approximate place's circle, the
 * centre of its cell, found from the circle alone. That is as near the place
 * as the published data allows (the circle's centre is offset on purpose), it
 * needs nothing private, and it is only ever a distance's origin, never shown
 * as a point.
 */
export function measuringPoint(point: LatLng, approximate: boolean): LatLng {
  return approximate ? (cellOfCircle(point) ?? point) : point;
}

/**
 * The circle a pin publishes, where the pin may be an approximate place's
 * published centre itself (a correction that starts from the published
 * listing): left there, the place keeps its circle.
 */
export function circleForPin(pin: LatLng, published?: LatLng): ApproximateCircle {
  if (published && pin.lat === published.lat && pin.lng === published.lng && isPublishedCentre(published)) {
    return { lat: published.lat, lng: published.lng, radiusM: rowShape(approximateCell(published).row).radiusM };
  }
  return approximateCircle(pin);
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function isInside(point: LatLng, bounds: Bounds): boolean {
  return point.lat >= bounds.south && point.lat <= bounds.north && point.lng >= bounds.west && point.lng <= bounds.east;
}

/** The item nearest to a point, with its distance; undefined for an empty list. */
export function nearest<T extends LatLng>(point: LatLng, items: readonly T[]): { item: T; metres: number } | undefined {
  let best: { item: T; metres: number } | undefined;
  for (const item of items) {
    const metres = distanceMetres(point, item);
    if (!best || metres < best.metres) best = { item, metres };
  }
  return best;
}

/** A distance rounded so that it does not promise false precision: 50 m steps, then 0.1 km. */
export function roundDistance(metres: number): RoundedDistance {
  // Round first, then choose the unit, so 990 m reads 「約 1.0 km」, not 「約 1000 m」.
  const rounded = Math.max(50, Math.round(metres / 50) * 50);
  if (rounded < 1000) return { value: rounded, unit: 'm' };
  return { value: Math.round(metres / 100) / 10, unit: 'km' };
}

/**
 * 「約 800 m」「約 1.2 km」, "about 800 m", in the locale's words (Japanese by
 * default); `about: false` leaves out the 「約」 where a sentence says 以内.
 */
export function formatDistance(metres: number, words: Messages['facts'] = jaFacts, about = true): string {
  return words.distance(roundDistance(metres), about);
}

/** A GeoJSON polygon or multipolygon: rings of [lng, lat] positions, outer ring first. */
type Position = [number, number];
export type DistrictGeometry =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** Ray casting: whether a point lies inside one ring (its edge counts as either). */
function insideRing(point: LatLng, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point.lat !== yj > point.lat && point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Inside the outer ring of some polygon and outside its holes. */
export function isInsideGeometry(point: LatLng, geometry: DistrictGeometry): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)),
  );
}
