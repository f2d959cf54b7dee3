/**
 * Lighthouse (mobile defaults: simulated slow 4G, 4× CPU slowdown) on a served
 * site with the local Chromium, page by page. Figures, not pass/fail: the
 * budgets (performance ≥ 95, the other categories 100, CLS ≤ 0.05) are printed
 * next to them so a regression shows.
 *
 *   node scripts/bench-lighthouse.ts [dist] [--runs N]   serves dist/ and audits the usual pages
 *                                              (each page's median of N runs; default 1)
 *   LIGHTHOUSE_JSON=dir …                      also writes each page's full report there
 *
 * The site is served gzipped, as static hosts serve it: transfer sizes are
 * what a phone would download.
 *
 * Map tiles cannot load without internet; they are blocked by URL (see
 * tilePatterns) so a page is scored on what it serves, with or without a network.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse } from 'yaml';
import { contentDirFromEnv } from '../src/lib/content/content-dir.ts';
import { chromiumPath } from './browser.ts';
import { serveStatic } from './static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
];

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits that cost points (score below 1 and weighted in a category), for finding out why. */
  failing: string[];
}

const score = (value: number | null | undefined): number => Math.round((value ?? 0) * 100);

/**
 * URL patterns for the map tile server named in `contentDir`/site.yaml. Without
 * internet every tile fails and logs a console error; a blocked request is one
 * Lighthouse leaves out of "errors in console", and the page is scored on what
 * it serves itself.
 */
export async function tilePatterns(contentDir: string): Promise<string[]> {
  const site = parse(await readFile(path.join(contentDir, 'site.yaml'), 'utf8')) as { tiles?: { url?: string } };
  const template = site.tiles?.url;
  return template ? [`${new URL(template.replace(/\{[a-z]\}/g, '0')).origin}/*`] : [];
}

/** Audits each path of `siteUrl` (which ends with '/') in turn in one Chromium. */
export async function lighthouseScores(
  siteUrl: string,
  paths: readonly string[],
  options: { blockedUrlPatterns?: string[]; runs?: number } = {},
): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
  const results: LighthouseScores[] = [];
  try {
    for (const page of paths) {
      // Lighthouse's own advice for variance is the median of several runs (by performance score).
      const runs: LighthouseScores[] = [];
      for (let i = 0; i < (options.runs ?? 1); i++) runs.push(await audit(page));
      runs.sort((a, b) => a.performance - b.performance);
      results.push(runs[Math.floor(runs.length / 2)]!);
    }
  } finally {
    chrome.kill();
  }
  return results;

  async function audit(page: string): Promise<LighthouseScores> {
    const url = new URL(page.replace(/^\//, ''), siteUrl).href;
    const runner = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      blockedUrlPatterns: options.blockedUrlPatterns ?? [],
    });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = runner;
    if (process.env.LIGHTHOUSE_JSON) {
      const file = path.join(process.env.LIGHTHOUSE_JSON, `${page.replace(/[^a-z0-9-]+/gi, '_')}.json`);
      await writeFile(file, JSON.stringify(lhr, null, 1));
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const weighted = new Set(
      Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    return {
      path: page,
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      bestPractices: score(lhr.categories['best-practices']?.score),
      seo: score(lhr.categories.seo?.score),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      failing,
    };
  }
}

/** The first page under `dir` by name; `areas/` and `page/` hold lists, not a listing or a school. */
async function firstEntry(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  const first = entries
    .filter((e) => e.isDirectory() && e.name !== 'areas' && e.name !== 'page')
    .map((e) => e.name)
    .sort()[0];
  if (!first) throw new Error(`nothing built under ${dir}`);
  return first;
}

/** The pages the budgets are for, with the first listing, school and school level found in `dist`. */
export async function lighthousePaths(dist: string): Promise<string[]> {
  const listing = await firstEntry(path.join(dist, 'listings'));
  const school = await firstEntry(path.join(dist, 'schools'));
  const levels = (await readdir(path.join(dist, 'gaps'), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name !== 'districts')
    .map((e) => e.name)
    .sort();
  return [
    '/',
    '/listings/',
    `/listings/${listing}/`,
    `/schools/${school}/`,
    '/schedule/',
    '/submit/',
    '/gaps/',
    ...(levels[0] ? [`/gaps/${levels[0]}/`] : []),
    '/en/',
    '/en/listings/',
  ];
}

const BUDGET = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100, cls: 0.05 };

/** A table of the scores, with '!' after a figure outside its budget. */
export function lighthouseTable(rows: readonly LighthouseScores[]): string {
  const mark = (ok: boolean) => (ok ? ' ' : '!');
  const width = Math.max(4, ...rows.map((r) => r.path.length));
  const lines = [
    `${'page'.padEnd(width)} | perf | a11y | b.p. |  seo |   CLS  |  LCP ms | TBT ms`,
    `${'-'.repeat(width)}-|------|------|------|------|--------|---------|-------`,
  ];
  for (const r of rows) {
    lines.push(
      [
        r.path.padEnd(width),
        `${String(r.performance).padStart(3)}${mark(r.performance >= BUDGET.performance)}`,
        `${String(r.accessibility).padStart(3)}${mark(r.accessibility >= BUDGET.accessibility)}`,
        `${String(r.bestPractices).padStart(3)}${mark(r.bestPractices >= BUDGET.bestPractices)}`,
        `${String(r.seo).padStart(3)}${mark(r.seo >= BUDGET.seo)}`,
        `${r.cls.toFixed(3).padStart(5)}${mark(r.cls <= BUDGET.cls)}`,
        r.lcpMs.toFixed(0).padStart(7),
        r.tbtMs.toFixed(0).padStart(6),
      ].join(' | '),
    );
  }
  const failing = rows.filter((r) => r.failing.length > 0);
  if (failing.length > 0) {
    lines.push('', 'Audits that cost points:');
    for (const r of failing) lines.push(`  ${r.path}: ${r.failing.join(', ')}`);
  }
  lines.push(
    `(mobile: simulated slow 4G, 4× CPU; budget perf ≥ ${BUDGET.performance}, others 100, CLS ≤ ${BUDGET.cls}; "!" = outside it)`,
  );
  return lines.join('\n');
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
  const dist = path.resolve(args[0] ?? 'dist');
  if (process.env.LIGHTHOUSE_JSON) await mkdir(process.env.LIGHTHOUSE_JSON, { recursive: true });
  const server = await serveStatic(dist, '/', { gzip: true });
  try {
    const rows = await lighthouseScores(server.url, await lighthousePaths(dist), {
      blockedUrlPatterns: await tilePatterns(contentDirFromEnv()),
      runs,
    });
    console.log(lighthouseTable(rows));
  } finally {
    await server.close();
  }
}
