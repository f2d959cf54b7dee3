/**
 * The gap view as ward staff and a would-be provider use it: the counts on
 * the page and in the CSV equal an independent count over the content files
 * through the one district rule; the table works without JavaScript and at
 * 320 px; sorting, the map's kind switch and its area links work by keyboard;
 * the table prints on A4 landscape; a district's page leads to the form
 * opened for that district; a region with more districts than a page holds
 * lists each exactly once over pages linked without JavaScript, with the
 * summary bounded; and removing a district's cafeterias turns it to 0 and
 * 「なし」.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { cellCentre } from '../../src/lib/geo.ts';
import { districtOf } from '../../src/lib/schools/district.ts';
import { GAP_SUMMARY_NAMES, GAP_TABLE_PER_PAGE } from '../../src/lib/gaps/gap-pages.ts';
import { KIND_VALUES, type Kind, type SchoolLevel } from '../../src/schema/vocabulary.ts';
import { vocabulary } from '../../src/i18n/ja/vocabulary.ts';
import { launchBrowser } from '../../scripts/browser.ts';
import { audit, openOffline, whenScriptsReady } from './support/axe.ts';
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
      // The demo's districts fit one page: no page links, no range in the caption.
      expect(await page.locator('[data-pagination]').count()).toBe(0);
      expect(await page.locator('[data-zero-more]').count()).toBe(0);
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
    // The district is checked against the schools' ids, fetched with the form, then filled in on the place step.
    await page.waitForSelector('[data-submit][data-known-ids="loaded"]');
    await page.locator('.submit-steps__button').nth(1).click();
    await expect.poll(() => page.locator('input[data-field="schoolDistrict"]').inputValue()).toBe(id);
    await page.close();
  });
});

/** Follows a table's page links without JavaScript from its first page, gathering each page's rows and caption. */
async function tablePages(page: Page, first: string) {
  const pages: Array<{
    url: string;
    caption: string;
    from: number;
    to: number;
    total: number;
    rows: Awaited<ReturnType<typeof tableCounts>>;
  }> = [];
  let url: string | undefined = first;
  while (url) {
    await page.goto(url);
    const table = page.locator('[data-gap-table]');
    pages.push({
      url,
      caption: (await table.locator('caption').textContent())!.trim(),
      from: Number(await table.getAttribute('data-from')),
      to: Number(await table.getAttribute('data-to')),
      total: Number(await table.getAttribute('data-total')),
      rows: await tableCounts(page),
    });
    const next = page.locator('[data-pagination] a[rel="next"]');
    url = (await next.count()) > 0 ? new URL((await next.getAttribute('href'))!, url).href : undefined;
  }
  return pages;
}

/**
 * A region with more elementary districts than a page of the table holds:
 * the demo's schools and GAP_TABLE_PER_PAGE more, generated in its bounds,
 * and one district's cafeterias removed.
 */
