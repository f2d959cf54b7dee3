/**
 * The directory at scale: without JavaScript it is cut into pages (the whole
 * list, each kind, each school district, the paused and closed places), each
 * page linking the next; with JavaScript the search still covers every
 * listing, drawing the cards of results no server page holds here.
 *
 * The demo sets `directory.pageSize` small (content/site.yaml) so its ~40
 * listings make several pages: the same pages a large site gets, read back in
 * a real browser.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';
import type { SearchData } from '../../src/lib/search/search-data.ts';
import { TAGS, axeFor } from './support/axe.ts';
import { showEveryResult } from './support/directory-results.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let data: SearchData;

beforeAll(async () => {
  browser = await launchBrowser();
  data = (await (await fetch(`${siteUrl}search-data.json`)).json()) as SearchData;
});
afterAll(() => browser?.close());

async function noScript(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
  return context.newPage();
}

interface Walked {
  ids: string[];
  pages: number;
  perPage: number[];
}

/** Every card id from `start` on, following each page's rel="next" link, checking each page's navigation. */
async function walk(page: Page, start: string): Promise<Walked> {
  const ids: string[] = [];
  const perPage: number[] = [];
  let url: string | null = start;
  let n = 0;
  while (url) {
    n += 1;
    await page.goto(new URL(url, siteUrl).href);
    perPage.push(await page.locator('.listing-list > li[data-listing-id]').count());
    ids.push(
      ...(await page
        .locator('main .listing-list:not(.inactive-listings .listing-list) > li[data-listing-id]')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.listingId!))),
    );
    const nav = page.locator('nav[data-pagination]');
    if ((await nav.count()) > 0) {
      expect(await nav.getAttribute('aria-label')).toBeTruthy();
      const current = nav.locator('a[aria-current="page"]');
      await expect(current.count()).resolves.toBe(1);
      expect((await current.textContent())!).toContain(String(n));
      await expect(nav.locator('a[rel="prev"]').count()).resolves.toBe(n > 1 ? 1 : 0);
      // Exactly one heading names the page, with its number after the first.
      const h1 = await page.locator('h1').allTextContents();
      expect(h1).toHaveLength(1);
      if (n > 1) expect(h1[0]).toContain(String(n));
    }
    url =
      (await nav.locator('a[rel="next"]').count()) > 0 ? await nav.locator('a[rel="next"]').getAttribute('href') : null;
    expect(n).toBeLessThan(1000);
  }
  return { ids, pages: n, perPage };
}

const active = () => data.listings.filter((r) => r.status === 'active');

