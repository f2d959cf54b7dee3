/**
 * `npm run bench [-- 1000 5000] [--large] [--demo-region] [--no-browser]`:
 * generates a prefecture-sized region (Osaka prefecture's bounding box, about
 * 60 × 87 km), 600 elementary and 250 junior-high schools spread over it, a
 * site.yaml derived from this project's with that region's bounds, and N
 * synthetic listings, into a temporary content folder (no real data); then
 * prints how long validation and a full `astro build` take, the build's peak
 * memory, how large the built site is (in all, per listing, per route, the
 * largest page and data files), and how long `npm run import --dry-run` takes
 * on a generated messy 5,000-row ward list (bench-import-table.ts). `--large`
 * measures 5,000, 20,000 and 50,000 listings; `--demo-region` keeps this
 * project's own site.yaml and schools instead. Figures, not pass/fail: compare
 * them across changes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
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
const sizes = counts.length > 0 ? counts : process.argv.includes('--large') ? [5000, 20000, 50000] : [1000, 2000, 5000];
const withBrowser = !process.argv.includes('--no-browser');
const demoRegion = process.argv.includes('--demo-region');
/** The build gets this much heap, the budget for a 50,000-listing build: going over fails it rather than swapping. */
const BUILD_HEAP_MB = 4096;
/** Listing files written at once. */
const WRITE_BATCH = 500;

/** Osaka prefecture's bounding box: a real prefecture's size, with synthetic schools and listings in it. */
const PREFECTURE = {
  name: '大阪府（ベンチマーク）',
  nameEn: 'Osaka Prefecture (benchmark)',
  bounds: { south: 34.27, west: 135.09, north: 35.05, east: 135.75 },
};
const SCHOOL_COUNTS = { elementary: 600, 'junior-high': 250 } as const;
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

type Bounds = { south: number; west: number; north: number; east: number };

/** This project's site.yaml with the prefecture's name, bounds and a view of all of it: every other setting as shipped. */
function prefectureSite(yaml: string): string {
  const { south, west, north, east } = PREFECTURE.bounds;
  const replaced = yaml
    .replace(/^( {2}name: ).*$/m, `$1${PREFECTURE.name}`)
    .replace(/^( {2}nameEn: ).*$/m, `$1${PREFECTURE.nameEn}`)
    .replace(
      /^( {2}center: ).*$/m,
      `$1{ lat: ${((south + north) / 2).toFixed(3)}, lng: ${((west + east) / 2).toFixed(3)} }`,
    )
    .replace(/^( {2}zoom: ).*$/m, '$110')
    .replace(/^( {2}bounds: ).*$/m, `$1{ south: ${south}, west: ${west}, north: ${north}, east: ${east} }`);
  if (!replaced.includes(`north: ${north}`)) throw new Error('site.yaml has no map.bounds line to replace');
  return replaced;
}

/** The schools of a prefecture, in content/schools' schema: points only (no boundaries), so districts go to the nearest school. */
async function writeSchools(dir: string): Promise<void> {
  const next = random(7);
  const { south, west, north, east } = PREFECTURE.bounds;
  const files: Array<Promise<void>> = [];
  for (const [level, count] of Object.entries(SCHOOL_COUNTS)) {
    const [suffix, word, reading] =
      level === 'elementary' ? ['es', '小学校', 'しょうがっこう'] : ['jhs', '中学校', 'ちゅうがっこう'];
    for (let i = 0; i < count; i++) {
      const lat = (south + 0.01 + next() * (north - south - 0.02)).toFixed(4);
      const lng = (west + 0.01 + next() * (east - west - 0.02)).toFixed(4);
      const kana = `べんち${kanaNumber(i)}`;
      files.push(
        writeFile(
          path.join(dir, `bench-${suffix}-${i}.yaml`),
          `name: ${kana}${word}\nnameKana: ${kana}${reading}\nlevel: ${level}\nlat: ${lat}\nlng: ${lng}\nsample: true\n`,
        ),
      );
    }
  }
  await Promise.all(files);
}