describe('a region with more districts than a page holds, and a district that loses its cafeterias', () => {
  let work: string;
  let content: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let target: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'kodomo-gaps-'));
    content = path.join(work, 'content');
    await cp(path.join(ROOT, 'content'), content, { recursive: true });
    const { south, west, north, east } = (await loadContent(content)).site!.map.bounds;
    const digits = (n: number) => [...String(n)].map((d) => 'ぜいにさよごろなはく'[Number(d)]).join('');
    await Promise.all(
      Array.from({ length: GAP_TABLE_PER_PAGE }, (_, i) =>
        writeFile(
          path.join(content, 'schools', `extra-${i}-es.yaml`),
          `name: ついか${digits(i)}小学校\nnameKana: ついか${digits(i)}しょうがっこう\nlevel: elementary\n` +
            `lat: ${(south + ((north - south) * ((i % 10) + 0.5)) / 10).toFixed(4)}\n` +
            `lng: ${(west + ((east - west) * (Math.floor(i / 10) + 0.5)) / 10).toFixed(4)}\nsample: true\n`,
        ),
      ),
    );
    const counts = await independentCounts(content, 'elementary');
    [target] = [...counts.entries()].sort((a, b) => b[1]['kodomo-shokudo'] - a[1]['kodomo-shokudo'])[0]!;
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
    server = await serveStatic(dist);
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('lists every district exactly once over pages of at most GAP_TABLE_PER_PAGE rows, linked without JavaScript', async () => {
    const expected = await independentCounts(content, 'elementary');
    const page = await browser.newPage({ javaScriptEnabled: false });
    const pages = await tablePages(page, `${server.url}gaps/`);
    expect(pages.length).toBe(Math.ceil(expected.size / GAP_TABLE_PER_PAGE));
    expect(pages.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const shown of pages) {
      expect(shown.rows.length, shown.url).toBeLessThanOrEqual(GAP_TABLE_PER_PAGE);
      // Each page says which districts it holds, in the order the pages run.
      expect([shown.from, shown.to, shown.total]).toEqual([
        seen.length + 1,
        seen.length + shown.rows.length,
        expected.size,
      ]);
      expect(shown.caption).toBe(
        `小学校区ごとの、種類別の掲載数（全${expected.size}校区のうち${shown.from}〜${shown.to}校区目）`,
      );
      for (const row of shown.rows)
        for (const kind of KIND_VALUES)
          expect(row.counts[kind]!.count, `${row.id} ${kind}`).toBe(expected.get(row.id)![kind]);
      seen.push(...shown.rows.map((row) => row.id));
    }
    expect(seen.length).toBe(new Set(seen).size);
    expect(seen.sort()).toEqual([...expected.keys()].sort());
    // The districts without a 子ども食堂 come first: no page lists one after a district that has one.
    const zeros = pages.flatMap((p) => p.rows).map((row) => row.counts['kodomo-shokudo']!.count === 0);
    expect(zeros.indexOf(false)).toBe(zeros.filter(Boolean).length);
    expect(new URL(pages[1]!.url).pathname).toBe('/gaps/page/2/');

    // The summary stays whole and names the first districts without a 子ども食堂, then counts the rest.
    await page.goto(`${server.url}gaps/page/2/`);
    const without = [...expected.values()].filter((c) => c['kodomo-shokudo'] === 0).length;
    expect(without).toBeGreaterThan(GAP_SUMMARY_NAMES);
    const zeroList = page.locator('[data-summary="kodomo-shokudo"] [data-zero-list]');
    expect(await zeroList.locator('a:not([data-zero-more])').count()).toBe(GAP_SUMMARY_NAMES);
    expect((await zeroList.locator('[data-zero-more]').textContent())!.trim()).toBe(
      `ほか${without - GAP_SUMMARY_NAMES}校区（表に、足りない校区から順に）`,
    );
    expect(await page.locator('[data-summary="kodomo-shokudo"] [data-without]').textContent()).toBe(
      `子ども食堂のない小学校区：${without}／${expected.size}`,
    );
    await page.close();
  });

  it('says that sorting and printing cover the page, sorts that page, and passes axe', async () => {
    const page = await openOffline(browser);
    await page.goto(`${server.url}gaps/page/2/`);
    await whenScriptsReady(page);
    expect(await page.locator('[data-sort-scope-note]').textContent()).toBe(
      '見出しのボタンで並べ替えられるのは、このページの校区だけです。',
    );
    expect(await page.locator('[data-paged-note] a').getAttribute('href')).toBe('/data/school-district-counts.csv');
    expect(await page.locator('[data-print-gaps]').textContent()).toContain('このページの表を印刷する');
    const rows = await page.locator('[data-gap-table] tbody tr').count();
    const sort = page.getByRole('button', { name: '子ども食堂で並べ替え' });
    await sort.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-sort-status]').textContent())
      .toBe('このページの校区を、子ども食堂の少ない順に並べ替えました');
    expect(await page.locator('[data-gap-table] tbody tr').count()).toBe(rows);
    expect(await audit(page, 'gaps/page/2/ (sorted)')).toEqual([]);
    await page.close();
  });

  it('turns the district to 0 and 「なし」 on the page and in the CSV', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const pages = await tablePages(page, `${server.url}gaps/`);
    const shown = pages.find((p) => p.rows.some((row) => row.id === target))!;
    expect(shown.rows.find((row) => row.id === target)!.counts['kodomo-shokudo']).toEqual({
      count: 0,
      text: '0（なし）',
    });
    await page.goto(shown.url);
    expect(await page.locator(`tr[data-district="${target}"] [data-goal-state]`).getAttribute('data-goal-state')).toBe(
      'short',
    );
    await page.close();
    const csv = await csvRows(await fetch(`${server.url}data/school-district-counts.csv`));
    const row = csv.find((r) => r[0] === target)!;
    expect(row[csv[0]!.indexOf('子ども食堂')]).toBe('0');
    expect(row.at(-1)).toBe('未達');
    // The CSV keeps every district, however many pages the table takes.
    expect(csv.filter((r) => r[3] === '小学校区').length).toBe((await independentCounts(content, 'elementary')).size);
  });
});
