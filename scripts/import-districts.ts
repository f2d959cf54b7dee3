/**
 * `npm run import-districts -- <A27-or-A32.geojson> [options]`: school-district
 * boundaries from 国土数値情報 小学校区 (A27) or 中学校区 (A32) into the
 * `district` and `schoolCode` of CONTENT_DIR/schools/<id>.yaml.
 *
 *   --codes B1…,B1…   take exactly the districts with these 学校コード
 *   --city 27140      also take districts of this 行政区域コード whose name matches a school file
 *   --tolerance 2e-5  simplification tolerance in degrees (0: round only)
 *   --dry-run         write nothing; print what would happen
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
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorsOf, formatProblem } from '../src/core/problems.ts';
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { DEFAULT_TOLERANCE_DEG } from '../src/lib/import/district-geometry.ts';
import {
  DistrictFileError,
  cityCode,
  planDistricts,
  readDistrictFile,
  type DistrictFeature,
} from '../src/lib/import/districts.ts';
import { decodeText } from '../src/lib/import/read-table.ts';
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
    '使い方 / Usage: npm run import-districts -- <A27-or-A32.geojson> [--codes B1…,B1…] [--city <行政区域コード>] [--tolerance <degrees>] [--dry-run]',
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
    },
  });
} catch (error) {
  usage(`引数が読めません / ${(error as Error).message}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) usage('校区の GeoJSON ファイルを1つ指定してください / Give one district GeoJSON file');
const source = positionals[0]!;
const fileName = path.basename(source);

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
const failed = new Set<string>();
for (;;) {
  const overlay = new Map([...files].map(([file, text]) => [file, new TextEncoder().encode(text)]));
  const checked = await loadContent(dir, { overlay });
  const errors = errorsOf(checked.problems).filter((p) => files.has(p.file));
  if (errors.length === 0) break;
  for (const problem of errors) {
    files.delete(problem.file);
    failed.add(problem.file);
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
for (const group of plan.unmatched) {
  say(
    `${where(group)}: ${label(group)}: この地域の校区ですが、学校のファイルがありません。よみがな（nameKana）と学校の位置（lat・lng）がデータにないため、書きません。schools/<id>.yaml に name・nameKana・level・lat・lng${group[0]!.code ? ` と schoolCode: ${group[0]!.code}` : ''} を書いて、もう一度実行してください / A district in the region with no school file: the data has no reading or school location, so nothing is written; add the school file${group[0]!.code ? ` with schoolCode: ${group[0]!.code}` : ''} and run again`,
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
const summary = `${layout.id}：一致 ${written.length}（新規 ${count('new')}・更新 ${count('updated')}・変更なし ${count('unchanged')}）・要確認 ${attention} / ${written.length} matched (${count('new')} new, ${count('updated')} updated, ${count('unchanged')} unchanged), ${attention} need attention`;
if (values['dry-run']) {
  console.log(summary);
  console.log('--dry-run：何も書いていません / Nothing written');
} else {
  for (const [file, text] of files) await writeFile(path.join(dir, file), text);
  console.log(summary);
}
// Not process.exit(): it can cut off output still on its way down a pipe.
process.exitCode = attention > 0 ? 1 : 0;
