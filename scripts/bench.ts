/**
 * `npm run bench [-- 1000 5000]`: generates N synthetic listings into a
 * temporary content folder (with this project's site.yaml and schools), then
 * prints how long validation and a full `astro build` take, and how large the
 * built site is, and how long `npm run import --dry-run` takes on a generated
 * messy 5,000-row ward list (bench-import-table.ts). Figures, not pass/fail:
 * compare them across changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { errorsOf } from '../src/core/problems.ts';
import { KIND_VALUES } from '../src/schema/vocabulary.ts';
import { measureSite } from './bench-browser.ts';
import { toPublicListing } from '../src/lib/privacy/public-listing.ts';
import { districtCounts } from '../src/lib/gaps/district-counts.ts';
import { districtDetail } from '../src/lib/gaps/district-detail.ts';
import { districtAreas } from '../src/lib/schools/district-areas.ts';
import { SCHOOL_LEVEL_VALUES } from '../src/schema/vocabulary.ts';
import { messyTable, random, type MessyLayout } from './bench-import-table.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const sizes = counts.length > 0 ? counts : [1000, 2000, 5000];
const withBrowser = !process.argv.includes('--no-browser');
const source = contentDirFromEnv();

const SCHEDULES = [
  "schedule:\n  - freq: monthly\n    byDay: [2SA, 4SA]\n    opens: '11:00'\n    closes: '14:00'\nclosedOnHolidays: true",
  "schedule:\n  - freq: weekly\n    byDay: [MO, TU, WE, TH, FR]\n    opens: '10:00'\n    closes: '16:00'",
  "schedule:\n  - freq: monthly\n    byDay: [-1SA]\n    opens: '17:00'\n    closes: '19:00'",
  "schedule:\n  - freq: weekly\n    interval: 2\n    startDate: 2026-04-01\n    byDay: [WE]\n    opens: '16:00'\n    closes: '18:30'",
  'scheduleNote: 月に1回程度。日程は電話でお問い合わせください。',
];

/** Readings must be hiragana, so numbers are spelt with one kana per digit. */
function kanaNumber(n: number): string {
  return [...String(n)].map((d) => 'ぜいにさよごろなはく'[Number(d)]).join('');
}

function listing(i: number, next: () => number, bounds: { south: number; west: number; north: number; east: number }) {
  const kind = KIND_VALUES[i % KIND_VALUES.length]!;
  const lat = (bounds.south + 0.002 + next() * (bounds.north - bounds.south - 0.004)).toFixed(5);
  const lng = (bounds.west + 0.002 + next() * (bounds.east - bounds.west - 0.004)).toFixed(5);
  const approximate = i % 7 === 0;
  const extra =
    kind === 'free-school'
      ? '\nfreeSchool:\n  grades: [elementary, junior-high]\n  attendanceCredit: consult\n  visits: true'
      : kind === 'volunteer'
        ? '\nvolunteer:\n  direction: offer\n  activities: [調理, 学習支援]'
        : kind === 'consultation'
          ? '\nconsultation:\n  topics: [子育て, 不登校]'
          : '';
  const location = approximate
    ? `location:\n  area: ベンチ町${i % 50}丁目付近\n  lat: ${lat}\n  lng: ${lng}\n  precision: approximate`
    : `location:\n  placeName: ベンチ会館 ${i}\n  address: 大阪府堺市西区ベンチ町0丁目0-${i}\n  lat: ${lat}\n  lng: ${lng}\n  precision: exact`;
  return `---
kind: ${kind}
name: ベンチマーク施設 ${i}
nameKana: べんちまーくしせつ ${kanaNumber(i)}
summary: 性能を測るために生成した架空の掲載情報 ${i} 番です。
${location}
${SCHEDULES[i % SCHEDULES.length]}
audience:
  groups: [elementary, junior-high]
cost:
  options:
    - for: child
      yen: 0
    - for: adult
      yen: 300
services: [meal, study]${extra}
contact:
  phone: 072-000-${String(i % 10000).padStart(4, '0')}
  phoneConsent: ${i % 3 === 0 ? 'false' : 'true'}
status: ${i % 20 === 0 ? 'paused' : 'active'}
verified:
  date: 2026-10-01
  by: operator
  source: ベンチマーク
sample: true
---
生成された説明文です。**太字**や[リンク](https://example.jp/${i})も含みます。

- 一つ目
- 二つ目
`;
}

async function directorySize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const base = await loadContent(source);
if (!base.site) throw new Error(`${source}/site.yaml is missing or invalid: run npm run validate`);

/** site.yaml names the languages of its help pages, whose texts (an optional folder) belong beside it. */
async function copyHelpLines(dir: string): Promise<void> {
  const from = path.join(source, 'help-lines');
  if (existsSync(from)) await cp(from, path.join(dir, 'help-lines'), { recursive: true });
}