/** site.yaml, schools and help-line texts for a bench: the prefecture's (or, with --demo-region, this project's own). */
async function regionContent(dir: string): Promise<Bounds> {
  await mkdir(path.join(dir, 'listings'), { recursive: true });
  await copyHelpLines(dir);
  if (demoRegion) {
    await cp(path.join(source, 'site.yaml'), path.join(dir, 'site.yaml'));
    await cp(path.join(source, 'schools'), path.join(dir, 'schools'), { recursive: true });
    return base.site!.map.bounds;
  }
  await writeFile(path.join(dir, 'site.yaml'), prefectureSite(await readFile(path.join(source, 'site.yaml'), 'utf8')));
  await mkdir(path.join(dir, 'schools'));
  await writeSchools(path.join(dir, 'schools'));
  return PREFECTURE.bounds;
}

/** One listing in ten was last confirmed long ago, so the gap view's list of stale listings is measured at scale too. */
function listing(i: number, next: () => number, bounds: Bounds) {
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
  date: ${i % 10 === 5 ? '2024-06-01' : '2026-10-01'}
  by: operator
  source: ベンチマーク
sample: true
---
生成された説明文です。**太字**や[リンク](https://example.jp/${i})も含みます。

- 一つ目
- 二つ目
`;
}

/**
 * `astro build` in a child Node with the heap budget, as an npm script would run it. The child
 * reports its own peak resident memory as it exits (the build runs in that one process, its
 * workers included), and its log's per-page times are kept for the route table.
 */
function buildSite(
  content: string,
  outDir: string,
  cacheDir: string,
): Promise<{ status: number | null; stdout: string; stderr: string; maxRssKB: number }> {
  const report =
    "process.on('exit',()=>process.stderr.write('\\nBENCH_MAX_RSS_KB='+process.resourceUsage().maxRSS+'\\n'))";
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${BUILD_HEAP_MB}`,
        '--import',
        `data:text/javascript,${encodeURIComponent(report)}`,
        path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--outDir',
        outDir,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir },
      },
    );
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const stderr = err.join('');
      resolve({
        status,
        stdout: out.join(''),
        stderr,
        maxRssKB: Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0),
      });
    });
  });
}

async function builtFiles(dir: string): Promise<Array<{ path: string; bytes: number }>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Promise.all(
    entries.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return { path: path.relative(dir, full), bytes: (await stat(full)).size };
    }),
  );
}

