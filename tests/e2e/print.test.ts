/**
 * The print list, QR codes and the embeddable school page, in Chromium:
 * ten ticked listings print on at most two A4 pages, every QR code decodes
 * (jsQR) to the right absolute URL, the selection and note never leave the
 * browser, and the embed page works inside an iframe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { decodeQr } from './support/qr.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The site's configured origin and base, as written into absolute URLs (the canonical link). */
async function siteBase(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL('.', new URL(canonical!)).href.replace(/listings\/$|print\/$|schools\/[^/]+\/$/, '');
}

describe('the print list', () => {
  it('prints ten ticked listings with their QR codes on at most two A4 pages, keeping everything in the browser', async () => {
    // Screenshots at twice the pixels, as a phone camera sees print more sharply than a screen.
    const { page, requests } = await newPage(browser, { viewport: { width: 1200, height: 900 }, deviceScaleFactor: 2 });
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    const buttons = page.locator('.listing-list > li:not([hidden]) [data-select-id]');
    const chosen: string[] = [];
    for (let i = 0; i < 10; i++) {
      const button = buttons.nth(i);
      chosen.push((await button.getAttribute('data-select-id'))!);
      await button.click();
      await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    }
    await expect(page.locator('[data-selection-count]').textContent()).resolves.toBe('10');

    await page.locator('[data-selection-link]').click();
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    const note = '火曜日の夕方に電話してみてください（担任より）';
    await page.fill('[data-note]', note);
    await expect(
      page.locator('.print-item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.listingId)),
    ).resolves.toEqual(chosen);

    // Every QR code decodes to the absolute URL of its listing, and the list's to a shared list.
    const base = await siteBase(page);
    for (const [index, id] of chosen.entries()) {
      await expect(decodeQr(page.locator('.print-item .qr').nth(index))).resolves.toBe(`${base}listings/${id}/`);
    }
    const listQr = await decodeQr(page.locator('[data-list-qr] .qr'));
    expect(listQr).toBe(`${base}print/?ids=${chosen.join(',')}`);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-note-print]').textContent()).resolves.toBe(note);
    await expect(page.locator('.select-toggle').first().isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    // Nothing about the selection or the note went anywhere: only GETs of the site's own files.
    const sent = requests.map((r) => r.href);
    expect(sent.filter((u) => !u.startsWith(siteUrl))).toEqual([]);
    for (const url of sent) {
      expect(url).not.toContain('ids=');
      expect(decodeURIComponent(url)).not.toContain('火曜日');
    }
    await page.context().close();
  });

  it('opens a shared list on a phone as a page for the family, and can keep it', async () => {
    const { page } = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl}print/?ids=otori-minna-shokudo,free-school-kobushi,not-a-listing`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    const items = page.locator('.print-item');
    await expect(items.count()).resolves.toBe(2);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ご紹介する場所');
    // Each place is a link to its page, and its phone a button that calls, big enough for a thumb.
    const first = items.first();
    await expect(first.getByRole('link', { name: 'おおとりみんな食堂' }).getAttribute('href')).resolves.toMatch(
      /\/listings\/otori-minna-shokudo\/$/,
    );
    const call = first.locator('a[href^="tel:"]');
    await expect(call.getAttribute('href')).resolves.toBe('tel:0720001234');
    expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // Its next dates, worked out for today in Tokyo.
    await expect(first.locator('[data-next-dates] dd').innerText()).resolves.toMatch(/^\d+月\d+日（.）/);
    await expect(first.locator('dt', { hasText: '確認日' }).count()).resolves.toBe(1);
    // The codes are for paper; on the family's phone they stay out of the way.
    await expect(first.locator('.qr').isVisible()).resolves.toBe(false);
    // The family's page first, the tools for printing after the list.
    const order = await page.evaluate(() => {
      const list = document.querySelector('[data-print-list]')!;
      const keep = document.querySelector('[data-keep-shared]')!;
      const tools = document.querySelector('[data-print-tools]')!;
      return {
        keepFirst: Boolean(keep.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING),
        toolsAfter: Boolean(list.compareDocumentPosition(tools) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(order).toEqual({ keepFirst: true, toolsAfter: true });
    await expect(page.locator('[data-clear-list]').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'この一覧をこの端末に残す' }).click();
    // The shared page is replaced by the kept list: wait for the new page's notice, not the old page's ready mark.
    await page.waitForSelector('[data-print-page][data-ready="true"] [data-kept-notice]:not([hidden])');
    await expect.poll(() => page.locator('[data-selection-count]').textContent()).toBe('2');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('prints four places, the date and when each was confirmed on one A4 sheet', async () => {
    const data = (await (await fetch(`${siteUrl}print-data.json`)).json()) as Record<string, unknown>;
    // The four with the most to say.
    const longest = Object.keys(data)
      .sort((a, b) => JSON.stringify(data[b]).length - JSON.stringify(data[a]).length)
      .slice(0, 4);
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}print/?ids=${longest.join(',')}`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-print-date]').innerText()).resolves.toMatch(/^\d{4}年\d+月\d+日 作成$/);
    await expect(page.locator('.print-item dt', { hasText: '確認日' }).count()).resolves.toBe(4);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await page.context().close();
  });

  it('says what to do when the list is empty, and survives hostile storage', async () => {
    const { page } = await newPage(browser);
    await page.addInitScript(() =>
      localStorage.setItem('kodomo-map:selection', '{"ids":["<img src=x onerror=alert(1)>"],"note":"<b>x</b>"}'),
    );
    page.on('dialog', () => {
      throw new Error('a dialog opened');
    });
    await page.goto(`${siteUrl}print/`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    await expect(page.locator('[data-empty-list]').isVisible()).resolves.toBe(true);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('school pages on paper and in an iframe', () => {
  it('print a QR code for each listing and for the page', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}schools/otorigaoka-es/`);
    await page.emulateMedia({ media: 'print' });
    const base = await siteBase(page);
    const entries = page.locator('.school-entry');
    expect(await entries.count()).toBeGreaterThan(5);
    for (const entry of await entries.all()) {
      const id = await entry.getAttribute('data-listing-id');
      await expect(decodeQr(entry.locator('.qr'))).resolves.toBe(`${base}listings/${id}/`);
    }
    await expect(decodeQr(page.locator('.school-page-qr .qr'))).resolves.toBe(`${base}schools/otorigaoka-es/`);
    await page.context().close();
  });

  it('offer an embed snippet, and the embed page works in an iframe without the site’s navigation', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}schools/otorigaoka-es/`);
    const snippet = await page.locator('[data-embed-snippet]').textContent();
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/schools\/otorigaoka-es\/" title="[^"]+"/);

    const embedUrl = `${siteUrl}embed/schools/otorigaoka-es/`;
    await page.goto(`${siteUrl}404.html`);
    await page.setContent(
      `<h1>学校のサイト</h1><iframe src="${embedUrl}" title="近くの場所" width="800" height="900"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('鳳ヶ丘小学校の近くの場所');
    await expect(frame.locator('.site-header, nav[aria-label="メインメニュー"]').count()).resolves.toBe(0);
    await expect(frame.locator('.school-entry').count()).resolves.toBeGreaterThan(5);
    // Links open the full site in a new tab, not inside the school's page.
    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      frame.locator('.school-entry__title a').first().click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/\/listings\/[a-z0-9-]+\/$/);
    await page.context().close();
  });
});
