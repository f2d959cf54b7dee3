/**
 * `npm run import-districts -- <A27-or-A32.geojson> [options]`: school-district
 * boundaries from 国土数値情報 小学校区 (A27) or 中学校区 (A32) into the
 * `district` and `schoolCode` of CONTENT_DIR/schools/<id>.yaml.
 *
 *   --codes B1…,B1…   take exactly the districts with these 学校コード
 *   --city 27140      also take districts of this 行政区域コード whose name matches a school file
 *   --tolerance 2e-5  simplification tolerance in degrees (0: round only)
 *   --dry-run         write nothing; print what would happen
 *   --init-new-schools new.csv
 *                     write a CSV template (UTF-8 with BOM) of the region's districts
 *                     that have no school file, with empty よみ・緯度・経度 for staff
 *                     to fill in; no school file is written. Never overwrites a file.
 *   --new-schools new.csv
 *                     the filled template (CSV in UTF-8 or Shift_JIS, or .xlsx):
 *                     each row becomes schools/<id>.yaml with its district
 *
 * Without --codes the ward's districts are those whose 学校コード a school file
 * already carries, and those whose 所在地 starts with site.yaml's
 * region.addressPrefix (see src/lib/import/districts.ts for why not 行政区域コード).
 *
 * One line per feature or school, `<file>:<feature number>: <ja / en>` and
 * `schools/<id>.yaml: <ja / en>`, then a summary. Every file to write is checked
 * with the whole folder (the content loader) before any is written. Exit 1 when
 * something needs attention, 2 for a usage error or an unreadable file, 0 otherwise.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorsOf, formatProblem } from '../src/core/problems.ts';
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { DEFAULT_TOLERANCE_DEG } from '../src/lib/import/district-geometry.ts';
import {
  DistrictFileError,
  cityCode,
  mergeGeometry,
  planDistricts,
  readDistrictFile,
  type DistrictFeature,
} from '../src/lib/import/districts.ts';
import { tidyDistrict } from '../src/lib/import/district-geometry.ts';
import {
  NewSchoolsFileError,
  columnOfField,
  formatRowProblem,
  newSchoolId,
  newSchoolTemplate,
  newSchoolYaml,
  planNewSchools,
  readNewSchoolRows,
  type NewSchoolsPlan,
} from '../src/lib/import/new-schools.ts';
import { TableError, decodeText, readTable } from '../src/lib/import/read-table.ts';
import { setSchoolDistrict } from '../src/lib/import/school-yaml.ts';
import { SCHOOL_CODE_PATTERN } from '../src/schema/school.ts';

const DOWNLOAD = {
  elementary: 'https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A27.html',
  'junior-high': 'https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A32.html',
} as const;
const DATA_NAME = { elementary: '小学校区データ', 'junior-high': '中学校区データ' } as const;

function usage(message: string): never {
  console.error(message);
  console.error(
    '使い方 / Usage: npm run import-districts -- <A27-or-A32.geojson> [--codes B1…,B1…] [--city <行政区域コード>] [--tolerance <degrees>] [--init-new-schools <new.csv> | --new-schools <new.csv>] [--dry-run]',
  );
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      codes: { type: 'string' },
      city: { type: 'string' },
      tolerance: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'init-new-schools': { type: 'string' },
      'new-schools': { type: 'string' },
    },
  });
} catch (error) {
  usage(`引数が読めません / ${(error as Error).message}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) usage('校区の GeoJSON ファイルを1つ指定してください / Give one district GeoJSON file');
const source = positionals[0]!;
const fileName = path.basename(source);
const templateTarget = values['init-new-schools'];
const newSchoolsSource = values['new-schools'];
if (templateTarget !== undefined && newSchoolsSource !== undefined) {
  usage(
    '--init-new-schools（ひな形を作る）と --new-schools（記入したものを取り込む）は、別々に実行してください / Give --init-new-schools or --new-schools, not both',
  );
}

const codes = values.codes
  ?.normalize('NFKC')
  .split(/[\s,、]+/)
  .filter(Boolean);
if (codes) {
  const bad = codes.filter((code) => !SCHOOL_CODE_PATTERN.test(code));
  if (codes.length === 0 || bad.length > 0) {
    usage(
      `--codes の学校コード「${bad.join('、')}」は B1・C1・C2 で始まる13文字ではありません / Each --codes entry must be a 13-character school code starting B1, C1 or C2`,
    );
  }
}
const city = values.city === undefined ? undefined : cityCode(values.city);
if (values.city !== undefined && !city) {
  usage(
    '--city は行政区域コード（5桁、例: 27140）で書いてください / --city is a five-digit 行政区域コード, e.g. 27140',
  );
}
const tolerance = values.tolerance === undefined ? DEFAULT_TOLERANCE_DEG : Number(values.tolerance);
if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > 0.001) {
  usage(
    '--tolerance は 0〜0.001（度）の数です（既定 2e-5、約2m）/ --tolerance is 0–0.001 degrees (default 2e-5, about 2 m)',
  );
}

let bytes: Uint8Array;
try {
  bytes = await readFile(source);
} catch (error) {
  usage(`${source}: ファイルを読めません / Cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
}
if (/\.(shp|dbf|shx|zip|xml|gml)$/i.test(source)) {
  usage(
    `${fileName}: GeoJSON を指定してください。シェープファイル・GML は ogr2ogr か QGIS で GeoJSON にできます（README の「校区の境界を取り込む」）/ Give a GeoJSON file; convert shapefiles or GML with ogr2ogr or QGIS (see the README)`,
  );
}

// A template is never written over a file (staff may have filled it in): say so before any work.
if (templateTarget !== undefined && !values['dry-run'] && (await stat(templateTarget).catch(() => undefined))) {
  usage(
    `${templateTarget}: もうあるファイルには書きません。別の名前にするか、消してからもう一度 / The file exists: it is never overwritten; pick another name or remove it first`,
  );
}

let newSchoolRows;
const newSchoolsName = newSchoolsSource === undefined ? undefined : path.basename(newSchoolsSource);
if (newSchoolsSource !== undefined) {
  let tableBytes: Uint8Array;
  try {
    tableBytes = await readFile(newSchoolsSource);
  } catch (error) {
    usage(
      `${newSchoolsSource}: ファイルを読めません / Cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  try {
    newSchoolRows = readNewSchoolRows(await readTable(tableBytes, newSchoolsName!), newSchoolsName!);
  } catch (error) {
    if (error instanceof TableError || error instanceof NewSchoolsFileError) usage(error.message);
    throw error;
  }
}

let data;
try {
  data = readDistrictFile(decodeText(bytes).text, fileName);
} catch (error) {
  if (error instanceof DistrictFileError) usage(error.message);
  throw error;
}
const { layout } = data;

const dir = contentDirFromEnv();
const content = await loadContent(dir);
if (!content.site) {
  console.error(content.problems.map(formatProblem).join('\n'));
  usage(
    `${dir}/site.yaml が読めないため、地域（region.addressPrefix）が分かりません / site.yaml is needed for the region`,
  );
}
const site = content.site;

let attention = 0;
const say = (line: string, needsAttention = false) => {
  console.log(line);
  if (needsAttention) attention++;
};
const label = (features: readonly DistrictFeature[]) => {
  const first = features[0]!;
  return `${first.code ? `${first.code} ` : ''}${first.name}${first.address ? `（${first.address}）` : ''}`;
};
const where = (features: readonly DistrictFeature[]) => `${fileName}:${features.map((f) => f.index).join('+')}`;

say(
  `${fileName}: ${layout.label}・地物 ${data.features.length + data.skipped.length} 件 / ${layout.id}, ${data.features.length + data.skipped.length} features`,
);
if (data.swapped) {
  say(
    `${fileName}: 警告 / warning: 位置が [緯度, 経度] の順だったので、[経度, 緯度] に入れ替えて読みました / Positions were [lat, lng]; read them as [lng, lat]`,
  );
}
for (const skip of data.skipped) say(`${fileName}:${skip.index}: ${skip.message}`, true);
// School files that do not load cannot be matched: say so rather than call them missing.
for (const problem of errorsOf(content.problems).filter((p) => p.file.startsWith('schools/'))) {
  say(formatProblem(problem), true);
}

const plan = planDistricts(data, content.schools, {
  addressPrefix: site.region.addressPrefix,
  ...(codes ? { codes } : {}),
  ...(city ? { city } : {}),
  tidy: { toleranceDeg: tolerance },
});

// The files to write, checked together with the whole folder before any is written.
const files = new Map<string, string>();
const matchOf = new Map<string, (typeof plan.matches)[number]>();
const comment = `校区の境界: ${layout.label}（${fileName}）を簡略化 / District boundary simplified from ${layout.id} (${fileName})`;
for (const match of plan.matches) {
  matchOf.set(match.school.file, match);
  if (match.outcome === 'unchanged') continue;
  const text = await readFile(path.join(dir, match.school.file), 'utf8');
  files.set(
    match.school.file,
    setSchoolDistrict(text, {
      district: match.district,
      ...(match.code ? { schoolCode: match.code } : {}),
      comment,
    }),
  );
}

// New school files from the filled template, checked with the rest below.
const newSchoolOf = new Map<string, NewSchoolsPlan['candidates'][number] & { id: string; positions: number }>();
let newPlan: NewSchoolsPlan | undefined;
if (newSchoolRows) {
  const fileOfCode = new Map<string, string>();
  for (const school of content.schools) if (school.schoolCode) fileOfCode.set(school.schoolCode, school.file);
  for (const match of plan.matches) if (match.code) fileOfCode.set(match.code, match.school.file);
  const tidied = new Map<(typeof plan.unmatched)[number], ReturnType<typeof tidyDistrict>>();
  const tidyOf = (group: (typeof plan.unmatched)[number]) => {
    if (!tidied.has(group)) tidied.set(group, tidyDistrict(mergeGeometry(group), { toleranceDeg: tolerance }));
    return tidied.get(group);
  };
  newPlan = planNewSchools(newSchoolRows, {
    dataLevel: layout.level,
    unmatched: plan.unmatched,
    dataCodes: new Set(data.features.flatMap((f) => (f.code ? [f.code] : []))),
    fileOfCode,
    bounds: site.map.bounds,
    districtOf: (group) => tidyOf(group as (typeof plan.unmatched)[number])?.geometry,
  });
  // Ids in use: every file in schools/, also those that do not load.
  const taken = new Set(content.schools.map((s) => s.id));
  for (const name of await readdir(path.join(dir, 'schools')).catch(() => [] as string[])) {
    taken.add(name.replace(/\.ya?ml$/, ''));
  }
  for (const candidate of newPlan.candidates) {
    const tidy = tidyOf(candidate.group)!;
    const id = newSchoolId(candidate.facts.nameKana, candidate.facts.level, candidate.facts.schoolCode, taken);
    taken.add(id);
    const file = `schools/${id}.yaml`;
    files.set(
      file,
      newSchoolYaml(candidate.facts, tidy.geometry, {
        header: `学校コード・名称・所在地と校区の境界は ${layout.label}（${fileName}）、よみと位置は ${newSchoolsName} から / Code, name, address and boundary from ${layout.id} (${fileName}); reading and point from ${newSchoolsName}`,
        district: comment,
      }),
    );
    newSchoolOf.set(file, { ...candidate, id, positions: tidy.positionsAfter });
  }
}

const failed = new Set<string>();
for (;;) {
  const overlay = new Map([...files].map(([file, text]) => [file, new TextEncoder().encode(text)]));
  const checked = await loadContent(dir, { overlay });
  const errors = errorsOf(checked.problems).filter((p) => files.has(p.file));
  if (errors.length === 0) break;
  for (const problem of errors) {
    files.delete(problem.file);
    failed.add(problem.file);
    const created = newSchoolOf.get(problem.file);
    if (created) {
      const column = columnOfField(problem.field) ?? problem.field;
      say(`${newSchoolsName}:${created.row}:${column}: ${problem.message}（${problem.file}）`, true);
      continue;
    }
    const match = matchOf.get(problem.file)!;
    say(`${where(match.features)}: ${problem.field}: ${problem.message}（${problem.file}）`, true);
  }
}

const OUTCOME = { new: '新規 / new', updated: '更新 / updated', unchanged: '変更なし / unchanged' } as const;
for (const match of [...plan.matches].sort((a, b) => a.features[0]!.index - b.features[0]!.index)) {
  if (failed.has(match.school.file)) continue;
  const via = match.via === 'code' ? '学校コードで / by code' : '名前で / by name';
  const renamed = match.dataName ? `・データの名前「${match.dataName}」/ named "${match.dataName}" in the data` : '';
  say(
    `${where(match.features)}: ${label(match.features)} → ${match.school.file}: ${OUTCOME[match.outcome]}（${via}・${match.positionsBefore} → ${match.positionsAfter} 点 / positions${renamed}）`,
  );
}
if (newPlan) {
  for (const problem of newPlan.problems) say(formatRowProblem(newSchoolsName!, problem), true);
  for (const [file, created] of newSchoolOf) {
    if (created.warning) say(formatRowProblem(newSchoolsName!, created.warning), true);
    if (failed.has(file)) continue;
    say(
      `${newSchoolsName}:${created.row}: ${label(created.group)} → ${file}: 学校ファイル新規 / new school file（${where(created.group)}・${created.positions} 点 / positions）`,
    );
  }
  for (const { row, code, file } of newPlan.existing) {
    say(`${newSchoolsName}:${row}: ${code} → ${file}: 学校ファイルはもうあります / The school file exists already`);
  }
}
const templateRows = new Map<(typeof plan.unmatched)[number], number>();
if (templateTarget !== undefined) plan.unmatched.forEach((group, i) => templateRows.set(group, i + 2));
const createdGroups = new Set(
  [...newSchoolOf].filter(([file]) => !failed.has(file)).map(([, created]) => created.group),
);
for (const group of plan.unmatched) {
  if (createdGroups.has(group)) continue;
  const row = templateRows.get(group);
  if (row !== undefined) {
    say(
      `${where(group)}: ${label(group)}: 学校のファイルがありません → ${path.basename(templateTarget!)}:${row} / No school file: row ${row} of the template`,
    );
    continue;
  }
  say(
    `${where(group)}: ${label(group)}: この地域の校区ですが、学校のファイルがありません。よみがな（nameKana）と学校の位置（lat・lng）がデータにないため、書きません。--init-new-schools <new.csv> で作るひな形によみ・緯度・経度を書いて --new-schools <new.csv> で取り込むか、schools/<id>.yaml に name・nameKana・level・lat・lng${group[0]!.code ? ` と schoolCode: ${group[0]!.code}` : ''} を書いて、もう一度実行してください / A district in the region with no school file: the data has no reading or school location, so nothing is written; fill in the template --init-new-schools writes and import it with --new-schools, or add the school file${group[0]!.code ? ` with schoolCode: ${group[0]!.code}` : ''} and run again`,
    true,
  );
}
for (const { features, schools } of plan.ambiguous) {
  say(
    `${where(features)}: ${label(features)}: ${schools.map((s) => s.file).join('・')} のどれの校区か決められません。学校ファイルに schoolCode を書いてください / Cannot tell which school this district belongs to; give the school files their schoolCode`,
    true,
  );
}
for (const group of plan.empty) {
  say(
    `${where(group)}: ${label(group)}: 簡略化すると形が残りません（--tolerance を小さく）/ Nothing of the shape is left after simplifying (try a smaller --tolerance)`,
    true,
  );
}
for (const school of plan.missing) {
  say(
    `${school.file}: ${school.name}${school.schoolCode ? `（${school.schoolCode}）` : ''}: データにこの学校の校区がありません${school.district ? '（今の境界はそのまま）' : ''} / No district for this school in the data${school.district ? ' (its current boundary is kept)' : ''}`,
    true,
  );
}
for (const code of plan.unknownCodes) {
  say(
    `${fileName}: --codes ${code}: この学校コードの校区はデータにありません / No district with this school code in the data`,
    true,
  );
}
if (plan.notSelected > 0) {
  say(
    `${fileName}: --codes にない学校 ${plan.notSelected} 校は見ていません / ${plan.notSelected} schools not in --codes were left as they are`,
  );
}
if (plan.outside > 0) {
  say(
    `${fileName}: 地域の外の地物 ${plan.outside} 件（ほかの区・市。取り込みません）/ ${plan.outside} features outside the region (other wards and cities; not imported)`,
  );
}

// 国土数値情報's terms: cite the source, say it was edited, never present it as the government's.
if (!site.schoolDistrictSource) {
  say(
    `site.yaml: schoolDistrictSource がありません。国土数値情報の利用規約により、出典と加工したことをサイトに示す必要があります。次のように書いてください / No schoolDistrictSource: the terms require the source, and that it was edited, on the site; add for example:`,
    true,
  );
  console.log(
    [
      'schoolDistrictSource:',
      `  attribution: 「国土数値情報（${DATA_NAME[layout.level]}）」（国土交通省）をもとに${site.publisher}が加工して作成`,
      `  url: ${DOWNLOAD[layout.level]}`,
    ].join('\n'),
  );
}
if (layout.id !== 'A27-2010') {
  console.log(
    `${fileName}: 令和3年度以降のデータの zip には市区町村ごとの利用条件（R3_Terms_of_use_municipality_data.xlsx）があります。公開の前にこの市の行を確かめてください / Zips from R3 on hold per-municipality terms (R3_Terms_of_use_municipality_data.xlsx): check your city's row before publishing`,
  );
}

const written = plan.matches.filter((m) => !failed.has(m.school.file));
const count = (outcome: string) => written.filter((m) => m.outcome === outcome).length;
const created = [...newSchoolOf.keys()].filter((file) => !failed.has(file)).length;
const createdJa = newPlan ? `・学校ファイル新規 ${created}` : '';
const createdEn = newPlan ? `, ${created} new school files` : '';
const summary = `${layout.id}：一致 ${written.length}（新規 ${count('new')}・更新 ${count('updated')}・変更なし ${count('unchanged')}）${createdJa}・要確認 ${attention} / ${written.length} matched (${count('new')} new, ${count('updated')} updated, ${count('unchanged')} unchanged)${createdEn}, ${attention} need attention`;
if (templateTarget !== undefined) {
  // The template is the only thing this run writes: the districts follow with --new-schools.
  const rows = plan.unmatched.length;
  const where_ = path.basename(templateTarget);
  if (rows === 0) {
    console.log(
      `${where_}: 学校ファイルのない校区はありません。ひな形は作りません / No district lacks a school file: no template written`,
    );
  } else if (values['dry-run']) {
    console.log(`${where_}: ${rows} 行のひな形を書くところです / Would write a template of ${rows} rows`);
  } else {
    try {
      await writeFile(templateTarget, newSchoolTemplate(plan.unmatched), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        usage(
          `${templateTarget}: もうあるファイルには書きません。別の名前にするか、消してからもう一度 / The file exists: it is never overwritten; pick another name or remove it first`,
        );
      }
      throw error;
    }
    console.log(
      `${templateTarget} に ${rows} 校のひな形を書きました。よみ（ひらがなかカタカナ）・緯度・経度を書いて、--new-schools ${where_} で取り込んでください。学校の位置は、国土数値情報の「学校」（P29、https://nlftp.mlit.go.jp/ksj/ ）の点か、地図アプリで学校の住所を調べて写します（README の「校区の境界を取り込む」） / Wrote a template of ${rows} schools to ${templateTarget}: fill in よみ (reading), 緯度 (latitude) and 経度 (longitude), then import it with --new-schools; take points from 国土数値情報 P29 (schools) or the school's address in a map app`,
    );
  }
  console.log(summary);
  console.log('学校ファイルは書いていません / No school file written');
} else if (values['dry-run']) {
  console.log(summary);
  console.log('--dry-run：何も書いていません / Nothing written');
} else {
  for (const [file, text] of files) {
    // A new school file never replaces one that appeared meanwhile.
    await writeFile(path.join(dir, file), text, newSchoolOf.has(file) ? { flag: 'wx' } : {});
  }
  console.log(summary);
}
// Not process.exit(): it can cut off output still on its way down a pipe.
process.exitCode = attention > 0 ? 1 : 0;
