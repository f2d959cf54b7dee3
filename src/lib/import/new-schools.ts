/**
 * School files for districts of the region that have none yet. 国土数値情報
 * A27/A32 carry a school's 学校コード, 名称 and 所在地 but neither its reading
 * nor its point, both required and never guessed; so the command writes a CSV
 * template of those districts (`--init-new-schools`), staff fill in よみ, 緯度
 * and 経度, and the filled file (`--new-schools`) becomes
 * `schools/<id>.yaml`. Pure: scripts/import-districts.ts reads and writes.
 */
import { Document } from 'yaml';
import { readingToHiragana } from '../../core/typed-values.ts';
import { normalizeForMatch } from '../../core/text-normalize.ts';
import { isInsideGeometry, type DistrictGeometry, type LatLng } from '../geo.ts';
import type { SchoolLevel } from '../../schema/vocabulary.ts';
import { SCHOOL_CODE_PATTERN } from '../../schema/school.ts';
import { toCsv } from '../open-data/csv.ts';
import { romanize } from '../submission/suggest-id.ts';
import type { Cell, Table } from './read-table.ts';
import { schoolNameKey, type DistrictFeature } from './districts.ts';
import { setSchoolDistrict } from './school-yaml.ts';

/** The template's columns: three from the data, three for staff. */
export const NEW_SCHOOL_COLUMNS = ['学校コード', '名称', '所在地', 'よみ', '緯度', '経度'] as const;
type Column = (typeof NEW_SCHOOL_COLUMNS)[number];

/** Other headings staff may give a column (a re-typed header, an English sheet). */
const ALIASES: Record<Column, readonly string[]> = {
  学校コード: ['学校コード', 'schoolcode', 'code'],
  名称: ['名称', '学校名', 'name'],
  所在地: ['所在地', '住所', 'address'],
  よみ: ['よみ', 'よみがな', 'ふりがな', 'フリガナ', '読み', 'nameKana', 'reading'],
  緯度: ['緯度', 'lat', 'latitude'],
  経度: ['経度', 'lng', 'lon', 'longitude'],
};

/**
 * A point outside its own district by at most this much is written with a
 * warning: a school at the edge of its district (the boundary often runs down
 * the road in front of the gate), plus the couple of metres simplifying moves
 * an edge. Farther out, the point is far more likely the wrong school's or a
 * mistyped one than a school standing outside its district, so it is not
 * written; a school that really does is written by hand (see the message).
 */
export const OUTSIDE_DISTRICT_TOLERANCE_M = 100;

/** The CSV template (UTF-8 with BOM) for districts with no school file: one row each. */
export function newSchoolTemplate(groups: readonly (readonly DistrictFeature[])[]): string {
  return toCsv(
    NEW_SCHOOL_COLUMNS,
    groups.map((group) => {
      const first = group[0]!;
      return [first.code ?? '', first.name, group.find((f) => f.address)?.address ?? '', '', '', ''];
    }),
  );
}

/** A table that is not a filled template: a usage error, exit 2. */
export class NewSchoolsFileError extends Error {}

export interface NewSchoolRow {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  code: string;
  name: string;
  address: string;
  reading: string;
  lat: Cell;
  lng: Cell;
}

function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).normalize('NFKC').trim();
}

const foldHeading = (text: string) => normalizeForMatch(text.replace(/^\ufeff/, '')).toLowerCase();

/** The rows of a filled template; columns are found by their headings in row 1, in any order. */
export function readNewSchoolRows(table: Table, fileName: string): NewSchoolRow[] {
  const header = (table.rows[0] ?? []).map((cell) => foldHeading(textOf(cell)));
  const index = new Map<Column, number>();
  for (const column of NEW_SCHOOL_COLUMNS) {
    const names = ALIASES[column].map(foldHeading);
    const at = header.findIndex((h) => names.includes(h));
    if (at >= 0) index.set(column, at);
  }
  const missing = (['学校コード', 'よみ', '緯度', '経度'] as const).filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new NewSchoolsFileError(
      `${fileName}:1: 見出しに ${missing.join('・')} の列がありません。--init-new-schools で作ったひな形を使ってください / The header row lacks ${missing.join(', ')}: start from the template --init-new-schools writes`,
    );
  }
  const cell = (cells: readonly Cell[], column: Column) => {
    const at = index.get(column);
    return at === undefined ? null : (cells[at] ?? null);
  };
  const rows: NewSchoolRow[] = [];
  table.rows.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => textOf(c) === '')) return;
    rows.push({
      row: i + 1,
      code: textOf(cell(cells, '学校コード')).replace(/\s/g, '').toUpperCase(),
      name: textOf(cell(cells, '名称')),
      address: textOf(cell(cells, '所在地')),
      reading: textOf(cell(cells, 'よみ')),
      lat: cell(cells, '緯度'),
      lng: cell(cells, '経度'),
    });
  });
  return rows;
}

