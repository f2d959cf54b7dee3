/**
 * The gap table as CSV, for ward staff: one row per district (elementary
 * first, then junior-high), one column per kind, with the school's id and
 * name, whether its area is a boundary or approximate, and each goal's state.
 * Written by the same CSV rules as the other open data (open-data/csv.ts).
 */
import { KIND_VALUES, type Kind, type SchoolLevel } from '../../schema/vocabulary.ts';
import { toCsv } from '../open-data/csv.ts';
import { meetsGoal, type DistrictCounts, type GapGoal } from './district-counts.ts';

export interface GapCsvWords {
  header: { id: string; name: string; nameKana: string; level: string; area: string };
  kind: Record<Kind, string>;
  level: Record<SchoolLevel, string>;
  area: { exact: string; approximate: string };
  goalHeader: (goal: GapGoal) => string;
  met: string;
  short: string;
}

export interface GapCsvSection {
  level: SchoolLevel;
  rows: readonly DistrictCounts<DistrictCounts['school'] & { nameKana?: string }>[];
  goals: readonly GapGoal[];
}

export function gapCsv(sections: readonly GapCsvSection[], words: GapCsvWords): string {
  const goals = sections.flatMap((section) => section.goals);
  const header = [
    words.header.id,
    words.header.name,
    words.header.nameKana,
    words.header.level,
    words.header.area,
    ...KIND_VALUES.map((kind) => words.kind[kind]),
    ...goals.map(words.goalHeader),
  ];
  const rows = sections.flatMap(({ level, rows: districts }) =>
    districts.map((row) => [
      row.school.id,
      row.school.name,
      row.school.nameKana ?? '',
      words.level[level],
      row.approximate ? words.area.approximate : words.area.exact,
      ...KIND_VALUES.map((kind) => row.counts[kind]),
      // A goal of the other level does not apply to this district: left empty.
      ...goals.map((goal) => (goal.level === level ? (meetsGoal(row, goal) ? words.met : words.short) : '')),
    ]),
  );
  return toCsv(header, rows);
}
