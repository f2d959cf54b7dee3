/** District areas for the map (src/lib/schools/district-areas.ts): they must agree with the one district rule. */
import { describe, expect, it } from 'vitest';
import polygonClipping, { type MultiPolygon } from 'polygon-clipping';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { SCHOOL_LEVEL_VALUES } from '../../src/schema/vocabulary.ts';
import {
  distanceMetres,
  isInsideGeometry,
  measuringPoint,
  type Bounds,
  type DistrictGeometry,
  type LatLng,
} from '../../src/lib/geo.ts';
import { districtOf, type DistrictSchool } from '../../src/lib/schools/district.ts';
import { areaLabelPoint, districtAreas, type DistrictArea } from '../../src/lib/schools/district-areas.ts';
import { seededRandom } from './support/helpers.ts';

/** Nishi Ward, Sakai: the bounds in content/site.yaml. */
const WARD: Bounds = { south: 34.505, west: 135.425, north: 34.57, east: 135.51 };
const METRES_PER_DEGREE = 111_195;
const K = Math.cos((((WARD.south + WARD.north) / 2) * Math.PI) / 180);

type PolygonGeometry = Extract<DistrictGeometry, { type: 'Polygon' }>;

function rectangle(south: number, west: number, north: number, east: number): PolygonGeometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

const REGION = polygonClipping.union(rectangle(WARD.south, WARD.west, WARD.north, WARD.east).coordinates as never);

const toMulti = (geometry: DistrictGeometry): MultiPolygon =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as MultiPolygon;

/** Area in square degrees (shoelace; outer rings and holes of polygon-clipping's output). */
function areaOf(multi: MultiPolygon): number {
  let total = 0;
  for (const polygon of multi) {
    polygon.forEach((ring, index) => {
      let sum = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
      }
      total += (index === 0 ? 1 : -1) * Math.abs(sum / 2);
    });
  }
  return total;
}

/** Metres from a point to the nearest edge of any of the geometries, in a local plane. */
function metresToEdges(point: LatLng, geometries: readonly DistrictGeometry[]): number {
  let least = Infinity;
  const px = point.lng * K;
  for (const geometry of geometries) {
    for (const polygon of toMulti(geometry)) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = [ring[i - 1]![0] * K, ring[i - 1]![1]];
          const [bx, by] = [ring[i]![0] * K, ring[i]![1]];
          const dx = bx - ax;
          const dy = by - ay;
          const t =
            dx === 0 && dy === 0
              ? 0
              : Math.max(0, Math.min(1, ((px - ax) * dx + (point.lat - ay) * dy) / (dx * dx + dy * dy)));
          least = Math.min(least, Math.hypot(px - (ax + dx * t), point.lat - (ay + dy * t)));
        }
      }
    }
  }
  return least * METRES_PER_DEGREE;
}

function randomPoints(count: number, seed: number, bounds: Bounds = WARD): LatLng[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    lat: bounds.south + random() * (bounds.north - bounds.south),
    lng: bounds.west + random() * (bounds.east - bounds.west),
  }));
}

function randomSchools(count: number, seed: number): DistrictSchool[] {
  return randomPoints(count, seed).map((point, i) => ({
    id: `s${i}`,
    name: `学校${i}`,
    level: 'elementary',
    lat: Math.round(point.lat * 1e4) / 1e4,
    lng: Math.round(point.lng * 1e4) / 1e4,
  }));
}

/** A place this near an edge may fall either way: distance formulas and rounding differ by centimetres to a metre. */
const EDGE_TOLERANCE_M = 3;

/** Every random place away from the edges lies in exactly one area, the one `districtOf` names. */
function expectAgreement(
  schools: readonly DistrictSchool[],
  areas: readonly DistrictArea<DistrictSchool>[],
  seed: number,
) {
  const geometries = areas.map((a) => a.geometry);
  let checked = 0;
  for (const point of randomPoints(3000, seed)) {
    if (metresToEdges(point, geometries) < EDGE_TOLERANCE_M) continue;
    const holding = areas.filter((a) => isInsideGeometry(point, a.geometry)).map((a) => a.school.id);
    expect(holding, JSON.stringify(point)).toEqual([districtOf(point, schools, 'elementary')!.school.id]);
    checked++;
  }
  // Almost every place is checked: the skipped band along the edges is thin.
  expect(checked).toBeGreaterThan(2900);
}

