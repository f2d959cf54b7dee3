/**
 * Where something is missing: for every school district of a level, how many
 * places of each kind a family can go to there, and whether the district
 * meets the ward's goals (site.yaml `gaps.goals`).
 *
 * Membership is the one district rule (src/lib/schools/district.ts), carried
 * by each public listing as `districts`, so this view, school pages and the
 * directory's district filter always agree; a count is of active listings
 * only (`isCounted`), as every count on the site.
 */
import { KIND_VALUES, type Kind, type SchoolLevel } from '../../schema/vocabulary.ts';
import type { SiteConfig } from '../../schema/site.ts';
import { isCounted } from '../counting.ts';
import type { PublicListing, SchoolRef } from '../privacy/public-listing.ts';

export type GapGoal = NonNullable<SiteConfig['gaps']>['goals'][number];

export interface DistrictCounts<S extends SchoolRef = SchoolRef> {
  school: S;
  /** Active listings of each kind in the district; 0 is a count, never a blank. */
  counts: Record<Kind, number>;
  /** The active listings in the district, in the order given. */
  listings: PublicListing[];
  /** Whether the district has no boundary and is worked out from the nearest school. */
  approximate: boolean;
}

function zeroCounts(): Record<Kind, number> {
  return Object.fromEntries(KIND_VALUES.map((kind) => [kind, 0])) as Record<Kind, number>;
}

/** One row per school of the level, in the order of `schools` (the site sorts them by reading). */
export function districtCounts<S extends SchoolRef>(
  schools: readonly S[],
  listings: readonly PublicListing[],
  level: SchoolLevel,
): DistrictCounts<S>[] {
  const rows = new Map<string, DistrictCounts<S>>();
  for (const school of schools) {
    if (school.level !== level) continue;
    rows.set(school.id, { school, counts: zeroCounts(), listings: [], approximate: school.district === undefined });
  }
  for (const listing of listings) {
    if (!isCounted(listing)) continue;
    const row = rows.get(listing.districts[level]?.schoolId ?? '');
    if (!row) continue;
    row.counts[listing.kind] += 1;
    row.listings.push(listing);
  }
  return [...rows.values()];
}

/** The goals for districts of this level, in the order site.yaml gives them. */
export function goalsFor(goals: readonly GapGoal[] | undefined, level: SchoolLevel): GapGoal[] {
  return (goals ?? []).filter((goal) => goal.level === level);
}

export function meetsGoal(row: Pick<DistrictCounts, 'counts'>, goal: GapGoal): boolean {
  return row.counts[goal.kind] >= goal.atLeast;
}

export interface KindSummary {
  kind: Kind;
  /** How many districts of the level there are. */
  districts: number;
  /** Districts with none of the kind. */
  without: number;
  /** Active listings of the kind in any of these districts. */
  listings: number;
  /**
   * 充足率 as むすびえ reports it: listings of the kind ÷ districts (schools),
   * a ratio comparable between wards; `undefined` with no districts.
   */
  ratio: number | undefined;
  /** The goal for the kind at this level, if the ward set one, and how many districts fall short of it. */
  goal?: GapGoal;
  short?: number;
}

export function summarise(rows: readonly DistrictCounts[], kind: Kind, goal?: GapGoal): KindSummary {
  const listings = rows.reduce((sum, row) => sum + row.counts[kind], 0);
  return {
    kind,
    districts: rows.length,
    without: rows.filter((row) => row.counts[kind] === 0).length,
    listings,
    ratio: rows.length > 0 ? listings / rows.length : undefined,
    ...(goal ? { goal, short: rows.filter((row) => !meetsGoal(row, goal)).length } : {}),
  };
}

/** The three classes the map colours a district by: none, one, two or more. */
export type CountClass = '0' | '1' | '2+';

export function countClass(count: number): CountClass {
  return count === 0 ? '0' : count === 1 ? '1' : '2+';
}
