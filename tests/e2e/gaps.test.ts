/**
 * The gap view as ward staff and a would-be provider use it: the counts on
 * the page and in the CSV equal an independent count over the content files
 * through the one district rule; the table works without JavaScript and at
 * 320 px; sorting, the map's kind switch and its area links work by keyboard;
 * the table prints on A4 landscape; a district's page leads to the form
 * opened for that district; and removing a district's cafeterias turns it to
 * 0 and 「なし」.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { cellCentre } from '../../src/lib/geo.ts';
import { districtOf } from '../../src/lib/schools/district.ts';
import { KIND_VALUES, type Kind, type SchoolLevel } from '../../src/schema/vocabulary.ts';
import { vocabulary } from '../../src/i18n/ja/vocabulary.ts';
import { launchBrowser } from '../../scripts/browser.ts';
import { audit, openOffline } from './support/axe.ts';
import { ROOT, astroBuild } from './support/build.ts';
import { serveStatic } from '../../scripts/static-server.ts';

const siteUrl = inject('siteUrl');
const run = promisify(execFile);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Counts per district and kind, straight from the files: active listings, placed by districtOf. */
async function independentCounts(contentDir: string, level: SchoolLevel) {
  const content = await loadContent(contentDir);
  const counts = new Map<string, Record<Kind, number>>();
  for (const school of content.schools.filter((s) => s.level === level))
    counts.set(school.id, Object.fromEntries(KIND_VALUES.map((k) => [k, 0])) as Record<Kind, number>);
  for (const { data } of content.listings) {
    if (data.status !== 'active') continue;
    const location = data.location;
    // Measured from what is published: an approximate place from its grid cell's centre.
    const point = location && (location.precision === 'approximate' ? cellCentre(location) : location);
    const match = districtOf(point, content.schools, level, data.schoolDistrict);
    if (match) counts.get(match.school.id)![data.kind] += 1;
  }
  return counts;
}

async function tableCounts(page: Page) {
  return page.locator('[data-gap-table] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-district')!,
      counts: Object.fromEntries(
        [...row.querySelectorAll('[data-kind]')].map((cell) => [
          cell.getAttribute('data-kind')!,
          { count: Number(cell.getAttribute('data-count')), text: cell.textContent!.trim() },
        ]),
      ),
    })),
  );
}

