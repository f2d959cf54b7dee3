/** Plane-free geometry on WGS 84 points. Distances are in metres. */

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

/**
 * Approximate places are published as the centre of a grid cell of this size
 * in degrees (about 550 m north–south and 460 m east–west at Sakai's latitude),
 * so every point inside one cell publishes the same point.
 */
export const APPROXIMATE_GRID_DEGREES = 0.005;

/**
 * Radius in metres of the circle that stands for an approximate place. It
 * exceeds the cell's half-diagonal (about 360 m), so the true point is inside.
 */
export const APPROXIMATE_RADIUS_M = 400;

function cellCentre(value: number): number {
  const cell = Math.floor(value / APPROXIMATE_GRID_DEGREES);
  // toFixed keeps the published value short and free of float noise.
  return Number(((cell + 0.5) * APPROXIMATE_GRID_DEGREES).toFixed(4));
}

/** The only point of an approximate place that ever leaves the build. */
export function approximatePoint(point: LatLng): LatLng {
  return { lat: cellCentre(point.lat), lng: cellCentre(point.lng) };
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

/** 「約 800 m」「約 1.2 km」: rounded so that it does not promise false precision. */
export function formatDistance(metres: number): string {
  // Round first, then choose the unit, so 990 m reads 「約 1.0 km」, not 「約 1000 m」.
  const rounded = Math.max(50, Math.round(metres / 50) * 50);
  if (rounded < 1000) return `約 ${rounded} m`;
  return `約 ${(Math.round(metres / 100) / 10).toFixed(1)} km`;
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
