/**
 * One district in the gap view: what exists in it, where the nearest place of
 * each missing kind is, and who could help start something there — people
 * offering to help (kind `volunteer`) and places that want helpers.
 *
 * Distances are straight lines from the school, to each place's measuring
 * point (an approximate place's cell centre, never its true point).
 */
import { KIND_VALUES, type Kind, type SchoolLevel } from '../../schema/vocabulary.ts';
import { isCounted } from '../counting.ts';
import { distanceMetres, measuringPoint } from '../geo.ts';
import type { PublicListing, SchoolRef } from '../privacy/public-listing.ts';
import type { DistrictCounts } from './district-counts.ts';

/**
 * How far around a district the view looks for helpers and for places that
 * want them: helpers travel further than a child walks, about a
 * neighbouring district or two.
 */
export const HELPERS_NEAR_M = 3000;

/**
 * How many places a district page lists under one heading, nearest first;
 * the rest are a count and a link to the directory, so a dense district's
 * page stays small (as school pages do, `referral.perNeed`).
 */
export const DISTRICT_PAGE_PER_LIST = 12;

export interface PlaceAtDistance {
  listing: PublicListing;
  /** Straight-line metres from the school; absent for a place with no location. */
  metres?: number;
}

export interface DistrictDetail<S extends SchoolRef = SchoolRef> {
  school: S;
  level: SchoolLevel;
  /** The district's active listings by kind, nearest to the school first. */
  inDistrict: Record<Kind, PlaceAtDistance[]>;
  /** For each kind the district has none of (except volunteer offers): the nearest active one outside it. */
  nearestMissing: Array<{ kind: Kind; nearest?: PlaceAtDistance }>;
  /** Active volunteer offers in the district or within HELPERS_NEAR_M. */
  helpersNear: PlaceAtDistance[];
  /** Active places in or near the district that want volunteers (or volunteer listings seeking help). */
  wantingHelpNear: PlaceAtDistance[];
}

function metresFrom(school: SchoolRef, listing: PublicListing): number | undefined {
  if (!listing.place) return undefined;
  return distanceMetres(school, measuringPoint(listing.place, listing.place.precision === 'approximate'));
}

function byDistance(a: PlaceAtDistance, b: PlaceAtDistance): number {
  return (a.metres ?? Infinity) - (b.metres ?? Infinity);
}

/** Kinds a district can lack: every kind but volunteer, which is people, not a place to go. */
export const PLACE_KINDS: readonly Kind[] = KIND_VALUES.filter((kind) => kind !== 'volunteer');

export function districtDetail<S extends SchoolRef>(
  row: DistrictCounts<S>,
  listings: readonly PublicListing[],
  level: SchoolLevel,
): DistrictDetail<S> {
  const { school } = row;
  const inside = (listing: PublicListing) => listing.districts[level]?.schoolId === school.id;
  const counted = listings.filter(isCounted);
  const at = (listing: PublicListing): PlaceAtDistance => {
    const metres = metresFrom(school, listing);
    return metres === undefined ? { listing } : { listing, metres };
  };
  const inDistrict = Object.fromEntries(
    KIND_VALUES.map((kind) => [
      kind,
      row.listings
        .filter((l) => l.kind === kind)
        .map(at)
        .sort(byDistance),
    ]),
  ) as Record<Kind, PlaceAtDistance[]>;
  const nearestMissing = PLACE_KINDS.filter((kind) => row.counts[kind] === 0).map((kind) => {
    const outside = counted
      .filter((l) => l.kind === kind && l.place && !inside(l))
      .map(at)
      .sort(byDistance);
    return outside[0] ? { kind, nearest: outside[0] } : { kind };
  });
  const near = (listing: PublicListing) => {
    if (inside(listing)) return true;
    const metres = metresFrom(school, listing);
    return metres !== undefined && metres <= HELPERS_NEAR_M;
  };
  const helpersNear = counted
    .filter((l) => l.kind === 'volunteer' && l.volunteer?.direction === 'offer' && near(l))
    .map(at)
    .sort(byDistance);
  const wantingHelpNear = counted
    .filter(
      (l) =>
        (l.volunteering?.wanted === true || (l.kind === 'volunteer' && l.volunteer?.direction === 'seek')) && near(l),
    )
    .map(at)
    .sort(byDistance);
  return { school, level, inDistrict, nearestMissing, helpersNear, wantingHelpNear };
}
