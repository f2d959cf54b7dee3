/**
 * What the gap view's pages and its CSV read: for each school level, every
 * district's counts and the ward's goals for it, worked out once per build.
 */
import { SCHOOL_LEVEL_VALUES, type SchoolLevel } from '../schema/vocabulary.ts';
import { districtCounts, goalsFor, type DistrictCounts, type GapGoal } from '../lib/gaps/district-counts.ts';
import { gapCsv } from '../lib/gaps/gap-csv.ts';
import { GAP_TABLE_PER_PAGE } from '../lib/gaps/gap-pages.ts';
import { laterPages } from '../lib/pagination.ts';
import { areaLabelPoint, districtAreas } from '../lib/schools/district-areas.ts';
import type { GapMapArea } from '../lib/gaps/map-area.ts';
import { gaps as words } from '../i18n/ja/gaps.ts';
import { vocabulary } from '../i18n/ja/vocabulary.ts';
import { getContent, localContent, oncePerLocale, type School } from './entries.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { pageHref } from './urls.ts';

export interface GapLevel {
  level: SchoolLevel;
  rows: DistrictCounts<School>[];
  goals: GapGoal[];
}

/**
 * The levels that have schools, elementary first; junior-high is the switch.
 * Counted once per locale: every district page and table page reads them.
 */
export const gapLevels = oncePerLocale(async (locale: Locale): Promise<GapLevel[]> => {
  const { site, schools, listings } = await localContent(locale);
  return SCHOOL_LEVEL_VALUES.map((level) => ({
    level,
    rows: districtCounts(schools, listings, level),
    goals: goalsFor(site.gaps?.goals, level),
  })).filter((entry) => entry.rows.length > 0);
});

/** Where each level's table lives inside a locale: elementary at gaps/, others under it; later pages at <that>page/<n>/. */
export function gapLevelPath(level: SchoolLevel): string {
  return level === 'elementary' ? 'gaps/' : `gaps/${level}/`;
}

export function gapLevelHref(locale: Locale, level: SchoolLevel): string {
  return pageHref(locale, gapLevelPath(level));
}

/** The `page` parameter of each level's table pages after the first (src/lib/gaps/gap-pages.ts bounds a page). */
export function gapTableLaterPages(current: GapLevel): string[] {
  return laterPages(current.rows.length, GAP_TABLE_PER_PAGE);
}

/** The gap map's areas of a level, a file of their own (src/pages/[...lang]/gaps/areas-[level].json.ts). */
export function gapAreasHref(locale: Locale, level: SchoolLevel): string {
  return pageHref(locale, `gaps/areas-${level}.json`);
}

export function districtHref(locale: Locale, schoolId: string): string {
  return pageHref(locale, `gaps/districts/${schoolId}/`);
}

/** The table's CSV, both levels in one file; also listed on /data/. */
export const GAP_CSV_NAME = 'school-district-counts.csv';

export function gapCsvText(levels: readonly GapLevel[]): string {
  return gapCsv(levels, {
    header: words.csvHeader,
    kind: vocabulary.kind,
    level: words.districtWord,
    area: words.area,
    goalHeader: (goal) => words.goal(vocabulary.kind[goal.kind], goal.level, goal.atLeast),
    met: words.goalMet,
    short: words.csvShort,
  });
}

/**
 * Each district's area for the map, with its counts: a boundary where the
 * school has one, otherwise the approximate cell the district rule implies.
 * An area that boundaries cover entirely has nothing to draw and is left off
 * the map (the table still lists it).
 */
export async function gapMapAreas(current: GapLevel, locale: Locale): Promise<GapMapArea[]> {
  const { site, schools } = await getContent();
  const rows = new Map(current.rows.map((row) => [row.school.id, row]));
  return districtAreas(schools, current.level, site.map.bounds).flatMap(({ school, geometry, approximate }) => {
    const row = rows.get(school.id);
    const label = areaLabelPoint(geometry, school);
    if (!row || !label) return [];
    return [
      {
        id: school.id,
        name: messages(locale).gaps.district.title(school.name, current.level),
        url: districtHref(locale, school.id),
        approximate,
        geometry,
        label,
        counts: row.counts,
      },
    ];
  });
}