async function csvRows(response: Response): Promise<string[][]> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\ufeff')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('the gap view', () => {
  it('counts, on the page and in the CSV, what an independent count of the files finds', async () => {
    const contentDir = path.join(ROOT, 'content');
    const csv = await csvRows(await fetch(`${siteUrl}data/school-district-counts.csv`));
    const header = csv[0]!;
    for (const [level, url] of [
      ['elementary', 'gaps/'],
      ['junior-high', 'gaps/junior-high/'],
    ] as const) {
      const expected = await independentCounts(contentDir, level);
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${siteUrl}${url}`);
      const rows = await tableCounts(page);
      expect(rows.map((row) => row.id).sort()).toEqual([...expected.keys()].sort());
      for (const row of rows) {
        for (const kind of KIND_VALUES) {
          const want = expected.get(row.id)![kind];
          expect(row.counts[kind]!.count, `${row.id} ${kind}`).toBe(want);
          // A zero is said in words, not by colour or a blank.
          expect(row.counts[kind]!.text).toBe(want === 0 ? '0（なし）' : String(want));
          const csvRow = csv.find((r) => r[0] === row.id)!;
          expect(csvRow[header.indexOf(vocabulary.kind[kind])], `CSV ${row.id} ${kind}`).toBe(String(want));
        }
      }
      if (level === 'elementary') {
        const without = [...expected.values()].filter((c) => c['kodomo-shokudo'] === 0).length;
        // The demo leaves at least three elementary districts without a 子ども食堂.
        expect(without).toBeGreaterThanOrEqual(3);
        expect(await page.locator('[data-summary="kodomo-shokudo"] [data-without]').textContent()).toBe(
          `子ども食堂のない小学校区：${without}／${expected.size}`,
        );
        const short = await page.locator('[data-goal-state="short"]').count();
        expect(short).toBe(without);
      }
      await page.close();
    }
  });

  it('lists for editors the listings the validator calls stale, by district, with public contacts only', async () => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts/validate.ts')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: path.join(ROOT, 'content'), NO_COLOR: '1' },
    });
    const warned = [...stdout.matchAll(/^listings\/([a-z0-9-]+)\.md: verified\.date: 警告/gm)].map((m) => m[1]);
    expect(warned.length).toBeGreaterThan(0);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}gaps/`);
    const listed = await page
      .locator('[data-stale]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-stale')));
    expect(listed.sort()).toEqual(warned.sort());
    // Under the gap view's bound nothing is left out; each district's page lists its own.
    await expect(page.locator('[data-stale-more]').count()).resolves.toBe(0);
    const byDistrict = await page.locator('.gap-stale h3 a').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href')!,
        ids: [...a.closest('h3')!.nextElementSibling!.querySelectorAll('[data-stale]')].map((li) =>
          li.getAttribute('data-stale'),
        ),
      })),
    );
    expect(byDistrict.length).toBeGreaterThan(0);
    for (const { href, ids } of byDistrict) {
      await page.goto(new URL(href, siteUrl).href);
      await expect(
        page.locator('[data-stale]').evaluateAll((items) => items.map((i) => i.getAttribute('data-stale'))),
        href,
      ).resolves.toEqual(ids);
    }
    await page.close();
  });

  it('reads at 320 px without sideways scrolling, and sorts by keyboard with the order announced', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${siteUrl}gaps/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const sort = page.getByRole('button', { name: '子ども食堂で並べ替え' });
    await sort.focus();
    await page.keyboard.press('Enter');
    const header = page.locator('th', { has: sort });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await page
      .locator('[data-gap-table] tbody [data-kind="kodomo-shokudo"]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-count'))));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.locator('[data-sort-status]').textContent()).toBe('子ども食堂の少ない順に並べ替えました');
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('draws the map as an enhancement: a kind switch by keyboard recolours it, and each area links to its district', async () => {
    const page = await openOffline(browser);
    await page.goto(`${siteUrl}gaps/`);
    const map = page.locator('[data-gap-map]');
    await expect.poll(() => map.getAttribute('data-ready')).toBe('true');
    const labels = page.locator('.gap-label a');
    const districts = await page
      .locator('[data-gap-table] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-district')));
    // Every area drawn is a district of the table (one that boundaries cover entirely has nothing to draw).
    const areas = await labels.evaluateAll((links) => links.map((link) => link.getAttribute('data-area')));
    expect(areas.length).toBeGreaterThan(districts.length / 2);
    for (const area of areas) expect(districts).toContain(area);
    // Approximate areas are drawn dashed; the demo has both kinds of area.
    expect(await page.locator('path[stroke-dasharray]').count()).toBeGreaterThan(0);
    expect(await page.locator('path:not([stroke-dasharray])').count()).toBeGreaterThan(0);
    const fills = () =>
      page.locator('.leaflet-overlay-pane path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
    const before = await fills();
    expect(before).toContain('url(#gap-hatch)');
    await page.getByRole('radio', { name: 'フリースクール' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => map.getAttribute('data-kind')).toBe('free-school');
    expect(await fills()).not.toEqual(before);
    // With the map drawn and recoloured, the page still passes axe at WCAG 2.2 AA.
    expect(await audit(page, 'gaps/ (map drawn, free schools)')).toEqual([]);
    // Each count is a link with a name that says the district, the kind and the number.
    const first = labels.first();
    expect(await first.getAttribute('aria-label')).toMatch(
      /^.+校区(（おおよその範囲）)?：フリースクール (0か所（なし）|[1-9]\d*か所)（くわしく見る）$/,
    );
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gaps\/districts\/[a-z0-9-]+\/$/);
    await page.close();
  });

  it('prints the table on A4 landscape pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}gaps/`);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.close();
    const dir = await mkdtemp(path.join(tmpdir(), 'gaps-pdf-'));
    try {
      const file = path.join(dir, 'gaps.pdf');
      await import('node:fs/promises').then((fs) => fs.writeFile(file, pdf));
      const { stdout } = await run('pdfinfo', [file]);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout)!;
      // A4 landscape is 842 × 595 points.
      expect(Math.round(Number(size[1]))).toBe(842);
      expect(Math.round(Number(size[2]))).toBe(595);
      const pages = Number(/Pages:\s+(\d+)/.exec(stdout)![1]);
      expect(pages).toBeLessThanOrEqual(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives a district without a cafeteria its nearest one, helpers, the opening support and the form opened for it', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}gaps/`);
    const zero = page.locator('[data-gap-table] tbody tr', {
      has: page.locator('[data-kind="kodomo-shokudo"][data-count="0"]'),
    });
    const id = await zero.first().getAttribute('data-district');
    await page.goto(`${siteUrl}gaps/districts/${id}/`);
    expect(await page.locator('[data-kind="kodomo-shokudo"] h3').textContent()).toBe('子ども食堂：0（なし）');
    const missing = page.locator('[data-missing="kodomo-shokudo"]');
    expect(await missing.textContent()).toMatch(/いちばん近いのは .+（学校から約 [\d.]+ (m|km)）/);
    expect(await page.getByRole('heading', { name: 'この校区で始めたい方へ' }).count()).toBe(1);
    expect(await page.locator('.district-start').textContent()).toContain('開設支援補助金');
    const submit = page.locator('[data-submit-kind="kodomo-shokudo"]');
    await submit.click();
    await page.waitForURL(/\/submit\/\?kind=kodomo-shokudo&district=/);
    // The form starts a new listing as a 子ども食堂 in this district.
    const kind = page.getByRole('radio', { name: '子ども食堂', exact: true });
    await expect.poll(() => kind.isChecked()).toBe(true);
    await page.close();
  });
});