function expectNoOverlap(areas: readonly DistrictArea<DistrictSchool>[]) {
  const regionArea = areaOf(REGION);
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      const shared = polygonClipping.intersection(toMulti(areas[i]!.geometry), toMulti(areas[j]!.geometry));
      expect(areaOf(shared), `${areas[i]!.school.id} ∩ ${areas[j]!.school.id}`).toBeLessThan(regionArea * 1e-7);
    }
  }
}

/** The areas together cover the region and every boundary, and nothing else. */
function expectCover(areas: readonly DistrictArea<DistrictSchool>[]) {
  const boundaries = areas.filter((a) => !a.approximate).map((a) => toMulti(a.geometry));
  const expected = areaOf(polygonClipping.union(REGION, ...boundaries));
  const covered = areaOf(polygonClipping.union(REGION, ...areas.map((a) => toMulti(a.geometry))));
  const union = areaOf(polygonClipping.union([], ...areas.map((a) => toMulti(a.geometry))));
  expect(covered).toBeCloseTo(expected, 9);
  expect(Math.abs(union - expected) / expected).toBeLessThan(1e-6);
}

function expectRounded(areas: readonly DistrictArea<DistrictSchool>[]) {
  for (const area of areas.filter((a) => a.approximate)) {
    for (const value of JSON.stringify(area.geometry.coordinates).match(/-?\d+(\.\d+)?/g) ?? []) {
      expect(value.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
    }
  }
}

/** Non-overlapping boundaries for some schools: a square, a square with a hole, a district in two pieces. */
function withBoundaries(schools: DistrictSchool[]): DistrictSchool[] {
  const square = rectangle(34.548, 135.46, 34.556, 135.472);
  const holed: DistrictGeometry = {
    type: 'Polygon',
    coordinates: [
      [...rectangle(34.51, 135.43, 34.525, 135.45).coordinates[0]!],
      [...rectangle(34.515, 135.435, 34.52, 135.44).coordinates[0]!].reverse(),
    ],
  };
  const pieces: DistrictGeometry = {
    type: 'MultiPolygon',
    coordinates: [
      rectangle(34.53, 135.49, 34.54, 135.5).coordinates,
      // The second piece reaches beyond the region's east edge: the boundary is kept as it is.
      rectangle(34.56, 135.5, 34.575, 135.515).coordinates,
    ],
  };
  return schools.map((school, i) =>
    i === 0
      ? { ...school, lat: 34.552, lng: 135.466, district: square }
      : i === 1
        ? { ...school, lat: 34.512, lng: 135.432, district: holed }
        : i === 2
          ? { ...school, lat: 34.535, lng: 135.495, district: pieces }
          : school,
  );
}

describe('districtAreas', () => {
  it('gives each school without a boundary the places nearest to it, over the whole region', () => {
    const schools = randomSchools(12, 1);
    const areas = districtAreas(schools, 'elementary', WARD);
    expect(areas.map((a) => a.school.id)).toEqual(schools.map((s) => s.id));
    expect(areas.every((a) => a.approximate)).toBe(true);
    expectAgreement(schools, areas, 2);
    expectNoOverlap(areas);
    expectCover(areas);
    expectRounded(areas);
  });

  it('keeps boundaries as they are and fits the approximate cells around them', () => {
    const schools = withBoundaries(randomSchools(10, 3));
    const areas = districtAreas(schools, 'elementary', WARD);
    expect(areas.filter((a) => !a.approximate).map((a) => a.school.id)).toEqual(['s0', 's1', 's2']);
    for (const area of areas.filter((a) => !a.approximate)) expect(area.geometry).toBe(area.school.district);
    expectAgreement(schools, areas, 4);
    expectNoOverlap(areas);
    expectCover(areas);
    expectRounded(areas);
    // The hole of s1's boundary belongs to whichever school without a boundary is nearest.
    const inHole = { lat: 34.5175, lng: 135.4375 };
    const owner = districtOf(inHole, schools, 'elementary')!;
    expect(owner.source).toBe('nearest');
    expect(areas.find((a) => a.school === owner.school)!.geometry.type).toBe('MultiPolygon');
    expect(isInsideGeometry(inHole, areas.find((a) => a.school === owner.school)!.geometry)).toBe(true);
  });

  it('gives a school alone the whole region', () => {
    const [school] = randomSchools(1, 5);
    const [area] = districtAreas([school!], 'elementary', WARD);
    expect(area!.approximate).toBe(true);
    expect(areaOf(toMulti(area!.geometry))).toBeCloseTo(areaOf(REGION), 12);
    expect(areaOf(polygonClipping.xor(REGION, toMulti(area!.geometry)))).toBeLessThan(1e-12);
  });

  it('splits the region between two schools where they are equally far, in metres', () => {
    const southWest: DistrictSchool = { id: 'sw', name: '南西', level: 'elementary', lat: 34.52, lng: 135.44 };
    const northEast: DistrictSchool = { id: 'ne', name: '北東', level: 'elementary', lat: 34.56, lng: 135.48 };
    const schools = [southWest, northEast];
    const areas = districtAreas(schools, 'elementary', WARD);
    expectAgreement(schools, areas, 6);
    expectNoOverlap(areas);
    expectCover(areas);
    // Where the great-circle distances are equal along 34.55° N: on the split, while a diagram in raw
    // degrees would split that parallel at 135.45° E, about 390 m away.
    let [low, high] = [WARD.west, WARD.east];
    for (let i = 0; i < 60; i++) {
      const mid = (low + high) / 2;
      const point = { lat: 34.55, lng: mid };
      if (distanceMetres(point, southWest) < distanceMetres(point, northEast)) low = mid;
      else high = mid;
    }
    expect(Math.abs(low - 135.45)).toBeGreaterThan(0.004);
    expect(metresToEdges({ lat: 34.55, lng: low }, [areas[0]!.geometry])).toBeLessThan(1);
  });

  it('leaves an empty area to a school whose every nearest place lies in other boundaries, and splits one cut in two', () => {
    const inside: DistrictSchool = { id: 'inside', name: '内', level: 'elementary', lat: 34.54, lng: 135.47 };
    const cut: DistrictSchool = { id: 'cut', name: '割', level: 'elementary', lat: 34.52, lng: 135.47 };
    const far: DistrictSchool = { id: 'far', name: '遠', level: 'elementary', lat: 34.56, lng: 135.43 };
    // A boundary around the first school, much larger than its cell, and a band right across the second's cell.
    const big: DistrictSchool = {
      id: 'big',
      name: '大',
      level: 'elementary',
      lat: 34.54,
      lng: 135.47,
      district: rectangle(34.529, 135.43, 34.57, 135.51),
    };
    const band: DistrictSchool = {
      id: 'band',
      name: '帯',
      level: 'elementary',
      lat: 34.52,
      lng: 135.47,
      district: rectangle(34.505, 135.465, 34.529, 135.475),
    };
    const schools = [inside, cut, far, big, band];
    const areas = districtAreas(schools, 'elementary', WARD);
    const areaFor = (id: string) => areas.find((a) => a.school.id === id)!;
    expect(areaFor('inside').geometry).toEqual({ type: 'MultiPolygon', coordinates: [] });
    expect(areaLabelPoint(areaFor('inside').geometry)).toBeUndefined();
    expect(areaFor('cut').geometry.type).toBe('MultiPolygon');
    expect(areaFor('cut').geometry.coordinates).toHaveLength(2);
    expectAgreement(schools, areas, 7);
    expectNoOverlap(areas);
    expectCover(areas);
  });

  it('gives two schools at one point one cell, to the first, as `nearest` does', () => {
    const [a, b, c] = randomSchools(3, 8);
    const twin = { ...b!, id: 'twin' };
    const schools = [a!, b!, twin, c!];
    const areas = districtAreas(schools, 'elementary', WARD);
    expect(areas.find((x) => x.school.id === 'twin')!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [] });
    expectAgreement(schools, areas, 9);
    expectCover(areas);
  });

  it('gives a school outside the region the part of the region nearest to it', () => {
    const outside: DistrictSchool = { id: 'out', name: '外', level: 'elementary', lat: 34.58, lng: 135.47 };
    const schools = [...randomSchools(5, 14), outside];
    const areas = districtAreas(schools, 'elementary', WARD);
    expect(areas.at(-1)!.geometry.coordinates.length).toBeGreaterThan(0);
    expectAgreement(schools, areas, 15);
    expectCover(areas);
  });

  it('ignores schools of the other level', () => {
    const schools = withBoundaries(randomSchools(6, 10));
    const juniorHigh: DistrictSchool[] = randomSchools(4, 11).map((s, i) => ({
      ...s,
      id: `j${i}`,
      level: 'junior-high',
      ...(i === 0 ? { district: rectangle(34.505, 135.425, 34.57, 135.46) } : {}),
    }));
    const alone = districtAreas(schools, 'elementary', WARD);
    const mixed = districtAreas([...juniorHigh, ...schools], 'elementary', WARD);
    expect(mixed).toEqual(alone);
    expect(districtAreas([...juniorHigh, ...schools], 'junior-high', WARD).map((a) => a.school.id)).toEqual([
      'j0',
      'j1',
      'j2',
      'j3',
    ]);
    expect(districtAreas(schools, 'junior-high', WARD)).toEqual([]);
  });

  it('with every school bounded, draws only the boundaries', () => {
    const schools = withBoundaries(randomSchools(3, 12));
    const areas = districtAreas(schools, 'elementary', WARD);
    expect(areas.map((a) => a.approximate)).toEqual([false, false, false]);
  });
});

