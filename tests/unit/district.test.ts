/** The one rule for a place's school district (src/lib/schools/district.ts). */
import { describe, expect, it } from 'vitest';
import type { DistrictGeometry } from '../../src/lib/geo.ts';
import { districtOf, type DistrictSchool } from '../../src/lib/schools/district.ts';

// A square district around (34.53, 135.46).
const square: DistrictGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [135.45, 34.52],
      [135.47, 34.52],
      [135.47, 34.54],
      [135.45, 34.54],
      [135.45, 34.52],
    ],
  ],
};

const schools: DistrictSchool[] = [
  { id: 'square-es', name: '四角小学校', level: 'elementary', lat: 34.53, lng: 135.46, district: square },
  { id: 'east-es', name: '東小学校', level: 'elementary', lat: 34.53, lng: 135.49 },
  { id: 'west-es', name: '西小学校', level: 'elementary', lat: 34.53, lng: 135.42 },
  { id: 'middle-jhs', name: '中央中学校', level: 'junior-high', lat: 34.53, lng: 135.465 },
];
const id = (match: ReturnType<typeof districtOf>) => match && [match.school.id, match.source];

describe('districtOf', () => {
  it('takes the school the listing names, at that school’s level only', () => {
    const point = { lat: 34.53, lng: 135.46 };
    expect(id(districtOf(point, schools, 'elementary', 'east-es'))).toEqual(['east-es', 'declared']);
    // Naming a junior-high school says nothing of the elementary district.
    expect(id(districtOf(point, schools, 'elementary', 'middle-jhs'))).toEqual(['square-es', 'boundary']);
    expect(id(districtOf(point, schools, 'junior-high', 'middle-jhs'))).toEqual(['middle-jhs', 'declared']);
    // A named school is enough without a place (online listings).
    expect(id(districtOf(undefined, schools, 'elementary', 'west-es'))).toEqual(['west-es', 'declared']);
  });

  it('puts a place inside a boundary in that district, even when another school is nearer', () => {
    expect(id(districtOf({ lat: 34.525, lng: 135.469 }, schools, 'elementary'))).toEqual(['square-es', 'boundary']);
  });

  it('outside every known boundary, takes the nearest school whose boundary is not known', () => {
    // Nearest to 四角小's school building, but outside its boundary: not 四角小's.
    expect(id(districtOf({ lat: 34.545, lng: 135.46 }, schools, 'elementary'))).toEqual(['east-es', 'nearest']);
    expect(id(districtOf({ lat: 34.53, lng: 135.43 }, schools, 'elementary'))).toEqual(['west-es', 'nearest']);
  });

  it('leaves a place in no district when every school of the level has a boundary and none holds it', () => {
    const bounded = schools.filter((s) => s.id === 'square-es');
    expect(districtOf({ lat: 34.6, lng: 135.6 }, bounded, 'elementary')).toBeUndefined();
    expect(districtOf(undefined, schools, 'elementary')).toBeUndefined();
  });
});