/** Degrees as people type them: a number, digits typed as text (full-width too), with a ° or not. */
function degreesOf(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const text = textOf(cell)
    .replace(/[°度]$/u, '')
    .trim();
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** 「34.5452, 135.4451」 in the 緯度 cell, as map apps copy a point: both at once. */
function pairOf(cell: Cell): [number, number] | undefined {
  const parts = textOf(cell)
    .replace(/^[(（[]|[)）\]]$/gu, '')
    .split(/\s*[,、]\s*|\s+/u);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => degreesOf(p));
  return a !== undefined && b !== undefined ? [a, b] : undefined;
}

/** Metres from a point to the nearest edge of a geometry (local flat approximation; fine at district scale). */
export function metresToBoundary(point: LatLng, geometry: DistrictGeometry): number {
  const metresPerDegLat = 111_320;
  const metresPerDegLng = 111_320 * Math.cos((point.lat * Math.PI) / 180);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = [(ring[i]![0] - point.lng) * metresPerDegLng, (ring[i]![1] - point.lat) * metresPerDegLat];
      const [bx, by] = [
        (ring[i + 1]![0] - point.lng) * metresPerDegLng,
        (ring[i + 1]![1] - point.lat) * metresPerDegLat,
      ];
      const dx = bx - ax;
      const dy = by - ay;
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

const LEVEL_SUFFIX: Record<SchoolLevel, string> = { elementary: 'es', 'junior-high': 'jhs' };

/** The level a 学校コード names (B1 小学校, C1 中学校); 義務教育学校 (C2) and no code take the data's level. */
export function levelOfCode(code: string | undefined, dataLevel: SchoolLevel): SchoolLevel {
  if (code?.startsWith('B1')) return 'elementary';
  if (code?.startsWith('C1')) return 'junior-high';
  return dataLevel;
}

/**
 * An id like the demo schools' (`hamanishi-es`): the reading romanised
 * without 「しょうがっこう」「ちゅうがっこう」, then the level; the code when
 * the reading gives nothing; `-2`, `-3`… until it is not taken.
 */
export function newSchoolId(
  reading: string,
  level: SchoolLevel,
  code: string | undefined,
  taken: ReadonlySet<string>,
): string {
  const stemKana = reading.replace(/(?:しょうがっこう|ちゅうがっこう|ぎむきょういくがっこう)$/u, '');
  const stem = romanize(stemKana)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50)
    .replace(/-$/, '');
  const base = stem ? `${stem}-${LEVEL_SUFFIX[level]}` : (code?.toLowerCase() ?? `school-${LEVEL_SUFFIX[level]}`);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface NewSchoolFacts {
  name: string;
  nameKana: string;
  level: SchoolLevel;
  lat: number;
  lng: number;
  address?: string;
  schoolCode?: string;
}

export interface NewSchoolComments {
  /** Where the file's facts came from, above the first key. */
  header: string;
  /** Above `district:`, as the importer writes it into existing files. */
  district: string;
}

/** The text of a new school file: facts first, `district` last, as content/README.md lays school files out. */
export function newSchoolYaml(facts: NewSchoolFacts, district: DistrictGeometry, comments: NewSchoolComments): string {
  const doc = new Document({
    name: facts.name,
    nameKana: facts.nameKana,
    level: facts.level,
    lat: facts.lat,
    lng: facts.lng,
    ...(facts.address ? { address: facts.address } : {}),
    ...(facts.schoolCode ? { schoolCode: facts.schoolCode } : {}),
  });
  // The header as the demo files have it: directly above the first key, no blank line between.
  const header = `# yaml-language-server: $schema=../schema/school.schema.json\n# ${comments.header}\n`;
  return setSchoolDistrict(header + doc.toString({ lineWidth: 0 }), { district, comment: comments.district });
}

export type NewSchoolColumn = Column;

export interface RowProblem {
  row: number;
  column: Column;
  message: string;
}

export interface NewSchoolCandidate {
  row: number;
  group: DistrictFeature[];
  facts: NewSchoolFacts;
  /** A warning to show with the written file (a point just outside its district). */
  warning?: RowProblem;
}

export interface NewSchoolsContext {
  dataLevel: SchoolLevel;
  /** Districts of the region with no school file, as planDistricts found them. */
  unmatched: readonly DistrictFeature[][];
  /** Every 学校コード the data file carries (to tell an unknown code from another region's). */
  dataCodes: ReadonlySet<string>;
  /** School files by the code they carry or were matched by. */
  fileOfCode: ReadonlyMap<string, string>;
  bounds: { south: number; west: number; north: number; east: number };
  /** The simplified boundary of a group, as it will be written. */
  districtOf: (group: readonly DistrictFeature[]) => DistrictGeometry | undefined;
}

export interface NewSchoolsPlan {
  candidates: NewSchoolCandidate[];
  problems: RowProblem[];
  /** Rows whose district already has a school file: nothing to do (a second run). */
  existing: { row: number; code: string; file: string }[];
  /** Rows left as the template wrote them: the district stays reported as unmatched. */
  blank: number[];
}

/**
 * Which rows become school files, and what is wrong with the others. Nothing
 * here checks the file against the schema: the command does that with the
 * whole folder, through the content loader, before writing.
 */
export function planNewSchools(rows: readonly NewSchoolRow[], context: NewSchoolsContext): NewSchoolsPlan {
  const plan: NewSchoolsPlan = { candidates: [], problems: [], existing: [], blank: [] };
  const byCode = new Map(context.unmatched.flatMap((g) => (g[0]!.code ? [[g[0]!.code, g] as const] : [])));
  const byName = new Map(context.unmatched.filter((g) => !g[0]!.code).map((g) => [schoolNameKey(g[0]!.name), g]));
  const claimed = new Map<DistrictFeature[], number>();
  const { south, west, north, east } = context.bounds;

  for (const row of rows) {
    const problem = (column: Column, message: string) => plan.problems.push({ row: row.row, column, message });
    if (row.code && !SCHOOL_CODE_PATTERN.test(row.code)) {
      problem(
        '学校コード',
        `学校コード「${row.code}」は B1・C1・C2 で始まる13文字ではありません / A school code is 13 characters starting B1, C1 or C2`,
      );
      continue;
    }
    const existing = row.code ? context.fileOfCode.get(row.code) : undefined;
    if (existing) {
      plan.existing.push({ row: row.row, code: row.code, file: existing });
      continue;
    }
    const group = row.code ? byCode.get(row.code) : row.name ? byName.get(schoolNameKey(row.name)) : undefined;
    if (!group) {
      if (!row.code && !row.name) problem('学校コード', '学校コードがありません / No school code');
      else if (!row.code) {
        problem(
          '名称',
          `「${row.name}」という学校ファイルのない校区はデータにありません / No district without a school file has this name in the data`,
        );
      } else if (context.dataCodes.has(row.code)) {
        problem(
          '学校コード',
          `学校コード「${row.code}」の校区は、この地域の学校ファイルのない校区ではありません（上の報告を見てください）/ This code's district is not one of the region's districts without a school file (see the report above)`,
        );
      } else {
        problem(
          '学校コード',
          `学校コード「${row.code}」の校区はデータにありません / No district with this school code in the data`,
        );
      }
      continue;
    }
    const blank = !row.reading && textOf(row.lat) === '' && textOf(row.lng) === '';
    if (blank) {
      plan.blank.push(row.row);
      continue;
    }
    const before = claimed.get(group);
    if (before !== undefined) {
      problem('学校コード', `この校区は ${before} 行目にもあります / This district is also on row ${before}`);
      continue;
    }
    claimed.set(group, row.row);

    const problemsBefore = plan.problems.length;
    const nameKana = row.reading ? readingToHiragana(row.reading) : undefined;
    if (!row.reading) problem('よみ', 'よみがなを書いてください / A reading is required');
    else if (!nameKana) {
      problem(
        'よみ',
        `よみ「${row.reading}」はひらがなかカタカナで書いてください / Write the reading in hiragana or katakana`,
      );
    }
    let lat = degreesOf(row.lat);
    let lng = degreesOf(row.lng);
    const pair = textOf(row.lng) === '' ? pairOf(row.lat) : undefined;
    if (pair) [lat, lng] = pair;
    if (textOf(row.lat) === '' || (textOf(row.lng) === '' && !pair)) {
      const column = textOf(row.lat) === '' ? '緯度' : '経度';
      problem(
        column,
        '学校の位置（緯度・経度）を書いてください。国土数値情報の学校（P29）か、地図アプリで学校の住所を調べて写します / The school’s point is required: take it from 国土数値情報 P29 (schools) or look the address up in a map app',
      );
    } else if (lat === undefined) {
      problem('緯度', `緯度「${textOf(row.lat)}」が数値ではありません / The latitude is not a number`);
    } else if (lng === undefined) {
      problem('経度', `経度「${textOf(row.lng)}」が数値ではありません / The longitude is not a number`);
    } else if (lat < south || lat > north || lng < west || lng > east) {
      const swapped = lng >= south && lng <= north && lat >= west && lat <= east;
      problem(
        '緯度',
        swapped
          ? `緯度と経度が入れ替わっているようです（${lat}, ${lng}）/ Latitude and longitude look swapped`
          : `位置（${lat}, ${lng}）が地域の範囲（site.yaml の map.bounds）の外です / The point lies outside the region (map.bounds in site.yaml)`,
      );
    }
    const name = row.name || group[0]!.name;
    if (plan.problems.length > problemsBefore || lat === undefined || lng === undefined || !nameKana) continue;

    const point = { lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) };
    let warning: RowProblem | undefined;
    const district = context.districtOf(group);
    if (!district) {
      problem(
        '学校コード',
        '校区の形が簡略化で残りません（--tolerance を小さく）/ Nothing of the district is left after simplifying (try a smaller --tolerance)',
      );
      continue;
    }
    if (!isInsideGeometry(point, district)) {
      const metres = Math.round(metresToBoundary(point, district));
      if (metres > OUTSIDE_DISTRICT_TOLERANCE_M) {
        problem(
          '緯度',
          `位置（${point.lat}, ${point.lng}）が自分の校区から ${metres} m 外です。ほかの学校の位置か、打ち間違いではありませんか。本当に校区の外にある学校なら、schools/<id>.yaml を手で書いて schoolCode: ${group[0]!.code ?? '…'} を入れてください / The point lies ${metres} m outside its own district: another school’s point or a typo? For a school that really stands outside its district, write its file by hand with its schoolCode`,
        );
        continue;
      }
      warning = {
        row: row.row,
        column: '緯度',
        message: `警告 / warning: 位置が校区の境界から ${metres} m 外です（書き込みます）。学校の位置を確かめてください / The point lies ${metres} m outside the district boundary (written); check it`,
      };
    }
    const code = group[0]!.code;
    plan.candidates.push({
      row: row.row,
      group,
      facts: {
        name,
        nameKana,
        level: levelOfCode(code, context.dataLevel),
        ...point,
        ...(row.address || group[0]!.address ? { address: row.address || group[0]!.address! } : {}),
        ...(code ? { schoolCode: code } : {}),
      },
      ...(warning ? { warning } : {}),
    });
  }
  return plan;
}

/** A problem as the report prints it: `<csv>:<row>:<column>: ja / en`. */
export function formatRowProblem(fileName: string, problem: RowProblem): string {
  return `${fileName}:${problem.row}:${problem.column}: ${problem.message}`;
}

/** The template column a school field was read from, to name it in a schema problem. */
export function columnOfField(field: string): Column | undefined {
  const columns: Record<string, Column> = {
    name: '名称',
    nameKana: 'よみ',
    lat: '緯度',
    lng: '経度',
    address: '所在地',
    schoolCode: '学校コード',
  };
  return columns[field.split('.')[0]!];
}