describe('areaLabelPoint', () => {
  it('finds a point inside every area, away from its edges', () => {
    const schools = withBoundaries(randomSchools(10, 13));
    for (const area of districtAreas(schools, 'elementary', WARD)) {
      const point = areaLabelPoint(area.geometry)!;
      expect(isInsideGeometry(point, area.geometry), area.school.id).toBe(true);
      expect(metresToEdges(point, [area.geometry])).toBeGreaterThan(100);
    }
  });

  it('prefers the given point when it lies well inside, and the largest piece otherwise', () => {
    const square = rectangle(34.52, 135.44, 34.54, 135.46);
    expect(areaLabelPoint(square, { lat: 34.532, lng: 135.452 })).toEqual({ lat: 34.532, lng: 135.452 });
    // Near the edge, or outside: the middle instead.
    const middle = areaLabelPoint(square, { lat: 34.5201, lng: 135.45 })!;
    expect(middle.lat).toBeCloseTo(34.53, 3);
    expect(middle.lng).toBeCloseTo(135.45, 3);
    const pieces: DistrictGeometry = {
      type: 'MultiPolygon',
      coordinates: [rectangle(34.5, 135.4, 34.501, 135.401).coordinates, square.coordinates],
    };
    expect(areaLabelPoint(pieces, { lat: 34.6, lng: 135.6 })).toEqual(middle);
    // A ring shape: never in its hole.
    const ring: DistrictGeometry = {
      type: 'Polygon',
      coordinates: [square.coordinates[0]!, [...rectangle(34.522, 135.442, 34.538, 135.458).coordinates[0]!].reverse()],
    };
    const onRing = areaLabelPoint(ring)!;
    expect(isInsideGeometry(onRing, ring)).toBe(true);
  });
});

