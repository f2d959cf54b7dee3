/**
 * The consultation page as someone reads it on a shared phone: it says
 * truthfully what the browser keeps, and its quick exit leaves the page
 * without a history entry to come back to, reaching no other host before it
 * is used.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { ROOT } from './support/build.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let exitUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const content = await loadContent(path.join(ROOT, 'content'));
  exitUrl = content.site!.quickExit!.url;
});
afterAll(() => browser?.close());

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true };

/** The neutral page cannot be reached from here: a stand-in answers for its host, and says who asked. */
async function standInForExit(page: Page): Promise<Array<{ url: string; referer?: string }>> {
  const arrivals: Array<{ url: string; referer?: string }> = [];
  const host = new URL(exitUrl).host;
  await page.route(
    (url) => url.host === host,
    (route) => {
      arrivals.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>天気予報</title><p>晴れ</p>',
      });
    },
  );
  // Anything else outside the site (map tiles) is refused, and still recorded by newPage.
  await page.route(
    (url) => url.host !== host && url.host !== new URL(siteUrl).host,
    (route) => route.abort(),
  );
  return arrivals;
}

/** Opens the consultation page from the home page, as a visitor would: there is a page to go back to. */
async function openFromHome(page: Page) {
  await page.goto(siteUrl);
  await page.goto(`${siteUrl}consultation/`);
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-quick-exit-hint]')!.hidden);
}

describe('the consultation page', () => {
  it('says what stays in the browser, and how to clear it, instead of promising no one can tell', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}consultation/`);
    const main = (await page.locator('main').textContent())!.replace(/\s+/g, '');
    expect(main).not.toContain('知られることはありません');
    const privacy = (await page.locator('[data-consultation-privacy]').textContent())!.replace(/\s+/g, '');
    expect(privacy).toContain('クッキー');
    expect(privacy).toContain('ブラウザの履歴に残ります');
    expect(privacy).toContain('履歴からこのページを消して');
    expect(privacy).toContain('シークレットモード');
    await page.context().close();
  });

  it('makes 110 and 189 in the urgent note tap-to-call', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}consultation/`);
    const note = page.locator('.urgent-note');
    expect(await note.locator('a[href="tel:110"]').textContent()).toBe('110');
    expect(await note.locator('a[href="tel:189"]').textContent()).toBe('189');
    await page.context().close();
  });
});

describe('the quick exit', () => {
  it('is the first thing after the skip link, large enough to tap, and stays in view while scrolling', async () => {
    const { page } = await newPage(browser, PHONE);
    await standInForExit(page);
    await page.goto(`${siteUrl}consultation/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('すぐにこのページを離れる');
    const exit = page.getByRole('link', { name: 'すぐにこのページを離れる' });
    const box = (await exit.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    await page.locator('[data-consultation-privacy]').scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const scrolled = (await exit.boundingBox())!;
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(844);
    await page.context().close();
  });

  it('leaves the page, with no history entry to go back to and nothing sent to another host before', async () => {
    const { page, requests } = await newPage(browser, PHONE);
    const arrivals = await standInForExit(page);
    await openFromHome(page);
    const own = new URL(siteUrl).host;
    expect(requests.filter((url) => url.host !== own).map(String)).toEqual([]);
    const length = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'すぐにこのページを離れる' }).tap();
    await page.waitForURL((url) => url.href === exitUrl);
    expect(await page.title()).toBe('天気予報');
    // Replaced, not added: the tab's history is as long as before, and Back skips the consultation page.
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]!.referer).toBeUndefined();
    await page.goBack();
    expect(page.url()).toBe(siteUrl);
    await page.context().close();
  });

  it('leaves the page when Shift is pressed three times', async () => {
    const { page } = await newPage(browser);
    await standInForExit(page);
    await openFromHome(page);
    const length = await page.evaluate(() => history.length);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL((url) => url.href === exitUrl);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goBack();
    expect(page.url()).toBe(siteUrl);
    await page.context().close();
  });

  it('is a plain link to the configured page without JavaScript, telling it nothing', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}consultation/`);
    const exit = page.getByRole('link', { name: 'すぐにこのページを離れる' });
    expect(await exit.getAttribute('href')).toBe(exitUrl);
    expect((await exit.getAttribute('rel'))!.split(' ')).toContain('noreferrer');
    // The shortcut needs JavaScript, so it is not offered without it.
    expect(await page.locator('[data-quick-exit-hint]').isHidden()).toBe(true);
    await page.context().close();
  });
});
