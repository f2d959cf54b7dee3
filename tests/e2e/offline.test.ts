/**
 * The site without a connection, in Chromium with its service worker (the
 * only test that allows one; see scripts/browser.ts): the shell opens offline
 * in every locale, the offline notice speaks, an unsaved listing gives the
 * offline page, no listing is in any cache until the family saves its print
 * list, and then only those, until they are deleted. Also the manifest: it
 * parses, and its icons exist at the sizes it names.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { writeServiceWorker } from '../../scripts/service-worker.ts';
import { messages } from '../../src/i18n/index.ts';
import { withoutRuby } from '../../src/core/ruby.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const ja = messages('ja');
const LOCALES = [
  { folder: '', words: ja.offline, help: 'help/ja/' },
  { folder: 'en/', words: messages('en').offline, help: 'help/en/' },
  { folder: 'easy/', words: messages('easy').offline, help: 'help/easy/' },
];
const plain = (text: string) => withoutRuby(text);

/** Every URL in every cache of this origin, read in the page. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** Waits until the service worker controls the page: a state, reported by the browser. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

const listingPath = /\/listings\/[^/]+\/(index\.html)?$/;

describe('offline', () => {
  it('opens the shell offline, shows the offline page for an unsaved listing, and keeps listings only when saved', async () => {
    const { page } = await newPage(browser, { serviceWorkers: 'allow' });
    const context = page.context();
    await page.goto(siteUrl);
    await controlled(page);

    // Two places on the print list, chosen while online.
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    const buttons = page.locator('.listing-list > li:not([hidden]) [data-select-id]');
    const chosen = [
      (await buttons.nth(0).getAttribute('data-select-id'))!,
      (await buttons.nth(1).getAttribute('data-select-id'))!,
    ];
    await buttons.nth(0).click();
    await buttons.nth(1).click();
    const unsaved = (await buttons.nth(2).getAttribute('data-select-id'))!;

    await context.setOffline(true);
    for (const { folder, words, help } of LOCALES) {
      for (const route of ['', 'consultation/', 'print/', 'listings/', help, 'languages/']) {
        const at = route === help || route === 'languages/' ? route : `${folder}${route}`;
        const response = await page.goto(`${siteUrl}${at}`);
        expect(response?.ok(), at).toBe(true);
        await expect(page.locator('h1').first().textContent(), at).resolves.not.toBe(plain(words.title));
      }
      // The notice, in the page's language, once the page is offline.
      await page.goto(`${siteUrl}${folder}`);
      const notice = page.locator('[data-offline-text]');
      await notice.waitFor({ state: 'visible' });
      await expect(notice.evaluate((n) => n.closest('[aria-live]')?.getAttribute('aria-live'))).resolves.toBe('polite');
      expect(await notice.evaluate((n) => n.textContent?.replace(/\s+/g, ''))).toContain(
        plain(words.notice).replace(/\s+/g, '').slice(0, 10),
      );

      // A listing nobody saved: the offline page, in the same language, linking to what works.
      const response = await page.goto(`${siteUrl}${folder}listings/${unsaved}/`);
      expect(response?.ok()).toBe(true);
      await expect(page.locator('h1').textContent()).resolves.toBe(plain(words.title));
      await expect(page.locator('[data-offline-links] a').count()).resolves.toBe(5);
    }

    // The directory searches what it loaded.
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    await page.fill('#directory-query', 'こども食堂');
    await expect.poll(() => page.locator('.listing-list > li:not([hidden])').count()).toBeGreaterThan(0);

    // Nothing visited is stored: no listing page in any cache.
    expect((await cachedUrls(page)).filter((u) => listingPath.test(new URL(u).pathname))).toEqual([]);

    // Saving the print list needs the connection; then exactly those pages open offline.
    await context.setOffline(false);
    await page.goto(`${siteUrl}print/`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    await page.waitForSelector('[data-save-on-device][data-ready="true"]');
    await page.click('[data-save]');
    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe(ja.offline.saved(chosen.length));
    const saved = (await cachedUrls(page)).filter((u) => listingPath.test(new URL(u).pathname)).sort();
    expect(saved).toEqual(chosen.map((id) => `${siteUrl}listings/${id}/`).sort());
    // No query in any key (a search, a place): only workbox's own revision marker on unhashed shell files.
    for (const url of await cachedUrls(page)) {
      expect(
        [...new URL(url).searchParams.keys()].filter((key) => key !== '__WB_REVISION__'),
        url,
      ).toEqual([]);
    }
    await expect(page.locator('[data-saved-on]').first().textContent()).resolves.toMatch(
      /^この情報は\d+月\d+日時点です。$/,
    );

    await context.setOffline(true);
    for (const id of chosen) {
      await page.goto(`${siteUrl}listings/${id}/`);
      await expect(page.locator('h1').textContent()).resolves.not.toBe(ja.offline.title);
      // Its own CSS came along, so it looks as it did.
      await expect(page.evaluate(() => document.styleSheets.length)).resolves.toBeGreaterThan(0);
    }
    // The offline page lists them, with the day they were saved.
    await page.goto(`${siteUrl}listings/${unsaved}/`);
    await page.waitForSelector('[data-saved-list][data-ready="true"]');
    await expect(page.locator('[data-saved-pages] a').count()).resolves.toBe(chosen.length);

    // Deleting them leaves no listing behind.
    await page.goto(`${siteUrl}print/`);
    await page.waitForSelector('[data-save-on-device][data-ready="true"]');
    await page.click('[data-remove-saved]');
    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe(ja.offline.removed);
    expect((await cachedUrls(page)).filter((u) => listingPath.test(new URL(u).pathname))).toEqual([]);
    await page.goto(`${siteUrl}listings/${chosen[0]}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(ja.offline.title);

    // 「すべて消す」 leaves no cache and no worker.
    await page.goto(`${siteUrl}print/`);
    await page.waitForSelector('[data-save-on-device][data-ready="true"]');
    await page.check('[data-remove-everything]');
    await page.click('[data-remove-saved]');
    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe(ja.offline.removed);
    await expect(page.evaluate(() => caches.keys())).resolves.toEqual([]);
    await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).resolves.toBe(0);
    await context.close();
  });

  it('precaches the shell only: no listing or school page, no tiles', async () => {
    const worker = await readFile(path.join(distDir, 'sw.js'), 'utf8');
    const urls = [...worker.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toContain('offline/index.html');
    expect(urls).toContain('easy/print-data.json');
    expect(urls).toContain('search/manifest.json');
    expect(urls).toContain('search/0.json');
    expect(urls.filter((u) => /listings\/[^/]+\/|schools\/|tile/.test(u))).toEqual([]);
  });
});

describe('a new build', () => {
  it('replaces the old precache once no page runs the old worker', async () => {
    // A copy of the site, so the shared build is never edited; its worker is written again after a change, as a build would.
    const root = await mkdtemp(path.join(tmpdir(), 'offline-rebuild-'));
    await cp(distDir, root, { recursive: true });
    const server = await serveStatic(root);
    try {
      const { page } = await newPage(browser, { serviceWorkers: 'allow' });
      const context = page.context();
      await page.goto(server.url);
      await controlled(page);
      const offlineEntries = () =>
        cachedUrls(page).then((urls) => urls.filter((u) => new URL(u).pathname === '/offline/index.html'));
      const [before] = await offlineEntries();
      expect(before).toContain('__WB_REVISION__');

      const file = path.join(root, 'offline/index.html');
      await writeFile(file, (await readFile(file, 'utf8')).replace('</h1>', '</h1><p data-new-build>new</p>'));
      await writeServiceWorker(root);
      // The new worker installs and waits: the open page keeps the old build's files.
      await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        await registration.update();
        const installing = registration.installing ?? registration.waiting;
        if (installing && installing.state !== 'installed')
          await new Promise<void>((resolve) =>
            installing.addEventListener('statechange', () => installing.state === 'installed' && resolve()),
          );
      });
      await expect(offlineEntries()).resolves.toHaveLength(2);

      // With no page left on the old worker, the new one takes over and drops the old revision.
      await page.goto('about:blank');
      const next = await context.newPage();
      await next.goto(server.url);
      await next.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        if (registration.waiting || registration.installing)
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
          );
      });
      await expect
        .poll(() => cachedUrls(next).then((urls) => urls.filter((u) => new URL(u).pathname === '/offline/index.html')))
        .toHaveLength(1);
      const [after] = await cachedUrls(next).then((urls) =>
        urls.filter((u) => new URL(u).pathname === '/offline/index.html'),
      );
      expect(after).not.toBe(before);
      await context.setOffline(true);
      await next.goto(`${server.url}listings/not-saved-anywhere/`);
      await next.waitForSelector('[data-new-build]');
      await context.close();
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('the web app manifest', () => {
  it('parses, stays inside the site, and names icons that exist at their sizes, one maskable', async () => {
    const response = await fetch(`${siteUrl}manifest.webmanifest`);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      icons: Array<{ src: string; sizes: string; purpose: string }>;
    };
    expect(manifest.name).toBeTruthy();
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const file = await fetch(new URL(icon.src, `${siteUrl}manifest.webmanifest`));
      expect(file.ok, icon.src).toBe(true);
      const png = PNG.sync.read(Buffer.from(await file.arrayBuffer()));
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
    const home = await (await fetch(siteUrl)).text();
    expect(home).toContain('rel="manifest"');
  });
});
