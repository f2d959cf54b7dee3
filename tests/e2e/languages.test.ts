/**
 * The site in three forms of language: every Japanese page has an English
 * and a やさしい日本語 twin reached through the switcher, each page says its
 * language, English pages show no Japanese in their chrome except text marked
 * lang="ja", and やさしい日本語 carries furigana that a toggle hides and that a
 * screen reader does not read twice.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { openOffline } from './support/axe.ts';
import { pagePaths } from './support/site-files.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const paths = await pagePaths(distDir);
const LOCALE_FOLDERS = ['en/', 'easy/'];
/**
 * Japanese pages: everything not in a locale folder, except the embeddable
 * copies, the host's 404 file and the help pages, which are one page per
 * residents' language (tests/e2e/help-lines.test.ts).
 */
const japanese = paths.filter(
  (p) =>
    !LOCALE_FOLDERS.some((f) => p.startsWith(f)) &&
    !/^(embed|help)\//.test(p) &&
    p !== 'languages/' &&
    p !== '404.html',
);
const english = paths.filter((p) => p.startsWith('en/'));
const JAPANESE_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff9f\u3000-\u303f]/;

const html = (pathname: string) =>
  readFile(path.join(distDir, pathname.endsWith('/') || pathname === '' ? `${pathname}index.html` : pathname), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every page in every language', () => {
  it('builds a twin of every Japanese page in each language', () => {
    expect(japanese.length).toBeGreaterThan(20);
    const missing = japanese.flatMap((p) => LOCALE_FOLDERS.map((f) => f + p)).filter((p) => !paths.includes(p));
    expect(missing).toEqual([]);
  });

  it.each(japanese)('/%s links to its twins, says its language, and lists its alternates', async (pathname) => {
    const twins = { ja: pathname, en: `en/${pathname}`, easy: `easy/${pathname}` };
    for (const [locale, twin] of Object.entries(twins)) {
      const text = await html(twin);
      expect(text, twin).toMatch(new RegExp(`<html lang="${locale === 'en' ? 'en' : 'ja'}" data-locale="${locale}"`));
      for (const [other, target] of Object.entries(twins)) {
        expect(text, `${twin} → ${other}`).toContain(`href="/${target}" lang="${other === 'en' ? 'en' : 'ja'}"`);
        expect(text, `${twin} alternate ${other}`).toMatch(
          new RegExp(
            `<link rel="alternate" hreflang="[^"]+" href="[^"]+/${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`,
          ),
        );
      }
      expect(text).toContain('hreflang="x-default"');
      expect(text).toContain('href="/languages/"');
    }
  });
});

/** The Japanese left in a page's header, navigation, footer, labels, buttons and headings, outside text marked lang="ja". */
function japaneseInChrome(page: Page, pattern: string): Promise<string[]> {
  return page.evaluate((source) => {
    const japanese = new RegExp(source);
    const found: string[] = [];
    const selectors =
      'header, nav, footer, label, button, legend, summary, caption, th, h1, h2, h3, h4, h5, h6, [role=button]';
    const visibleText = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      const lang = node.getAttribute('lang');
      if (lang && !lang.startsWith('en')) return '';
      return [...node.childNodes].map(visibleText).join('');
    };
    for (const element of document.querySelectorAll(selectors)) {
      if (element.closest('[lang]:not([lang^="en"])')) continue;
      // A map's markers are named after their listings (content), in attributes that cannot carry lang;
      // the map is an enhancement, and the list beside it marks the same names.
      if (element.closest('.leaflet-container')) continue;
      const text = visibleText(element);
      if (japanese.test(text)) found.push(`${element.tagName.toLowerCase()}: ${text.trim().slice(0, 80)}`);
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && japanese.test(value)) found.push(`${element.tagName.toLowerCase()}[${name}]: ${value}`);
      }
    }
    return [...new Set(found)];
  }, pattern);
}

describe('English pages', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openOffline(browser);
  });

  it.each(english)('/%s has no Japanese in its chrome outside lang="ja"', async (pathname) => {
    await page.goto(`${siteUrl}${pathname}`);
    expect(await japaneseInChrome(page, JAPANESE_TEXT.source)).toEqual([]);
  });

  it('work without JavaScript: the directory lists places in English', async () => {
    const { page: plain } = await newPage(browser, { javaScriptEnabled: false });
    await plain.goto(`${siteUrl}en/listings/`);
    await expect(plain.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(plain.locator('.listing-card').count()).resolves.toBeGreaterThan(5);
    expect(await japaneseInChrome(plain, JAPANESE_TEXT.source)).toEqual([]);
    await plain.context().close();
  });
});