/** A built file's route: the locale prefix dropped and generated listing and school ids written `*`. */
function routeOf(file: string): string {
  return (
    file
      .replace(/^(en|easy)\//, '')
      .replace(/bench-(es-|jhs-)?\d+/g, '*')
      .replace(/^listings\/nishi-kodomo-katei-center/, 'listings/*') || file
  );
}

/** Per route, the count and bytes of its files and, from the build log's "(+12ms)" per page, its render time. */
function routeTable(files: ReadonlyArray<{ path: string; bytes: number }>, log: string): string[] {
  const routes = new Map<string, { files: number; bytes: number; largest: number; ms: number }>();
  const row = (route: string) => {
    let r = routes.get(route);
    if (!r) routes.set(route, (r = { files: 0, bytes: 0, largest: 0, ms: 0 }));
    return r;
  };
  for (const f of files) {
    const r = row(routeOf(f.path));
    r.files++;
    r.bytes += f.bytes;
    r.largest = Math.max(r.largest, f.bytes);
  }
  // Astro logs each page as "  ├─ /listings/x/index.html (+3ms)"; the path is dist's, less the base.
  for (const m of log.matchAll(/[├└]─ \/?(\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    row(routeOf(m[1]!)).ms += ms;
  }
  return [...routes]
    .filter(([, r]) => r.files > 0)
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .slice(0, 25)
    .map(
      ([route, r]) =>
        `${route} | ${r.files} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${(r.largest / 1024).toFixed(0)} | ${(r.ms / 1000).toFixed(1)}`,
    );
}

const base = await loadContent(source);
if (!base.site) throw new Error(`${source}/site.yaml is missing or invalid: run npm run validate`);

/** site.yaml names the languages of its help pages, whose texts (an optional folder) belong beside it. */
async function copyHelpLines(dir: string): Promise<void> {
  const from = path.join(source, 'help-lines');
  if (existsSync(from)) await cp(from, path.join(dir, 'help-lines'), { recursive: true });
}

/** A content folder with the bench's site.yaml and schools and no listings, for an import to go into. */
async function emptyContent(dir: string): Promise<string> {
  await regionContent(dir);
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
console.log(
  `region: ${demoRegion ? `this project's site.yaml and ${base.schools.length} schools` : `${PREFECTURE.name}, ${SCHOOL_COUNTS.elementary} + ${SCHOOL_COUNTS['junior-high']} generated schools`}; build heap limit ${BUILD_HEAP_MB} MB`,
);
console.log(
  'listings | validate (ms) | build (s) | peak (MB) |  pages | dist (MB) | per listing (KB) | largest page (KB)      | calendar.ics (KB)',
);
console.log(
  '---------|---------------|-----------|-----------|--------|-----------|------------------|------------------------|------------------',
);
const routeRows: Array<{ n: number; routes: string[] }> = [];
const largestRows: string[] = [];
const browserRows: string[] = [];
const directoryRows: string[] = [];
const dataRows: string[] = [];
const gapRows: string[] = [];
const boundedRows: string[] = [];
for (const n of sizes) {
  const work = await mkdtemp(path.join(tmpdir(), `kodomo-bench-${n}-`));
  try {
    const content = path.join(work, 'content');
    const bounds = await regionContent(content);
    const next = random(n);
    // The consultation centre named in site.yaml must exist among the listings.
    const centre = base.site.consultationCenter.listing;
    if (centre) await cp(path.join(source, 'listings', `${centre}.md`), path.join(content, 'listings', `${centre}.md`));
    // A few hundred files at a time: all at once, 20,000 open files pass the usual limit (EMFILE).
    const texts = Array.from({ length: n - (centre ? 1 : 0) }, (_, i) => listing(i, next, bounds));
    for (let start = 0; start < texts.length; start += WRITE_BATCH) {
      await Promise.all(
        texts
          .slice(start, start + WRITE_BATCH)
          .map((text, offset) => writeFile(path.join(content, 'listings', `bench-${start + offset}.md`), text)),
      );
    }

    const t0 = performance.now();
    const checked = await loadContent(content);
    const validateMs = performance.now() - t0;
    const errors = errorsOf(checked.problems);
    if (errors.length > 0) throw new Error(`generated content has ${errors.length} errors, e.g. ${errors[0]!.message}`);

    const outDir = path.join(work, 'dist');
    const t1 = performance.now();
    const build = await buildSite(content, outDir, path.join(work, 'cache'));
    const buildS = (performance.now() - t1) / 1000;
    if (build.status !== 0)
      throw new Error(`build failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
    const files = await builtFiles(outDir);
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    const html = files.filter((f) => f.path.endsWith('.html'));
    const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    // The pages that list places near a school or in a district, which must not grow with the listings.
    const largestOf = (pattern: RegExp) =>
      html
        .filter((f) => pattern.test(f.path))
        .reduce<{ path: string; bytes: number } | undefined>((a, b) => (a && a.bytes >= b.bytes ? a : b), undefined);
    const figure = (f: { path: string; bytes: number } | undefined) =>
      f ? `${(f.bytes / 1024).toFixed(0)} (${f.path})` : '-';
    boundedRows.push(
      [
        String(n).padStart(8),
        figure(largestOf(/^(?:(?:en|easy)\/)?schools\/[^/]+\/index\.html$/)),
        figure(largestOf(/^embed\/schools\/[^/]+\/index\.html$/)),
        // Any page of a level's table: /gaps/, /gaps/junior-high/ and their later pages.
        figure(largestOf(/^(?:(?:en|easy)\/)?gaps\/(?:(?!districts\/)[^/]+\/)?(?:page\/\d+\/)?index\.html$/)),
        figure(largestOf(/^(?:(?:en|easy)\/)?gaps\/districts\/[^/]+\/index\.html$/)),
      ].join(' | '),
    );
    const calendarKB = (await stat(path.join(outDir, 'calendar.ics'))).size / 1024;
    console.log(
      [
        String(n).padStart(8),
        validateMs.toFixed(0).padStart(13),
        buildS.toFixed(1).padStart(9),
        (build.maxRssKB / 1024).toFixed(0).padStart(9),
        String(html.length).padStart(6),
        (bytes / 2 ** 20).toFixed(1).padStart(9),
        (bytes / n / 1024).toFixed(1).padStart(12),
        `${largest.path} ${(largest.bytes / 1024).toFixed(0)}`.padStart(24),
        calendarKB.toFixed(0).padStart(16),
      ].join(' | '),
    );
    routeRows.push({ n, routes: routeTable(files, build.stdout) });
    largestRows.push(
      `${String(n).padStart(8)} | ${files
        .filter((f) => !f.path.endsWith('.html'))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 6)
        .map((f) => `${f.path} ${(f.bytes / 1024).toFixed(0)} KB`)
        .join(', ')}`,
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
      districtAreas(checked.schools, level, bounds);
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
          f.keystrokeWorkP95Ms.toFixed(1).padStart(13),
          (f.mapLongestTaskMs === 0 ? '<50' : f.mapLongestTaskMs.toFixed(0)).padStart(9),
          `${f.agendaRedrawMs.toFixed(0)} / ${f.agendaReadyMs.toFixed(0)} / ${f.agendaRulesRedrawMs.toFixed(0)}`.padStart(
            29,
          ),
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

for (const { n, routes } of routeRows) {
  console.log(`\nWhere the bytes and time go at ${n} listings (route: files, total, largest; build log time):`);
  console.log('route | files | total (MB) | largest (KB) | render (s)');
  console.log('------|-------|------------|--------------|-----------');
  for (const row of routes) console.log(row);
}

console.log('\nThe largest files that are not pages:');
for (const row of largestRows) console.log(row);

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
  '\nPages that must not grow with the listings (largest built page in KB, every locale; the budget is 300 KB):',
);
console.log('listings | school page | school embed | /gaps/ (a level) | district page');
console.log('---------|-------------|--------------|------------------|--------------');
for (const row of boundedRows) console.log(row);

console.log(
  `\nImport of a generated messy ward list (CP932 CSV, ${IMPORT_ROWS} rows, bench-import-table.ts), \`npm run import --dry-run\` into an empty folder:`,
);
console.log('layout | file | time | summary | bad rows generated');
for (const row of importRows) console.log(row);

if (browserRows.length > 0) {
  console.log('\nIn headless Chromium (JS gzipped; search data raw / gzipped; keystroke = input to painted results):');
  console.log(
    'listings | list JS KB | +map KB | listing JS | search KB (all) | per 1000 KB | key p50 | key p95 | key work p95 | map task | agenda redraw / open / from rules | form JS KB | form key p95',
  );
  console.log(
    '---------|-----------|---------|------------|-----------------|-------------|---------|---------|--------------|----------|-------------------------------|-----------|-------------',
  );
  for (const row of browserRows) console.log(row);
  console.log(
    '(key times in ms; "key work p95" is from the input to the directory’s last change to the page, before the frame that paints it; "map task" is the longest main-thread task in ms while zooming and panning the map; the browser reports only tasks over 50 ms; "agenda redraw / open / from rules" is the 14 days redrawn for the day it is read, from the agenda’s script starting (its data fetched and read included), then from opening /schedule/, both from the build’s days ahead (any day of the month after a build, without filters), then the redraw from every listing’s rules (with a filter, or later); "form key p95" is a character typed into /submit/ until the re-checked draft is painted)',
  );
  console.log('\nThe directory at scale: data fetched before its first results (gzipped), and the largest built page:');
  console.log('listings | data before first result (KB) | largest HTML (KB)');
  console.log('---------|------------------------------|------------------');
  for (const row of directoryRows) console.log(row);
}

// ---- Lighthouse on the demo site (scripts/bench-lighthouse.ts) ----
// The budgets are for the demo content the issue names (and its pages), so
// the demo is built apart from the synthetic sizes above, into a temporary folder.
if (withBrowser && !process.argv.includes('--no-lighthouse')) {
  const { lighthousePaths, lighthouseScores, lighthouseTable, tilePatterns } = await import('./bench-lighthouse.ts');
  const { serveStatic } = await import('./static-server.ts');
  const work = await mkdtemp(path.join(tmpdir(), 'kodomo-bench-lighthouse-'));
  try {
    const outDir = path.join(work, 'dist');
    const build = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: path.join(work, 'cache') },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    if (build.status !== 0) throw new Error(`demo build failed:\n${build.stderr}`);
    const server = await serveStatic(outDir, '/', { gzip: true });
    try {
      const rows = await lighthouseScores(server.url, await lighthousePaths(outDir), {
        blockedUrlPatterns: await tilePatterns(source),
        runs: 3,
      });
      console.log(
        '\nLighthouse on the demo site, median of 3 runs (`node scripts/bench-lighthouse.ts dist` audits an existing build):',
      );
      console.log(lighthouseTable(rows));
    } finally {
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
