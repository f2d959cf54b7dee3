/**
 * The listings a school page shows: those in the school's district and those
 * within walking distance of it, nearest first.
 *
 * Which district a place is in is decided once, by the rule in district.ts,
 * and carried by the public listing (`districts`), so a school page, the
 * listing's own page and the directory's district filter always agree.
 */
import { distanceMetres, measuringPoint, type LatLng } from '../geo.ts';
import type { PublicListing, SchoolRef } from '../privacy/public-listing.ts';
import type { AudienceGroup } from '../../schema/vocabulary.ts';
import { NEED_VALUES, needsOf, type Need } from './needs.ts';
import { isCounted } from '../counting.ts';
import { bounded, type Bounded } from '../pagination.ts';

export interface SchoolListing {
  listing: PublicListing;
  /** Straight-line metres from the school to the place (`measuringPoint`); absent for online-only listings. */
  metres?: number;
  inDistrict: boolean;
  nearby: boolean;
}

export function districtIsApproximate(school: SchoolRef): boolean {
  return school.district === undefined;
}

/** An approximate place is measured from its cell's centre, not its circle's offset centre (geo.ts). */
function pointOf(listing: PublicListing): LatLng | undefined {
  return listing.place && measuringPoint(listing.place, listing.place.precision === 'approximate');
}

/** In this school's district by the one rule (district.ts), as the listing's own page and card say. */
function inDistrict(school: SchoolRef, listing: PublicListing): boolean {
  return listing.districts[school.level]?.schoolId === school.id;
}

/** The children a school teaches, as the audience vocabulary names them. */
const PUPILS: Record<SchoolRef['level'], AudienceGroup> = { elementary: 'elementary', 'junior-high': 'junior-high' };
const CHILD_GROUPS: readonly AudienceGroup[] = ['infant', 'elementary', 'junior-high', 'high-school'];

/**
 * Whether a listing is for this school's families: its audience includes the
 * school's pupils or everyone, or it serves parents without naming any
 * children (a parents' consultation). A baby group is not for a junior-high
 * family, nor a high-school-only place for an elementary one.
 */
export function isForSchoolLevel(audience: PublicListing['audience'], level: SchoolRef['level']): boolean {
  // Not known who may come: the family is better told of it (the entry says to ask) than not.
  if (!audience) return true;
  const { groups } = audience;
  if (groups.includes(PUPILS[level]) || groups.includes('everyone')) return true;
  return groups.includes('guardian') && !groups.some((group) => CHILD_GROUPS.includes(group));
}

/**
 * Active listings for the school's pupils in the district or within `radiusM`,
 * nearest first. A school page is handed to families and has no way to ask
 * for more, so paused and closed places are left out, as from every count
 * (isCounted in src/lib/counting.ts); so are places with no location
 * (see `remoteForSchool`).
 */
export function listingsForSchool(
  school: SchoolRef,
  schools: readonly SchoolRef[],
  listings: readonly PublicListing[],
  radiusM: number,
): SchoolListing[] {
  const out: SchoolListing[] = [];
  for (const listing of listings) {
    if (!isCounted(listing) || !isForSchoolLevel(listing.audience, school.level)) continue;
    const point = pointOf(listing);
    const metres = point ? distanceMetres(school, point) : undefined;
    const district = inDistrict(school, listing);
    const nearby = metres !== undefined && metres <= radiusM;
    if (district || nearby)
      out.push({ listing, ...(metres !== undefined ? { metres } : {}), inDistrict: district, nearby });
  }
  return out.sort((a, b) => (a.metres ?? Infinity) - (b.metres ?? Infinity));
}

/**
 * Places with no location — online, by phone or LINE — that answer a need of
 * the school's pupils: the same for every school of a level, shown in a
 * section of their own.
 */
export function remoteForSchool(school: SchoolRef, listings: readonly PublicListing[]): PublicListing[] {
  return listings.filter(
    (listing) =>
      isCounted(listing) &&
      !listing.place &&
      isForSchoolLevel(listing.audience, school.level) &&
      needsOf(listing).length > 0,
  );
}

export interface NeedGroup extends Bounded<SchoolListing> {
  need: Need;
}

/** The school's listings under each need, keeping their order, the first `perNeed` shown; needs with none are kept, empty. */
export function groupByNeed(items: readonly SchoolListing[], perNeed = Infinity): NeedGroup[] {
  return NEED_VALUES.map((need) => ({
    need,
    ...bounded(
      items.filter((item) => needsOf(item.listing).includes(need)),
      perNeed,
    ),
  }));
}
