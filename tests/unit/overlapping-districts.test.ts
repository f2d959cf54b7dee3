/** The validator warns when two districts of one level overlap, but not for the slivers simplification leaves. */
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/lib/content/cross-checks.ts';
import type { SchoolEntry } from '../../src/lib/content/content-set.ts';

function square(west: number, south: number, size: number) {
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ] as [number, number][],
    ],
  };
}

function school(
  id: string,
  district: ReturnType<typeof square>,
  level: SchoolEntry['level'] = 'elementary',
): SchoolEntry {
  return { id, file: `schools/${id}.yaml`, name: id, nameKana: 'がっこう', level, lat: 34.53, lng: 135.46, district };
}

const overlaps = (schools: SchoolEntry[]) =>
  crossCheck({ site: undefined, schools, listings: [], today: '2026-12-01' }).filter((p) => p.field === 'district');

describe('overlapping districts', () => {
  it('are named with the other file and the area, as a warning', () => {
    const problems = overlaps([
      school('a-es', square(135.45, 34.52, 0.01)),
      school('b-es', square(135.455, 34.52, 0.01)),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'schools/b-es.yaml', severity: 'warning' });
    expect(problems[0]!.message).toContain('schools/a-es.yaml');
    // Half of a 0.01° square (about 1.1 km × 0.9 km) overlaps.
    expect(problems[0]!.message).toMatch(/約 [45]\d\d,\d\d\d ㎡/);
  });

  it('are not reported for neighbours that touch, a sliver along a shared edge, or districts of different levels', () => {
    expect(
      overlaps([school('a-es', square(135.45, 34.52, 0.01)), school('b-es', square(135.46, 34.52, 0.01))]),
    ).toEqual([]);
    expect(
      overlaps([school('a-es', square(135.45, 34.52, 0.01)), school('b-es', square(135.45998, 34.52, 0.01))]),
    ).toEqual([]);
    expect(
      overlaps([
        school('a-es', square(135.45, 34.52, 0.01)),
        school('b-jhs', square(135.45, 34.52, 0.01), 'junior-high'),
      ]),
    ).toEqual([]);
  });
});
