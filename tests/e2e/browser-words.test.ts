/**
 * What scripts write into English pages is English: the gap table's sorting
 * announcement, the school map's controls and symbols, and the print list's
 * facts, with its QR codes leading to the English listing pages. Japanese is
 * left only where it is marked lang="ja" (a listing's own untranslated text).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { SELECTION_KEY } from '../../src/lib/selection.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Text (and, unless told not to, spoken names) under `selector` that contain Japanese and are not inside an element marked lang="ja". */
function unmarkedJapanese(page: Page, selector: string, attributes = true): Promise<string[]> {
  return page.evaluate(
    ([selector, attributes]) => {
      const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
      const found: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          const element = node instanceof Element ? node : node.parentElement;
          if (element?.closest('[lang]')?.getAttribute('lang') === 'ja') continue;
          if (node instanceof Element) {
            if (!attributes) continue;
            for (const name of ['title', 'aria-label', 'alt']) {
              const value = node.getAttribute(name);
              if (value && japanese.test(value)) found.push(`${name}: ${value}`);
            }
          } else if (japanese.test(node.textContent ?? '')) found.push(node.textContent!);
        }
      }
      return found;
    },
    [selector, attributes] as const,
  );
}

describe('English pages, as their scripts write them', () => {
  it('announce a sort of the gap table in English', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}en/gaps/`);
    const sort = page.getByRole('button', { name: "Sort by Kids' cafeteria" }).first();
    await sort.click();
    await expect
      .poll(() => page.locator('[data-sort-status]').first().textContent())
      .toBe("Sorted by Kids' cafeteria, fewest first");
    expect(await unmarkedJapanese(page, '[data-sort-status], .sort-button')).toEqual([]);
    await page.context().close();
  });

  it('title the school map’s zoom buttons and draw its symbols in English', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}en/schools/otorigaoka-es/`);
    await page.waitForSelector('[data-school-map][data-ready="true"]');
    await expect(page.locator('.leaflet-control-zoom-in').getAttribute('title')).resolves.toBe('Zoom in');
    await expect(page.locator('.leaflet-control-zoom-out').getAttribute('title')).resolves.toBe('Zoom out');
    await expect(page.locator('.map-school span').textContent()).resolves.toBe('S');
    const letters = await page.locator('[data-school-map] .map-pin span').allTextContents();
    expect(letters.length).toBeGreaterThan(0);
    for (const letter of letters) expect(letter).toMatch(/^[A-Z]$/);
    expect(await unmarkedJapanese(page, '.leaflet-control-zoom')).toEqual([]);
    // Markers are named by the school's and listings' own names, which an attribute cannot mark as Japanese.
    expect(await unmarkedJapanese(page, '.map-pin, .map-school', false)).toEqual([]);
    await page.context().close();
  });

  it('keep the Japanese map symbols and zoom titles on Japanese pages', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}schools/otorigaoka-es/`);
    await page.waitForSelector('[data-school-map][data-ready="true"]');
    await expect(page.locator('.leaflet-control-zoom-in').getAttribute('title')).resolves.toBe('拡大');
    await expect(page.locator('.map-school span').textContent()).resolves.toBe('校');
    const letters = await page.locator('[data-school-map] .map-pin span').allTextContents();
    for (const letter of letters) expect('食学居相手').toContain(letter);
    await page.context().close();
  });

  it('make the print list in English, with QR codes for the English listing pages', async () => {
    const data = (await (await fetch(`${siteUrl}en/print-data.json`)).json()) as Record<string, { url: string }>;
    const id = 'otori-minna-shokudo';
    expect(data[id]?.url).toMatch(new RegExp(`/en/listings/${id}/$`));
    const { page } = await newPage(browser);
    await page.addInitScript(
      ([key, id]) => localStorage.setItem(key!, JSON.stringify({ ids: [id], note: '' })),
      [SELECTION_KEY, id],
    );
    await page.goto(`${siteUrl}en/print/`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    const item = page.locator(`.print-item[data-listing-id="${id}"]`);
    await expect(item.locator('dt').allTextContents()).resolves.toContain('Where');
    await expect(item.locator('[data-qr-for]').getAttribute('data-qr-for')).resolves.toMatch(
      new RegExp(`/en/listings/${id}/$`),
    );
    await expect(item.locator('h2 a').getAttribute('href')).resolves.toMatch(new RegExp(`/en/listings/${id}/$`));
    // Text only: a QR code's name holds the listing's name, which an attribute cannot mark as Japanese.
    expect(await unmarkedJapanese(page, '[data-print-list], [data-print-date]', false)).toEqual([]);
    await page.context().close();
  });
});