describe('the demo districts', () => {
  it('draw boundaries that never overlap, for about half the schools of each level, around the listings that name them', async () => {
    const demo = await loadContent('content');
    const listings = demo.listings.map((l) => toPublicListing(l.id, l.data, l.body, demo.schools));
    for (const level of SCHOOL_LEVEL_VALUES) {
      const schools = demo.schools.filter((s) => s.level === level);
      const bounded = schools.filter((s) => s.district);
      // Both kinds of area are on the map: drawn boundaries and approximate cells.
      expect(bounded.length, level).toBeGreaterThanOrEqual(Math.floor(schools.length / 2));
      expect(bounded.length, level).toBeLessThan(schools.length);
      for (let i = 0; i < bounded.length; i++) {
        expect(isInsideGeometry(bounded[i]!, bounded[i]!.district!), bounded[i]!.id).toBe(true);
        for (let j = i + 1; j < bounded.length; j++) {
          const shared = polygonClipping.intersection(toMulti(bounded[i]!.district!), toMulti(bounded[j]!.district!));
          expect(areaOf(shared), `${bounded[i]!.id} ∩ ${bounded[j]!.id}`).toBe(0);
        }
      }
      // A listing that names a school with a boundary is drawn inside it.
      for (const listing of listings) {
        const district = listing.districts[level];
        const school = bounded.find((s) => s.id === district?.schoolId);
        if (!listing.place || district?.source !== 'declared' || !school) continue;
        const point = measuringPoint(listing.place, listing.place.precision === 'approximate');
        expect(isInsideGeometry(point, school.district!), listing.id).toBe(true);
      }
    }
  });

  it('leave at least three elementary districts without a 子ども食堂, and show districts with one and with more', async () => {
    const demo = await loadContent('content');
    const listings = demo.listings.map((l) => toPublicListing(l.id, l.data, l.body, demo.schools));
    const counts = demo.schools
      .filter((s) => s.level === 'elementary')
      .map(
        (school) =>
          listings.filter(
            // Active only, as every count on the site (isCounted in src/data/entries.ts).
            (l) =>
              l.kind === 'kodomo-shokudo' && l.status === 'active' && l.districts.elementary?.schoolId === school.id,
          ).length,
      );
    expect(counts.filter((n) => n === 0).length).toBeGreaterThanOrEqual(3);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n >= 2).length).toBeGreaterThan(0);
  });
});
