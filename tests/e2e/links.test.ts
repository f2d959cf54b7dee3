/**
 * Every internal link and asset resolves under a sub-path (as GitHub Pages
 * project sites serve it; tests/e2e/site/links.test.ts checks the domain root
 * for any content), because every URL goes
 * through Astro's `base` and `site`: pages, data files, calendar files and
 * the QR codes printed from them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { serveStatic, type RunningServer } from '../../scripts/static-server.ts';
import { astroBuild } from './support/build.ts';
import { crawl } from './support/crawl.ts';
import { decodeQr } from './support/qr.ts';

/** Every string in a JSON value, wherever it sits. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsIn);
}

/** The URLs in an iCalendar file, read after unfolding its 75-octet lines. */
function urlsInCalendar(text: string): string[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(/https?:\/\/[^\s\\;,"<>]+/g)].map((m) => m[0]);
}

describe('links', () => {
  describe('under a sub-path', () => {
    const SITE = 'https://example.github.io';
    const BASE = `${SITE}/kodomo-map/`;
    let work: string;
    let server: RunningServer;
    let browser: Browser | undefined;
    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'kodomo-base-'));
      const build = await astroBuild({
        outDir: path.join(work, 'dist'),
        env: { BASE_PATH: '/kodomo-map/', SITE_URL: 'https://example.github.io' },
      });
      if (build.code !== 0) throw new Error(build.output);
      server = await serveStatic(path.join(work, 'dist'), '/kodomo-map/');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (work) await rm(work, { recursive: true, force: true });
    });

    /** The Chromium for the tests that need one, started on first use. */
    async function theBrowser(): Promise<Browser> {
      browser ??= await launchBrowser();
      return browser;
    }

    it('all resolve and stay under the sub-path', async () => {
      const result = await crawl(server.url);
      expect(result.broken).toEqual([]);
      expect(result.outsideBase).toEqual([]);
      expect(result.pages).toBeGreaterThan(50);
    });

    it('give absolute URLs on the configured site', async () => {
      const html = await (await fetch(`${server.url}listings/otori-minna-shokudo/`)).text();
      expect(html).toContain('"url":"https://example.github.io/kodomo-map/listings/otori-minna-shokudo/"');
      expect(html).toContain(
        '<link rel="canonical" href="https://example.github.io/kodomo-map/listings/otori-minna-shokudo/"',
      );
    });

    it('put the site and sub-path into every URL of the print data', async () => {
      const response = await fetch(`${server.url}print-data.json`);
      expect(response.status).toBe(200);
      const entries = (await response.json()) as Record<string, { url: string }>;
      expect(Object.keys(entries).length).toBeGreaterThan(10);
      for (const [id, entry] of Object.entries(entries)) expect(entry.url).toBe(`${BASE}listings/${id}/`);
      const ownUrls = stringsIn(entries).filter((s) => s.startsWith(SITE));
      expect(ownUrls.filter((u) => !u.startsWith(BASE))).toEqual([]);
      expect(stringsIn(entries).filter((s) => /^\/(?!kodomo-map\/)/.test(s))).toEqual([]);
    });

    it('put the site and sub-path into the calendar files', async () => {
      const all = await fetch(`${server.url}calendar.ics`);
      expect(all.status).toBe(200);
      const allUrls = urlsInCalendar(await all.text()).filter((u) => u.startsWith(SITE));
      expect(allUrls.length).toBeGreaterThan(10);
      expect(allUrls.filter((u) => !u.startsWith(`${BASE}listings/`))).toEqual([]);

      const one = await fetch(`${server.url}listings/otori-minna-shokudo.ics`);
      expect(one.status).toBe(200);
      const text = (await one.text()).replace(/\r?\n[ \t]/g, '');
      expect(text).toContain(`URL;VALUE=URI:${BASE}listings/otori-minna-shokudo/`);
      expect(urlsInCalendar(text).filter((u) => u.startsWith(SITE) && !u.startsWith(BASE))).toEqual([]);
    });

    it('leave no path in the search data that escapes the sub-path', async () => {
      const response = await fetch(`${server.url}search-data.json`);
      expect(response.status).toBe(200);
      const strings = stringsIn(await response.json());
      expect(strings.length).toBeGreaterThan(100);
      expect(strings.filter((s) => /^\/(?!kodomo-map\/)/.test(s))).toEqual([]);
      expect(strings.filter((s) => s.startsWith(SITE) && !s.startsWith(BASE))).toEqual([]);
    });

    it('keep the directory’s links under the sub-path once its script has run', async () => {
      const { page } = await newPage(await theBrowser());
      await page.goto(`${server.url}listings/`);
      await page.waitForSelector('[data-directory][data-ready="true"]');
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const own = hrefs.filter((href) => href.startsWith(new URL(server.url).origin));
      expect(own.length).toBeGreaterThan(20);
      expect(own.filter((href) => !new URL(href).pathname.startsWith('/kodomo-map/'))).toEqual([]);
      await page.context().close();
    });

    it('open the correction form from a listing page, with its data fetched under the sub-path', async () => {
      const { page, requests } = await newPage(await theBrowser());
      await page.goto(`${server.url}listings/otori-minna-shokudo/`);
      await page.click('[data-correction-link]');
      await page.waitForSelector('[data-submit][data-ready="true"][data-mode="correction"]');
      expect(new URL(page.url()).pathname).toBe('/kodomo-map/submit/');
      expect(await page.locator('input[data-field="name"]').inputValue()).toBe('おおとりみんな食堂');
      const own = requests.filter((url) => url.origin === new URL(server.url).origin);
      expect(own.some((url) => url.pathname === '/kodomo-map/submit/edit/otori-minna-shokudo.json')).toBe(true);
      expect(own.filter((url) => !url.pathname.startsWith('/kodomo-map/'))).toEqual([]);
      await page.context().close();
    });

    it('print QR codes that open the page under the sub-path', async () => {
      const { page } = await newPage(await theBrowser(), { deviceScaleFactor: 2 });
      // A school page, printed: its own code and one for each listing.
      await page.goto(`${server.url}schools/otorigaoka-es/`);
      await page.emulateMedia({ media: 'print' });
      await expect(decodeQr(page.locator('.school-page-qr .qr'))).resolves.toBe(`${BASE}schools/otorigaoka-es/`);
      const entry = page.locator('.school-entry').first();
      const id = await entry.getAttribute('data-listing-id');
      await expect(decodeQr(entry.locator('.qr'))).resolves.toBe(`${BASE}listings/${id}/`);

      // The print list draws its codes in the browser, from the print data.
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${server.url}listings/`);
      await page.waitForSelector('[data-directory][data-ready="true"]');
      const button = page.locator('.listing-list > li:not([hidden]) [data-select-id]').first();
      const chosen = await button.getAttribute('data-select-id');
      await button.click();
      await page.locator('[data-selection-link]').click();
      await page.waitForSelector('[data-print-page][data-ready="true"]');
      expect(new URL(page.url()).pathname).toBe('/kodomo-map/print/');
      await expect(decodeQr(page.locator('.print-item .qr').first())).resolves.toBe(`${BASE}listings/${chosen}/`);
      await page.context().close();
    });
  });
});
