/** The school districts GeoJSON, checked by an independent GeoJSON validator (@placemarkio/check-geojson). */
import path from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { SchoolEntry } from '../../src/lib/content/content-set.ts';
import { districtsGeoJson, type DistrictSchool } from '../../src/lib/open-data/districts-geojson.ts';
import { REPO_ROOT } from './support/helpers.ts';

const schoolPage = (school: DistrictSchool) => `https://example.org/schools/${school.id}/`;

let schools: SchoolEntry[];
beforeAll(async () => {
  schools = (await loadContent(path.join(REPO_ROOT, 'content'), { today: '2026-12-01' })).schools;
});

/** Twice the signed area: positive for a counter-clockwise ring. */
function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

const square = (west: number, south: number, size: number, clockwise: boolean): [number, number][] => {
  const ring: [number, number][] = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
  return clockwise ? ring.reverse() : ring;
};

describe('school districts GeoJSON', () => {
  it('holds every demo school with a boundary, and only those, as valid RFC 7946 features', () => {
    const collection = districtsGeoJson(schools, { schoolPage });
    const parsed = check(JSON.stringify(collection));
    expect(parsed.type).toBe('FeatureCollection');
    const withBoundary = schools.filter((s) => s.district).map((s) => s.id);
    expect(withBoundary).toContain('otorigaoka-es');
    expect(collection.features.map((f) => f.id)).toEqual(withBoundary);
    const otorigaoka = collection.features.find((f) => f.id === 'otorigaoka-es')!;
    expect(otorigaoka.properties).toEqual({
      id: 'otorigaoka-es',
      name: '鳳ヶ丘小学校',
      nameKana: 'おおとりがおかしょうがっこう',
      level: 'elementary',
      schoolPage: 'https://example.org/schools/otorigaoka-es/',
    });
    // Longitude first: the region's longitudes are near 135, its latitudes near 34.
    const [lng, lat] = (otorigaoka.geometry.coordinates as number[][][])[0]![0]!;
    expect(lng).toBeGreaterThan(135);
    expect(lat).toBeLessThan(35);
  });

  it('winds outer rings counter-clockwise and holes clockwise, however they were written', () => {
    const base = { name: 'テスト小学校', nameKana: 'てすとしょうがっこう', level: 'elementary' as const };
    const collection = districtsGeoJson(
      [
        {
          ...base,
          id: 'polygon',
          district: {
            type: 'Polygon',
            coordinates: [square(135.4, 34.5, 0.1, true), square(135.42, 34.52, 0.02, false)],
          },
        },
        {
          ...base,
          id: 'multi',
          district: {
            type: 'MultiPolygon',
            coordinates: [[square(135.4, 34.5, 0.01, true)], [square(135.5, 34.5, 0.01, false)]],
          },
        },
        { ...base, id: 'no-boundary' },
      ],
      { schoolPage },
    );
    expect(check(JSON.stringify(collection)).type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id)).toEqual(['polygon', 'multi']);
    const [polygon, multi] = collection.features;
    const [outer, hole] = polygon!.geometry.coordinates as number[][][];
    expect(signedArea(outer!)).toBeGreaterThan(0);
    expect(signedArea(hole!)).toBeLessThan(0);
    for (const piece of multi!.geometry.coordinates as number[][][][]) expect(signedArea(piece[0]!)).toBeGreaterThan(0);
    // Rewinding keeps every ring closed.
    expect(outer![0]).toEqual(outer!.at(-1));
  });
});