describe('the language switcher', () => {
  it('leads to the same page in the other language and remembers the choice in this browser only', async () => {
    const { page } = await newPage(browser, { locale: 'ja-JP' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${siteUrl}schools/`);
    await page.locator('[data-locale-choice="en"]').first().click();
    await page.waitForURL(`${siteUrl}en/schools/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.evaluate(() => localStorage.getItem('locale'))).resolves.toBe('en');
    // Back on a Japanese page, the remembered language is offered as a link, never a redirect.
    await page.goto(`${siteUrl}about/`);
    const offer = page.locator('[data-language-offer] a:visible');
    await offer.waitFor();
    await expect(offer.getAttribute('href')).resolves.toBe('/en/about/');
    expect(page.url()).toBe(`${siteUrl}about/`);
    // The choice never leaves the browser: no request names it.
    expect(requests.filter((url) => !url.startsWith(siteUrl))).toEqual([]);
    expect(requests.filter((url) => /[?&]locale=|lang=/.test(url))).toEqual([]);
    await page.context().close();
  });

  it('offers English on a first visit from a browser that prefers another language', async () => {
    const { page } = await newPage(browser, { locale: 'vi-VN' });
    await page.goto(siteUrl);
    const offer = page.locator('[data-language-offer] a:visible');
    await offer.waitFor();
    await expect(offer.getAttribute('lang')).resolves.toBe('en');
    await page.locator('[data-offer-dismiss]').click();
    await page.locator('[data-language-offer]').waitFor({ state: 'hidden' });
    await page.reload();
    await page.locator('html[data-language-ready="true"]').waitFor({ state: 'attached' });
    await expect(page.locator('[data-language-offer]').isHidden()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('やさしい日本語', () => {
  it('shows furigana as ruby that a screen reader reads once', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}easy/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    const ruby = page.locator('main ruby').first();
    await expect(ruby.count()).resolves.toBe(1);
    const base = await ruby.evaluate((node) => node.firstChild?.textContent ?? '');
    const reading = await ruby.locator('rt').textContent();
    expect(base).toMatch(/[\u4e00-\u9fff]/);
    // The accessibility tree of the whole main area holds the base once and never the reading beside it.
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toContain(base);
    expect(tree).not.toContain(`${base}${reading}`);
    expect(tree).not.toContain(`（${reading}）`);
    await page.context().close();
  });

  it('hides furigana with a toggle, and remembers it', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}easy/listings/`);
    const toggle = page.locator('[data-furigana-toggle]');
    await toggle.waitFor({ state: 'visible' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const rt = page.locator('main rt').first();
    await expect(rt.isVisible()).resolves.toBe(true);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await rt.waitFor({ state: 'hidden' });
    await page.reload();
    await expect(page.locator('html').getAttribute('data-furigana')).resolves.toBe('off');
    await page.locator('main rt').first().waitFor({ state: 'hidden' });
    await page.locator('[data-furigana-toggle][aria-pressed="false"]').waitFor();
    await page.context().close();
  });

  it('keeps readings out of attributes and the title', async () => {
    const text = await html('easy/');
    expect(text).not.toMatch(/[\uE000-\uE005]/);
    const title = /<title>([^<]*)<\/title>/.exec(text)![1]!;
    expect(title).not.toContain('<ruby>');
  });
});

describe('calendars in each language', () => {
  it('titles English events in English, with the listing’s own English name where it has one', async () => {
    const text = await html('en/calendar.ics');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const titles = calendar
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('summary')));
    expect(titles.length).toBeGreaterThan(10);
    expect(titles.some((title) => title.includes("(Kids' cafeteria)"))).toBe(true);
    expect(titles.some((title) => title.startsWith('Ebaraji'))).toBe(true);
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).not.toMatch(JAPANESE_TEXT);
    const japanese = new ICAL.Component(ICAL.parse(await html('calendar.ics')));
    expect(japanese.getAllSubcomponents('vevent').length).toBe(titles.length);
  });

  it('links an English listing page to its English calendar', async () => {
    const page = await html('en/listings/ebaraji-kodomo-shokudo-hoshizora/');
    expect(page).toContain('href="/en/listings/ebaraji-kodomo-shokudo-hoshizora.ics"');
  });
});
