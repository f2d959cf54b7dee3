/**
 * The school districts that have a drawn boundary, as a GeoJSON
 * FeatureCollection (RFC 7946: WGS 84, `[longitude, latitude]`). A school
 * without a boundary is left out rather than drawn as a guess: the site
 * approximates such a district by the nearest school, and that rule is not a
 * shape anyone should import into a map.
 */
import type { School } from '../../schema/school.ts';

type Geometry = NonNullable<School['district']>;
type Position = [number, number];

export interface DistrictSchool extends Pick<School, 'name' | 'nameKana' | 'level' | 'district'> {
  readonly id: string;
}

export interface DistrictFeatureOptions {
  /** The school's page on this site, absolute. */
  readonly schoolPage: (school: DistrictSchool) => string;
}

export interface DistrictFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: { id: string; name: string; nameKana: string; level: School['level']; schoolPage: string };
}

/** Six decimals (about 0.1 m), as the other open-data files write coordinates. */
function position([lng, lat]: readonly number[]): Position {
  return [Number(lng!.toFixed(6)), Number(lat!.toFixed(6))];
}

/** Twice the signed area in degrees²: positive when the ring runs counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

/**
 * RFC 7946 §3.1.6: an outer ring runs counter-clockwise and a hole clockwise.
 * Parsers should accept either, but some renderers fill a wrongly wound ring
 * inside out, and a boundary copied from another source may be wound either way.
 */
function wound(rings: readonly (readonly (readonly number[])[])[]): Position[][] {
  return rings.map((ring, i) => {
    const points = ring.map(position);
    const counterClockwise = signedArea(points) > 0;
    return counterClockwise === (i === 0) ? points : points.reverse();
  });
}

function geometry(district: Geometry): Geometry {
  return district.type === 'Polygon'
    ? { type: 'Polygon', coordinates: wound(district.coordinates) }
    : { type: 'MultiPolygon', coordinates: district.coordinates.map(wound) };
}

export function districtsGeoJson(schools: readonly DistrictSchool[], options: DistrictFeatureOptions) {
  const features: DistrictFeature[] = schools.flatMap((school) =>
    school.district
      ? [
          {
            type: 'Feature' as const,
            id: school.id,
            geometry: geometry(school.district),
            properties: {
              id: school.id,
              name: school.name,
              nameKana: school.nameKana,
              level: school.level,
              schoolPage: options.schoolPage(school),
            },
          },
        ]
      : [],
  );
  return { type: 'FeatureCollection' as const, features };
}
