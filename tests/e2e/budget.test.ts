/**
 * JavaScript budgets, in gzipped bytes of what each page actually loads:
 * sizes, not timings, so the check is stable on any machine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function scriptsOf(page: Page, action: () => Promise<unknown>): Promise<{ names: string[]; gzipKB: number }> {
  const urls: string[] = [];
  const listener = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  };
  page.on('request', listener);
  await action();
  page.off('request', listener);
  let bytes = 0;
  for (const url of urls) bytes += gzipSync(await readFile(path.join(distDir, new URL(url).pathname))).length;
  return { names: urls.map((u) => path.basename(new URL(u).pathname)), gzipKB: bytes / 1024 };
}

it('the directory loads at most 40 KB before the map, and the map at most 60 KB more', async () => {
  const page = await browser.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const list = await scriptsOf(page, async () => {
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
  });
  expect(list.gzipKB).toBeGreaterThan(1);
  expect(list.gzipKB).toBeLessThanOrEqual(40);
  const map = await scriptsOf(page, async () => {
    await page.click('[data-map-toggle]');
    await page.waitForSelector('.leaflet-marker-icon');
  });
  expect(map.gzipKB).toBeGreaterThan(30);
  expect(map.gzipKB).toBeLessThanOrEqual(60);
  await page.close();
});

it('a listing page loads no map, search or schema code', async () => {
  const page = await browser.newPage();
  const loaded = await scriptsOf(page, async () => {
    await page.goto(`${siteUrl}listings/otori-minna-shokudo/`);
    await page.waitForSelector('[data-next-dates][data-ready="true"]');
  });
  expect(loaded.names.filter((name) => /directory|leaflet|fuse|search|zod/i.test(name))).toEqual([]);
  // Next dates and the print-list button; the schedule words' chunk is shared with the submission form.
  // 9 KB: 6.03 KB measured once the listing words moved into the dictionary; 8.49 KB once next dates
  // write their facts in the page's language (the loader of a locale's facts, with Vite's preload
  // helper, and the furigana writer); 9.16 KB with the language switcher's memory on every page;
  // 9.84 KB with the offline notice and the service worker's registration on every page; 10.25 KB
  // once expanding schedules reads each date's facts and compiles each rule once (the agenda at scale).
  expect(loaded.gzipKB).toBeLessThanOrEqual(10.5);
  await page.close();
});

it('the agenda loads no map or search engine code, at most 20 KB', async () => {
  const page = await browser.newPage();
  const loaded = await scriptsOf(page, async () => {
    await page.goto(`${siteUrl}schedule/`);
    await page.waitForSelector('[data-agenda-page][data-ready="true"]');
  });
  expect(loaded.names.filter((name) => /leaflet|fuse|zod/i.test(name))).toEqual([]);
  expect(loaded.gzipKB).toBeGreaterThan(1);
  expect(loaded.gzipKB).toBeLessThanOrEqual(20);
  await page.close();
});

// 174 KB: 170.2 KB measured and 4 KB to grow. The field catalogue took js-yaml and the issue-body
// reader out (170.1 → 158.8 KB); the steps' words, the listing view model and the schema's field
// descriptions brought it back, to 176.3 KB once the form took a listing's own translations and its
// words by locale. Then the browser's copy of the schema lost its .meta descriptions (−5.7 KB), and
// the review's preview (Markdown, listing view: −17.3 KB) and the schedule builder (−2.7 KB) came to
// load with their steps: 150.6 KB in Japanese; English and やさしい日本語 fetch their words on top
// (160.1 and 164.4 KB). The browser's zod became zod/mini under the same schema files (−13.7 KB):
// 138.7, 148.2 and 152.5 KB. Each budget is its measure and 1.5 KB to grow.
// React with react-dom is 66 KB of it; the schema, its messages, the form's words and the phone
// metadata are most of the rest.
const FORM_BUDGET_KB: Record<string, number> = { '': 140.5, 'en/': 150, 'easy/': 154 };
it('the submission form is the only page with React and the schema, within its budget before its map in every locale', async () => {
  for (const [prefix, budget] of Object.entries(FORM_BUDGET_KB)) {
    // A page of its own for each locale, so no script comes from the cache unseen.
    const page = await browser.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const form = await scriptsOf(page, async () => {
      await page.goto(`${siteUrl}${prefix}submit/`);
      await page.waitForSelector('[data-submit][data-ready="true"]');
    });
    expect(
      form.names.some((name) => /submit-form/.test(name)),
      prefix,
    ).toBe(true);
    expect(form.gzipKB, prefix).toBeLessThanOrEqual(budget);
    await page.close();
  }
  const page = await browser.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  // The preview and the schedule builder are fetched by their steps, not with the form.
  const form = await scriptsOf(page, async () => {
    await page.goto(`${siteUrl}submit/`);
    await page.waitForSelector('[data-submit][data-ready="true"]');
  });
  expect(form.names.filter((name) => /listing-preview|schedule-builder|micromark|markdown/i.test(name))).toEqual([]);
  for (const other of ['', 'listings/', 'listings/otori-minna-shokudo/', 'schools/otorigaoka-es/']) {
    const loaded = await scriptsOf(page, async () => {
      await page.goto(`${siteUrl}${other}`);
      await page.waitForLoadState('networkidle');
    });
    expect(
      loaded.names.filter((name) => /submit-form|client\.|react/i.test(name)),
      other,
    ).toEqual([]);
  }
  await page.close();
});