describe('a district that loses its cafeterias', () => {
  let work: string;
  afterAll(() => work && rm(work, { recursive: true, force: true }));

  it('turns to 0 and 「なし」 on the page and in the CSV', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'kodomo-gaps-'));
    const content = path.join(work, 'content');
    await cp(path.join(ROOT, 'content'), content, { recursive: true });
    const counts = await independentCounts(content, 'elementary');
    const [target] = [...counts.entries()].sort((a, b) => b[1]['kodomo-shokudo'] - a[1]['kodomo-shokudo'])[0]!;
    const loaded = await loadContent(content);
    for (const { file, data } of loaded.listings) {
      if (data.kind !== 'kodomo-shokudo') continue;
      const point =
        data.location && (data.location.precision === 'approximate' ? cellCentre(data.location) : data.location);
      if (districtOf(point, loaded.schools, 'elementary', data.schoolDistrict)?.school.id === target)
        await rm(path.join(content, file));
    }
    const dist = path.join(work, 'dist');
    const result = await astroBuild({ outDir: dist, env: { CONTENT_DIR: content } });
    expect(result.code, result.output).toBe(0);
    const server = await serveStatic(dist);
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${server.url}gaps/`);
      const cell = page.locator(`tr[data-district="${target}"] [data-kind="kodomo-shokudo"]`);
      expect(await cell.textContent()).toBe('0（なし）');
      expect(
        await page.locator(`tr[data-district="${target}"] [data-goal-state]`).getAttribute('data-goal-state'),
      ).toBe('short');
      await page.close();
      const csv = await csvRows(await fetch(`${server.url}data/school-district-counts.csv`));
      const row = csv.find((r) => r[0] === target)!;
      expect(row[csv[0]!.indexOf('子ども食堂')]).toBe('0');
      expect(row.at(-1)).toBe('未達');
    } finally {
      await server.close();
    }
  }, 600_000);
});