describe('the directory without JavaScript', () => {
  it('pages through every open place once, a bounded page at a time, in every language', async () => {
    const page = await noScript();
    for (const prefix of ['', 'en/', 'easy/']) {
      const { ids, pages, perPage } = await walk(page, `${prefix}listings/`);
      expect(pages).toBeGreaterThan(1);
      expect(ids).toHaveLength(new Set(ids).size);
      expect(new Set(ids)).toEqual(new Set(active().map((r) => r.id)));
      // Every page but the last is full, and no page holds more than the first.
      for (const count of perPage.slice(0, -1)) expect(count).toBe(perPage[0]);
      expect(perPage.at(-1)!).toBeLessThanOrEqual(perPage[0]!);
    }
    await page.context().close();
  });

  it('keeps paused and closed places on pages of their own, none of them in the open list', async () => {
    const page = await noScript();
    const { ids } = await walk(page, 'listings/inactive/');
    const inactive = data.listings.filter((r) => r.status !== 'active').map((r) => r.id);
    expect(inactive.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(inactive));
    await page.goto(`${siteUrl}listings/`);
    await expect(page.getByRole('link', { name: /休止中・終了した場所/ }).getAttribute('href')).resolves.toBe(
      new URL('listings/inactive/', siteUrl).pathname,
    );
    await page.context().close();
  });

  it('lists each kind over its pages', async () => {
    const page = await noScript();
    for (const kind of new Set(data.listings.map((r) => r.kind))) {
      const { ids } = await walk(page, `kinds/${kind}/`);
      expect(new Set(ids)).toEqual(
        new Set(
          active()
            .filter((r) => r.kind === kind)
            .map((r) => r.id),
        ),
      );
    }
    await page.context().close();
  });

  it('goes by school district from an index of areas', async () => {
    const page = await noScript();
    await page.goto(`${siteUrl}listings/`);
    await page.getByRole('link', { name: '校区からさがす' }).click();
    await page.waitForURL(/listings\/areas\/$/);
    const links = await page
      .locator('main .area-list a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links).toHaveLength(data.schools.length);
    for (const school of data.schools) {
      const { ids } = await walk(page, `listings/areas/${school.id}/`);
      const expected = active().filter((r) => Object.values(r.districts).includes(school.id));
      expect(new Set(ids)).toEqual(new Set(expected.map((r) => r.id)));
    }
    await page.context().close();
  });
  // axe checks every one of these pages in every language: tests/e2e/site/every-page.test.ts.
});

describe('the directory with JavaScript', () => {
  it('finds a place that is not on the first page, drawing its card as the server does', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Tokyo' });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    // A place from the last page of the server's list.
    await page.goto(`${siteUrl}en/listings/`);
    const lastPage = await page.locator('nav[data-pagination] a[aria-current]').count();
    expect(lastPage).toBe(1);
    const firstIds = await page
      .locator('.listing-list > li[data-listing-id]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.listingId!));
    const far = active().find((r) => !firstIds.includes(r.id) && /^[一-龯ぁ-んァ-ン]/.test(r.display.name))!;
    expect(far).toBeDefined();
    await page.waitForSelector('[data-directory][data-ready="true"]');
    // The server's page links give way to the script's own paging.
    await expect(page.locator('nav[data-pagination]').isHidden()).resolves.toBe(true);
    await page.fill('#directory-query', far.display.name);
    const card = page.locator(`.listing-list > li[data-listing-id="${far.id}"]`);
    await card.waitFor();
    const title = card.locator('.listing-card__title a');
    await expect(title.getAttribute('href')).resolves.toBe(new URL(`en/listings/${far.id}/`, siteUrl).pathname);
    // A Japanese name on an English page is marked Japanese, as on the server's cards.
    await expect(title.locator('[lang="ja"]').textContent()).resolves.toBe(far.display.name);
    await expect(card.locator('.kind-badge').textContent()).resolves.toBeTruthy();
    await expect(card.locator('.facts dt').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-result-count]').textContent()).resolves.toMatch(/\d/);
    const { violations } = await axeFor(page).include('.listing-list').withTags(TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('draws the same card for a place the server rendered and for one it did not', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    // Page 2's server card of a place, against the card the script draws for it on page 1.
    await page.goto(`${siteUrl}listings/page/2/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    const id = await page.locator('.listing-list > li[data-listing-id]').first().getAttribute('data-listing-id');
    // Its 「印刷リストに入れる」 button included, with the same words, state and visibility.
    const shape = (p: Page, listingId: string) =>
      p.locator(`.listing-list > li[data-listing-id="${listingId}"] article`).evaluate((article) => {
        const copy = article.cloneNode(true) as Element;
        const button = copy.querySelector<HTMLButtonElement>('button[data-select-id]');
        const select = button && {
          hidden: button.hidden,
          pressed: button.getAttribute('aria-pressed'),
          data: { ...button.dataset },
        };
        const outline = (node: Element): string =>
          `${node.tagName.toLowerCase()}${[...node.classList]
            .sort()
            .map((c) => `.${c}`)
            .join('')}(${[...node.children].map(outline).join(',')})`;
        return { outline: outline(copy), text: copy.textContent!.replace(/\s+/g, ''), select };
      });
    const served = await shape(page, id!);
    const other = await context.newPage();
    await other.goto(`${siteUrl}listings/`);
    await other.waitForSelector('[data-directory][data-ready="true"]');
    await showEveryResult(other);
    await other.locator(`.listing-list > li[data-listing-id="${id}"]`).waitFor();
    const drawn = await shape(other, id!);
    expect(drawn.select).toMatchObject({ hidden: false, pressed: 'false' });
    // The drawn card's button puts the place on the print list, as the server's does.
    await other.locator(`.listing-list > li[data-listing-id="${id}"] button[data-select-id]`).click();
    await other.waitForSelector(`li[data-listing-id="${id}"] button[data-select-id][aria-pressed="true"]`);
    await other.waitForSelector('[data-selection-link]:not([hidden])');
    expect(drawn).toEqual(served);
    await page.goto(`${siteUrl}listings/page/2/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    await expect(
      page.locator(`li[data-listing-id="${id}"] button[data-select-id]`).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await context.close();
  });
});
