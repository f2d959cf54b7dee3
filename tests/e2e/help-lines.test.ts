/**
 * The help lines in the residents' languages, as built: 「Language / 言語」
 * lists every language in its own name and `lang`, and each /help/<key>/ page
 * is in that language, calls every number of site config by a tel: link,
 * says who checked its words, and passes axe at WCAG 2.2 AA.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { telHref } from '../../src/core/tel.ts';
import { publishedHelpLines } from '../../src/lib/help-lines.ts';
import { launchBrowser } from '../../scripts/browser.ts';
import { audit, openOffline } from './support/axe.ts';
import { ROOT } from './support/build.ts';

const siteUrl = inject('siteUrl');
const content = await loadContent(path.join(ROOT, 'content'));
const site = content.site!;
const languages = publishedHelpLines(site, content.helpLines);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openOffline(browser);
});
afterAll(() => browser?.close());

describe('/languages/', () => {
  it('lists every language in its own name, marked with its tag, leading to its page', async () => {
    await page.goto(`${siteUrl}languages/`);
    expect(await page.title()).toBe('Language / 言語');
    const links = await page
      .locator('.language-list a')
      .evaluateAll((as) =>
        as.map((a) => ({ text: a.textContent!.trim(), lang: a.getAttribute('lang'), href: a.getAttribute('href') })),
      );
    expect(links).toEqual(
      languages.map(({ key, data }) => ({ text: data.name, lang: data.lang, href: `/help/${key}/` })),
    );
    expect(links.map((l) => l.text)).toEqual(expect.arrayContaining(['Tiếng Việt', 'नेपाली', '中文（简体）', 'ไทย']));
    expect(await audit(page, 'languages/')).toEqual([]);
  });
});

describe.each(languages.map((file) => [file.key, file] as const))('/help/%s/', (key, { data }) => {
  beforeAll(async () => {
    await page.goto(`${siteUrl}help/${key}/`);
  });

  it('is in its language, with its own title and heading', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe(data.lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(data.dir);
    expect(await page.title()).toBe(data.page.title);
    expect((await page.locator('h1').textContent())!.trim()).toBe(data.page.title);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => new URL(l.getAttribute('href')!).pathname));
    expect(alternates).toEqual(languages.map((other) => `/help/${other.key}/`));
  });

  it('calls the centre, the interpretation service and every hotline of site config by tel: links', async () => {
    const numbers = [
      site.consultationCenter.phone,
      ...(site.interpretation ? [site.interpretation.phone] : []),
      ...site.hotlines.map((h) => h.number),
    ];
    const hrefs = await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...hrefs].sort()).toEqual(numbers.map(telHref).sort());
    for (const number of numbers) {
      const text = await page.locator(`main a[href="${telHref(number)}"]`).textContent();
      expect(text!.trim()).toBe(data.page.call.replace('{number}', number));
    }
  });

  it('says what the centre helps with, when, and that help is free and confidential', async () => {
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain(data.center.helpsWith);
    expect(main).toContain(data.center.hours!);
    expect(main).toContain(data.center.freeAndConfidential);
    // The Japanese name, to say on the phone, is marked as Japanese.
    expect(await page.locator('main [lang="ja"]', { hasText: site.consultationCenter.address }).count()).toBe(1);
  });

  it('says who checked its words and when', async () => {
    const checked = page.locator('[data-help-checked]');
    const text = (await checked.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(data.checked.by.split(' / ')[0]);
    expect(await checked.locator('time').getAttribute('datetime')).toBe(data.checked.on);
  });

  it('has a quick exit in its language, and links back to the languages and the Japanese home', async () => {
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-quick-exit-hint]')!.hidden);
    expect((await page.locator('[data-quick-exit]').textContent())!.trim()).toBe(data.page.quickExit.button);
    expect((await page.locator('.skip-link').textContent())!.trim()).toBe(data.page.skipLink);
    const footer = await page
      .locator('footer a')
      .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')]));
    expect(footer).toEqual([
      [data.page.languagesLink, '/languages/'],
      [data.page.japaneseHome, '/'],
    ]);
  });

  it('passes axe at WCAG 2.2 AA', async () => {
    expect(await audit(page, `help/${key}/`)).toEqual([]);
  });
});
