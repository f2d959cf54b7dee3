/**
 * The one rule for which school district a place is in, for every page that
 * asks: a listing's card and page, the directory's district filter, school
 * pages and their counts, and views of districts.
 *
 * For a level (elementary or junior-high), in order:
 * 1. `declared`: the listing names a school of that level (`schoolDistrict`);
 * 2. `boundary`: the school of that level whose district boundary holds the place;
 * 3. `nearest`: outside every known boundary, the nearest school of that level
 *    whose boundary is not known (its district is approximated by distance).
 * A place outside every known boundary, with every school's boundary known,
 * is in no district. Distances and boundaries are judged from the place's
 * measuring point (`measuringPoint` in geo.ts), never from anything private.
 */
import { isInsideGeometry, nearest, type DistrictGeometry, type LatLng } from '../geo.ts';
import type { SchoolLevel } from '../../schema/vocabulary.ts';

export interface DistrictSchool extends LatLng {
  id: string;
  name: string;
  level: SchoolLevel;
  district?: DistrictGeometry;
}

export type DistrictSource = 'declared' | 'boundary' | 'nearest';

export interface DistrictMatch<S extends DistrictSchool> {
  school: S;
  source: DistrictSource;
}

export function districtOf<S extends DistrictSchool>(
  point: LatLng | undefined,
  schools: readonly S[],
  level: SchoolLevel,
  declared?: string,
): DistrictMatch<S> | undefined {
  const sameLevel = schools.filter((s) => s.level === level);
  const named = declared ? sameLevel.find((s) => s.id === declared) : undefined;
  if (named) return { school: named, source: 'declared' };
  if (!point) return undefined;
  const containing = sameLevel.find((s) => s.district && isInsideGeometry(point, s.district));
  if (containing) return { school: containing, source: 'boundary' };
  const found = nearest(
    point,
    sameLevel.filter((s) => !s.district),
  );
  return found ? { school: found.item, source: 'nearest' } : undefined;
}
