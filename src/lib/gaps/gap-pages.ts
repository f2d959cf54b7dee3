/**
 * The gap table in pages: the districts most in need first, a fixed number
 * per page, so a page stays the same size however many districts a region
 * has (a prefecture has 1,000 or more of a level). The CSV keeps every
 * district; the pages together list each district exactly once.
 */
import type { Kind } from '../../schema/vocabulary.ts';
import { pageCount, pageOf, type PageOf } from '../pagination.ts';
import { meetsGoal, type DistrictCounts, type GapGoal } from './district-counts.ts';

/** Districts in one page of the table: about 1 KB of HTML each, so a page stays near 100 KB of rows. */
export const GAP_TABLE_PER_PAGE = 100;

/** Districts named in the summary's 「…のない校区」 line; the rest are counted and found in the table. */
export const GAP_SUMMARY_NAMES = 20;

/** The kinds the summary speaks of: each the ward set a goal for; with no goal, 子ども食堂, the kind the field measures. */
export function summaryKinds(goals: readonly GapGoal[]): Kind[] {
  return goals.length > 0 ? [...new Set(goals.map((goal) => goal.kind))] : ['kodomo-shokudo'];
}

/** How short of the level's goals a district is, the table's order of need. */
export interface Need {
  /** Goals the district does not meet. */
  goalsShort: number;
  /** Of the summary's kinds, those the district has none of. */
  zeroKinds: number;
  /** Places missing to meet every goal, summed over the goals. */
  missing: number;
}

export function needOf(row: Pick<DistrictCounts, 'counts'>, goals: readonly GapGoal[], kinds: readonly Kind[]): Need {
  const short = goals.filter((goal) => !meetsGoal(row, goal));
  return {
    goalsShort: short.length,
    zeroKinds: kinds.filter((kind) => row.counts[kind] === 0).length,
    missing: short.reduce((sum, goal) => sum + goal.atLeast - row.counts[goal.kind], 0),
  };
}

/**
 * The districts most in need first: none of a summary kind before short of a
 * goal, short of more goals before fewer, more places missing before fewer;
 * ties keep the given order (the site's is by reading), so the order is the
 * same on every build. With one summary kind, every district without it
 * comes before any that has one.
 */
export function byNeed<R extends Pick<DistrictCounts, 'counts'>>(
  rows: readonly R[],
  goals: readonly GapGoal[],
  kinds: readonly Kind[],
): R[] {
  const needs = new Map(rows.map((row) => [row, needOf(row, goals, kinds)]));
  return [...rows].sort((a, b) => {
    const x = needs.get(a)!;
    const y = needs.get(b)!;
    return y.zeroKinds - x.zeroKinds || y.goalsShort - x.goalsShort || y.missing - x.missing;
  });
}

/** One page of the table (1-based), the districts most in need first. */
export function gapTablePage<R extends Pick<DistrictCounts, 'counts'>>(
  rows: readonly R[],
  goals: readonly GapGoal[],
  kinds: readonly Kind[],
  page: number,
  size = GAP_TABLE_PER_PAGE,
): PageOf<R> {
  return pageOf(byNeed(rows, goals, kinds), page, size);
}

export function gapTablePages(districts: number, size = GAP_TABLE_PER_PAGE): number {
  return pageCount(districts, size);
}

/** The first `limit` of a list and how many more there are, for a line that names some and counts the rest. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
