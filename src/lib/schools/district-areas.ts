/**
 * The area each school district covers, to draw on a map: the school's own
 * boundary where it has one, and otherwise an approximate cell that holds
 * exactly the places the one district rule (`districtOf` in district.ts) puts
 * in that school's district.
 *
 * The rule, for places that do not name their school: a place inside a known
 * boundary belongs to that school; any other place belongs to the nearest
 * school whose boundary is not known. So the approximate cells are the
 * Voronoi cells of the schools WITHOUT a boundary (a school with a boundary
 * never wins by distance), clipped to the region, minus every known boundary.
 *
 * Boundaries are drawn as the content gives them, not clipped to the region:
 * a boundary is the school's own truth (for example 国土数値情報's 小学校区),
 * and the rule honours it beyond the map's edge too. Two boundaries that
 * overlap are a content mistake; their areas then overlap as well (the rule
 * gives such a place to the first school of the list).
 *
 * Pure: no DOM, no Node, so a page can compute the areas at build time.
 */
import { Delaunay } from 'd3-delaunay';
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import type { Bounds, DistrictGeometry, LatLng } from '../geo.ts';
import type { SchoolLevel } from '../../schema/vocabulary.ts';
import type { DistrictSchool } from './district.ts';

export interface DistrictArea<S extends DistrictSchool> {
  school: S;
  /**
   * Empty (a MultiPolygon with `coordinates: []`) when no place is in the
   * district by its position, only listings that name the school: its whole
   * cell lies within other schools' boundaries, or an earlier school of the
   * list stands at the very same point.
   */
  geometry: DistrictGeometry;
  /** True when the area is computed from the school points (「おおよその範囲」), false for the school's own boundary. */
  approximate: boolean;
}

/** Computed coordinates are rounded to this many decimals (about 0.1 m): short, and no false precision. */
const DECIMALS = 6;
const SCALE = 10 ** DECIMALS;

/*
 * `nearest` (geo.ts) measures great-circle metres, while a Voronoi diagram
 * splits a plane by straight-line distance. Degrees of longitude are shorter
 * than degrees of latitude by cos(latitude) (about 0.82 at Osaka), so a
 * diagram drawn in raw degrees would move every edge between schools that lie
 * east–west of each other, by tens of metres. Scaling longitude by the cosine
 * at the region's middle latitude (a local equirectangular plane) makes plane
 * distance agree with the great-circle distance to within a few parts in ten
 * thousand over a ward, so an edge lands within about a metre of where
 * `nearest` changes its answer. The scaling is affine, so straight edges in
 * the plane stay straight in degrees and clipping can be done in degrees.
 */
function planeScale(latitude: number): number {
  return Math.cos((latitude * Math.PI) / 180);
}

const round = (value: number) => Math.round(value * SCALE) / SCALE;

/** A district's geometry as polygon-clipping takes it. */
export function toClipping(geometry: DistrictGeometry): MultiPolygon {
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as MultiPolygon;
}