/** A content folder with this project's site.yaml and schools and no listings, for an import to go into. */
async function emptyContent(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'listings'), { recursive: true });
  await cp(path.join(source, 'site.yaml'), path.join(dir, 'site.yaml'));
  await cp(path.join(source, 'schools'), path.join(dir, 'schools'), { recursive: true });
  await copyHelpLines(dir);
  return dir;
}

/** `npm run import --dry-run` of a file into an empty folder, as ward staff would run it: seconds and the counts line. */
function timeImport(
  file: string,
  contentDir: string,
  args: readonly string[] = [],
): { seconds: number; summary: string } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), file, ...args, '--dry-run'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const summary =
    run.stdout.split('\n').find((line) => /^\d+行：/.test(line)) ?? `exit ${run.status}: ${run.stderr.slice(0, 200)}`;
  return { seconds, summary };
}

/** The generated messy ward list, in both layouts, imported with --dry-run. */
const IMPORT_ROWS = 5000;
const importRows: string[] = [];
{
  const work = await mkdtemp(path.join(tmpdir(), 'kodomo-bench-import-'));
  try {
    const empty = await emptyContent(path.join(work, 'content'));
    const layouts: Array<[MessyLayout, string, string[]]> = [
      ['old', '公共施設一覧（推奨データセット）', ['--kind', 'kodomo-shokudo']],
      ['official', '子育て施設一覧（正式版）', []],
    ];
    for (const [layout, label, args] of layouts) {
      const table = messyTable({ rows: IMPORT_ROWS, layout, bounds: base.site.map.bounds });
      const file = path.join(work, `messy-${layout}.csv`);
      await writeFile(file, table.bytes);
      const { seconds, summary } = timeImport(file, empty, args);
      importRows.push(
        `${label} | ${(table.bytes.length / 1024).toFixed(0)} KB | ${seconds.toFixed(1)} s | ${summary} | ${table.bad.length} rows made bad`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log('listings | validate (ms) | build (s) | pages | dist (MB) | calendar.ics (KB)');
console.log('---------|---------------|-----------|-------|-----------|------------------');
const browserRows: string[] = [];
const directoryRows: string[] = [];
const dataRows: string[] = [];
const gapRows: string[] = [];
for (const n of sizes) {
  const work = await mkdtemp(path.join(tmpdir(), `kodomo-bench-${n}-`));
  try {
    const content = path.join(work, 'content');
    await mkdir(path.join(content, 'listings'), { recursive: true });
    await cp(path.join(source, 'site.yaml'), path.join(content, 'site.yaml'));
    await cp(path.join(source, 'schools'), path.join(content, 'schools'), { recursive: true });
    await copyHelpLines(content);
    const next = random(n);
    // The consultation centre named in site.yaml must exist among the listings.
    const centre = base.site.consultationCenter.listing;
    if (centre) await cp(path.join(source, 'listings', `${centre}.md`), path.join(content, 'listings', `${centre}.md`));
    await Promise.all(
      Array.from({ length: n - (centre ? 1 : 0) }, (_, i) =>
        writeFile(path.join(content, 'listings', `bench-${i}.md`), listing(i, next, base.site!.map.bounds)),
      ),
    );

    const t0 = performance.now();
    const checked = await loadContent(content);
    const validateMs = performance.now() - t0;
    const errors = errorsOf(checked.problems);
    if (errors.length > 0) throw new Error(`generated content has ${errors.length} errors, e.g. ${errors[0]!.message}`);

    const outDir = path.join(work, 'dist');
    const t1 = performance.now();
    const build = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CONTENT_DIR: content,
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_CACHE_DIR: path.join(work, 'cache'),
        },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const buildS = (performance.now() - t1) / 1000;
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    const size = await directorySize(outDir);
    const pages = (await readdir(outDir, { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
    const calendarKB = (await stat(path.join(outDir, 'calendar.ics'))).size / 1024;
    console.log(
      `${String(n).padStart(8)} | ${validateMs.toFixed(0).padStart(13)} | ${buildS.toFixed(1).padStart(9)} | ${String(pages).padStart(5)} | ${(size.bytes / 2 ** 20).toFixed(1).padStart(9)} | ${calendarKB.toFixed(0).padStart(16)}`,
    );
    // Open data: each file's size, and importing the exported 子育て施設一覧 back into an empty folder.
    const dataDir = path.join(outDir, 'data');
    const dataFiles = (await readdir(dataDir)).filter((f) => !f.endsWith('.html')).sort();
    const dataSizes = await Promise.all(
      dataFiles.map(async (f) => `${f} ${((await stat(path.join(dataDir, f))).size / 1024).toFixed(0)} KB`),
    );
    const preschool = dataFiles.find((f) => f.endsWith('_preschool.csv'));
    let importFigure = 'no 子育て施設一覧 (site.yaml has no openData)';
    if (preschool) {
      const empty = await emptyContent(path.join(work, 'empty'));
      const { seconds, summary } = timeImport(path.join(dataDir, preschool), empty);
      importFigure = `${seconds.toFixed(1)} s (${summary.split(' / ')[0]})`;
    }
    // The gap view: its pages' sizes, and the time to work out every district's counts, areas and details.
    const gapPages = (await readdir(path.join(outDir, 'gaps'), { recursive: true }))
      .map(String)
      .filter((f) => f.endsWith('.html'));
    const gapSizes = await Promise.all(gapPages.map(async (f) => (await stat(path.join(outDir, 'gaps', f))).size));
    const t3 = performance.now();
    const publicListings = checked.listings.map((entry) =>
      toPublicListing(entry.id, entry.data, entry.body, checked.schools),
    );
    const t4 = performance.now();
    for (const level of SCHOOL_LEVEL_VALUES) {
      for (const row of districtCounts(checked.schools, publicListings, level))
        districtDetail(row, publicListings, level);
      districtAreas(checked.schools, level, base.site!.map.bounds);
    }
    const gapMs = performance.now() - t4;
    gapRows.push(
      `${String(n).padStart(8)} | ${String(gapPages.length).padStart(5)} | ${((await stat(path.join(outDir, 'gaps/index.html'))).size / 1024).toFixed(0).padStart(11)} | ${(Math.max(...gapSizes) / 1024).toFixed(0).padStart(16)} | ${gapMs.toFixed(0).padStart(13)} (public listings ${(t4 - t3).toFixed(0)} ms)`,
    );
    dataRows.push(
      `${String(n).padStart(8)} | ${dataSizes.join(', ')} | import --dry-run of the exported list: ${importFigure}`,
    );
    if (withBrowser) {
      const f = await measureSite(outDir, 'bench-0');
      browserRows.push(
        [
          String(n).padStart(8),
          f.directoryJsGzipKB.toFixed(1).padStart(10),
          f.mapJsGzipKB.toFixed(1).padStart(9),
          String(f.listingPageJsFiles).padStart(10),
          `${f.searchDataKB.toFixed(0)} / ${f.searchDataGzipKB.toFixed(0)}`.padStart(15),
          `${(f.searchDataKB / (n / 1000)).toFixed(0)} / ${(f.searchDataGzipKB / (n / 1000)).toFixed(0)}`.padStart(14),
          f.keystrokeP50Ms.toFixed(1).padStart(8),
          f.keystrokeP95Ms.toFixed(1).padStart(8),
          (f.mapLongestTaskMs === 0 ? '<50' : f.mapLongestTaskMs.toFixed(0)).padStart(9),
          f.agendaReadyMs.toFixed(0).padStart(10),
          f.submitJsGzipKB.toFixed(1).padStart(9),
          f.formKeystrokeP95Ms.toFixed(1).padStart(8),
        ].join(' | '),
      );
      directoryRows.push(
        `${String(n).padStart(8)} | ${f.firstResultDataGzipKB.toFixed(0).padStart(28)} | ${f.largestHtmlKB.toFixed(0).padStart(17)}`,
      );
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

console.log(
  '\nOpen data (/data/): file sizes, and `npm run import --dry-run` of the built 子育て施設一覧 into an empty folder:',
);
for (const row of dataRows) console.log(row);

console.log(
  '\nThe gap view (/gaps/): built pages, sizes, and the time to work out every district (counts, details, map areas):',
);
console.log('listings | pages | /gaps/ (KB) | largest page (KB) | model (ms)');
console.log('---------|-------|-------------|-------------------|-----------');
for (const row of gapRows) console.log(row);

console.log(
  `\nImport of a generated messy ward list (CP932 CSV, ${IMPORT_ROWS} rows, bench-import-table.ts), \`npm run import --dry-run\` into an empty folder:`,
);
console.log('layout | file | time | summary | bad rows generated');
for (const row of importRows) console.log(row);

if (browserRows.length > 0) {
  console.log('\nIn headless Chromium (JS gzipped; search data raw / gzipped; keystroke = input to painted results):');
  console.log(
    'listings | list JS KB | +map KB | listing JS | search KB (all) | per 1000 KB | key p50 | key p95 | map task | agenda ms | form JS KB | form key p95',
  );
  console.log(
    '---------|-----------|---------|------------|-----------------|-------------|---------|---------|----------|-----------|-----------|-------------',
  );
  for (const row of browserRows) console.log(row);
  console.log(
    '(key times in ms; "map task" is the longest main-thread task in ms while zooming and panning the map; the browser reports only tasks over 50 ms; "agenda ms" is from opening /schedule/ the day after the build to its 14 days redrawn; "form key p95" is a character typed into /submit/ until the re-checked draft is painted)',
  );
  console.log('\nThe directory at scale: data fetched before its first results (gzipped), and the largest built page:');
  console.log('listings | data before first result (KB) | largest HTML (KB)');
  console.log('---------|------------------------------|------------------');
  for (const row of directoryRows) console.log(row);
}