/** Rounded, with the repeats rounding makes removed; rings that collapse are dropped. */
function roundRing(ring: readonly (readonly number[])[]): [number, number][] | undefined {
  const out: [number, number][] = [];
  for (const [lng, lat] of ring) {
    const position: [number, number] = [round(lng!), round(lat!)];
    const last = out.at(-1);
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  // A closed ring needs three distinct corners.
  return out.length >= 4 ? out : undefined;
}

function fromClipping(multi: MultiPolygon): DistrictGeometry {
  const polygons: [number, number][][][] = [];
  for (const polygon of multi) {
    const [outer, ...holes] = polygon.map(roundRing);
    if (!outer) continue;
    polygons.push([outer, ...holes.filter((hole) => hole !== undefined)]);
  }
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

function boxOf(multi: MultiPolygon): Box {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const polygon of multi) {
    for (const [lng, lat] of polygon[0] ?? []) {
      box.west = Math.min(box.west, lng);
      box.east = Math.max(box.east, lng);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

const overlaps = (a: Box, b: Box) => a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/**
 * Each school of the level with the area of its district, in the order given:
 * its boundary (`approximate: false`), or its approximate cell
 * (`approximate: true`), clipped to `region`.
 */
export function districtAreas<S extends DistrictSchool>(
  schools: readonly S[],
  level: SchoolLevel,
  region: Bounds,
): DistrictArea<S>[] {
  const sameLevel = schools.filter((s) => s.level === level);
  const boundaries = sameLevel.flatMap((s) => {
    if (!s.district) return [];
    const polygons = toClipping(s.district);
    return [{ polygons, box: boxOf(polygons) }];
  });
  const unbounded = sameLevel.filter((s) => !s.district);

  // Two schools at one point: `nearest` keeps the first of the list, so only it gets a cell.
  const sites: S[] = [];
  for (const school of unbounded) {
    if (!sites.some((s) => s.lat === school.lat && s.lng === school.lng)) sites.push(school);
  }
  const k = planeScale((region.south + region.north) / 2);
  const cells = new Map<S, MultiPolygon>();
  if (sites.length > 0) {
    const voronoi = Delaunay.from(
      sites,
      (s) => s.lng * k,
      (s) => s.lat,
    ).voronoi([region.west * k, region.south, region.east * k, region.north]);
    sites.forEach((site, i) => {
      const cell = voronoi.cellPolygon(i) as [number, number][] | null;
      if (!cell) return;
      const ring = cell.map(([x, y]) => [x / k, y] as [number, number]);
      const polygon: Polygon = [ring];
      // Only boundaries that can touch the cell: real ones have hundreds of vertices each.
      const box = boxOf([polygon]);
      const touching = boundaries.filter((b) => overlaps(box, b.box)).map((b) => b.polygons);
      cells.set(site, touching.length > 0 ? polygonClipping.difference(polygon, ...touching) : [polygon]);
    });
  }

  return sameLevel.map((school) =>
    school.district
      ? { school, geometry: school.district, approximate: false }
      : { school, geometry: fromClipping(cells.get(school) ?? []), approximate: true },
  );
}

/*
 * A point to put a label at: well inside the area, away from its edges, so a
 * count stays readable over its own district. Found as the pole of
 * inaccessibility (the point farthest from every edge) of the area's largest
 * piece, by the quadtree search of Mapbox's polylabel, in the same local plane
 * as above so that "far from the edge" means metres, not degrees.
 */

type Ring = readonly (readonly number[])[];
type Piece = readonly Ring[];

/** Signed distance from (x, y) to the piece's edges: positive inside, negative outside. */
function signedDistance(x: number, y: number, piece: Piece, k: number): number {
  let inside = false;
  let least = Infinity;
  for (const ring of piece) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = ring[i]![0]! * k;
      const ay = ring[i]![1]!;
      const bx = ring[j]![0]! * k;
      const by = ring[j]![1]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      least = Math.min(least, segmentDistanceSquared(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(least);
}

function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax;
  let y = ay;
  const dx = bx - ax;
  const dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    x = ax + dx * t;
    y = ay + dy * t;
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

/** Area of the outer ring less its holes, in the plane (unsigned). */
function pieceArea(piece: Piece, k: number): number {
  const ringArea = (ring: Ring) => {
    let sum = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      sum += (ring[j]![0]! * k - ring[i]![0]! * k) * (ring[j]![1]! + ring[i]![1]!);
    }
    return Math.abs(sum / 2);
  };
  const [outer, ...holes] = piece;
  return outer ? ringArea(outer) - holes.reduce((total, hole) => total + ringArea(hole), 0) : 0;
}

/** About how many square metres a multipolygon covers, on a plane around `latitude` (districts are a few km across). */
export function squareMetres(multi: MultiPolygon, latitude: number): number {
  const k = planeScale(latitude);
  // Degrees to metres: a degree of longitude at the equator (scaled by k above), and of latitude.
  return multi.reduce((sum, piece) => sum + pieceArea(piece, k), 0) * 111_320 * 110_540;
}

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  h: number;
  /** Distance from the cell's centre to the edges. */
  d: number;
  /** The best distance any point of the cell could have. */
  max: number;
}

function poleOfInaccessibility(piece: Piece, k: number): { x: number; y: number; d: number } {
  const outer = piece[0]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [lng, lat] of outer) {
    minX = Math.min(minX, lng! * k);
    maxX = Math.max(maxX, lng! * k);
    minY = Math.min(minY, lat!);
    maxY = Math.max(maxY, lat!);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, piece, k);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  if (size <= 0) return best;
  // Stop refining once a better point could gain less than a thousandth of the piece's size.
  const precision = size / 1000;
  const queue: Cell[] = [];
  const h = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + h, y + h, h));
  }
  while (queue.length > 0) {
    // Few cells are ever queued at this precision, so a scan for the most promising one is enough.
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[top]!.max) top = i;
    const cell = queue[top]!;
    queue[top] = queue.at(-1)!;
    queue.pop();
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const half = cell.h / 2;
    queue.push(
      makeCell(cell.x - half, cell.y - half, half),
      makeCell(cell.x + half, cell.y - half, half),
      makeCell(cell.x - half, cell.y + half, half),
      makeCell(cell.x + half, cell.y + half, half),
    );
  }
  return best;
}

/**
 * Where to label an area: `preferred` (say, the school) when it lies inside
 * and at least half as far from the edges as the best point, so a label sits
 * by a place readers know; otherwise the point of the largest piece farthest
 * from its edges. Undefined for an empty area.
 */
export function areaLabelPoint(geometry: DistrictGeometry, preferred?: LatLng): LatLng | undefined {
  const pieces: Piece[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const withOuter = pieces.filter((piece) => piece[0] !== undefined && piece[0].length >= 4);
  if (withOuter.length === 0) return undefined;
  const latitudes = withOuter.flatMap((piece) => piece[0]!.map((position) => position[1]!));
  const k = planeScale((Math.min(...latitudes) + Math.max(...latitudes)) / 2);
  const largest = withOuter.reduce((a, b) => (pieceArea(b, k) > pieceArea(a, k) ? b : a));
  const pole = poleOfInaccessibility(largest, k);
  if (preferred) {
    const reach = Math.max(...withOuter.map((piece) => signedDistance(preferred.lng * k, preferred.lat, piece, k)));
    if (reach > 0 && reach >= pole.d / 2) return { lat: preferred.lat, lng: preferred.lng };
  }
  return { lat: round(pole.y), lng: round(pole.x / k) };
}
