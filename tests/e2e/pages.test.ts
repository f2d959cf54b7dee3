import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { listingsForSchool } from '../../src/lib/schools/school-listings.ts';
import { KIND_VALUES } from '../../src/schema/vocabulary.ts';
import { vocabulary } from '../../src/i18n/ja/vocabulary.ts';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { ROOT } from './support/build.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let content: Awaited<ReturnType<typeof loadContent>>;

beforeAll(async () => {
  browser = await launchBrowser();
  content = await loadContent(path.join(ROOT, 'content'));
});
afterAll(() => browser?.close());

/**
 * Visits `start` and each page after it, following its page links' rel="next"
 * (the directory comes a page at a time without JavaScript), calling `visit` on each.
 */
async function eachPage(page: Page, start: string, visit: () => Promise<void>): Promise<void> {
  let url: string | null = start;
  for (let n = 0; url; n++) {
    expect(n).toBeLessThan(100);
    await page.goto(new URL(url, siteUrl).href);
    await visit();
    const next = page.locator('nav[data-pagination] a[rel="next"]');
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
}

/** The ids of the cards in the page's main list, across its pages (paused and closed places' disclosure left out). */
async function cardIds(page: Page, start: string): Promise<string[]> {
  const ids: string[] = [];
  await eachPage(page, start, async () => {
    ids.push(
      ...(await page
        .locator('main .listing-list:not(.inactive-listings .listing-list) article.listing-card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-listing-id')!))),
    );
  });
  return ids;
}

describe('home', () => {
  it('says what the site is for and keeps help in view', async () => {
    const { page } = await newPage(browser);
    const response = await page.goto(siteUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain(content.site!.siteName);
    // Every kind is an entry point.
    for (const kind of KIND_VALUES) {
      await expect(
        page
          .getByRole('link', { name: new RegExp(vocabulary.kind[kind]) })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
    }
    // The consultation window and the national lines, as tap-to-call links.
    await expect(page.locator('a[href="tel:189"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('a[href="tel:%238000"]').count()).resolves.toBe(1);
    const centerTel = `tel:${content.site!.consultationCenter.phone.replace(/-/g, '')}`;
    await expect(page.locator(`a[href="${centerTel}"]`).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: /一覧からさがす/ }).getAttribute('href')).resolves.toBe('/listings/');
    // Demo data is announced on every page while it is shown.
    await expect(page.locator('.demo-banner').textContent()).resolves.toContain('デモデータ');
  });
});

describe('directory', () => {
  // As served: without JavaScript every card is on one of the directory's pages, open places
  // on the list's pages and paused or closed ones on their own (the script pages them with JavaScript).
  it('shows every listing as a card with schedule, place and audience', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    const open = await cardIds(page, 'listings/');
    const inactive = await cardIds(page, 'listings/inactive/');
    expect([...open, ...inactive].sort()).toEqual(content.listings.map((l) => l.id).sort());
    expect(content.listings.length).toBe(content.listingFileCount);
    let text: string | null = null;
    await eachPage(page, 'listings/', async () => {
      const shokudo = page.locator('article[data-listing-id="otori-minna-shokudo"]');
      if ((await shokudo.count()) > 0) text = await shokudo.textContent();
    });
    expect(text).toContain('毎月 第2・第4土曜日 11:00〜14:00');
    expect(text).toContain('子ども（高校生まで）無料・大人300円');
    // Paused and closed listings carry a badge.
    const badges = new Map<string, string>();
    await eachPage(page, 'listings/inactive/', async () => {
      for (const card of await page.locator('article.listing-card').all())
        badges.set((await card.getAttribute('data-listing-id'))!, (await card.locator('.status-badge').textContent())!);
    });
    for (const listing of content.listings.filter((l) => l.data.status !== 'active'))
      expect(badges.get(listing.id), listing.id).toBe(listing.data.status === 'paused' ? '休止中' : '終了');
  });

  it('filters by kind through plain links', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}listings/`);
    await page
      .locator('.kind-filter')
      .getByRole('link', { name: /フリースクール/ })
      .click();
    await page.waitForURL(/\/kinds\/free-school\/$/);
    const kinds = await page
      .locator('article.listing-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kind')));
    const expected = content.listings.filter((l) => l.data.kind === 'free-school').length;
    expect(kinds.length).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['free-school']));
    await expect(page.locator('.kind-filter a[aria-current="page"]').textContent()).resolves.toContain(
      'フリースクール',
    );
  });
});

describe('listing page', () => {
  it('shows every field in plain Japanese with a tap-to-call phone', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/otori-minna-shokudo/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('おおとりみんな食堂');
    const main = (await page.locator('main').textContent()) ?? '';
    for (const words of [
      '毎月 第2・第4土曜日 11:00〜14:00（祝日はお休み）',
      '鳳東町会館',
      '要相談',
      'ボランティア募集中',
      '最終確認日',
    ]) {
      expect(main).toContain(words);
    }
    // Tap to call right under the name, and again with the other contacts.
    await expect(page.locator('a[href="tel:0720001234"]').count()).resolves.toBe(2);
    const correction = page.getByRole('link', { name: '情報の訂正を知らせる' });
    await expect(correction.getAttribute('href')).resolves.toMatch(/\/submit\/\?edit=otori-minna-shokudo$/);
    const byMail = page.getByRole('link', { name: 'メールで知らせる' });
    await expect(byMail.getAttribute('href')).resolves.toMatch(/^mailto:[^?]+\?subject=/);
    // Directions to the place, not a search for its coordinates.
    const directions = new URL((await page.getByRole('link', { name: /地図アプリで道順/ }).getAttribute('href'))!);
    expect(directions.pathname).toBe('/maps/dir/');
    expect(directions.searchParams.get('destination')).toBe('34.5391,135.4652');
  });

  it("lists a free school's grades, 出席扱い and 見学 as its listing view says them", async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/ebaraji-terakoya-gakuen/`);
    const section = page.locator('section[aria-labelledby="free-school"]');
    const rows = await section
      .locator('.facts > div')
      .evaluateAll((divs) =>
        divs.map((div) => [div.querySelector('dt')?.textContent?.trim(), div.querySelector('dd')?.textContent?.trim()]),
      );
    // A fact the file leaves out would read 「直接お問い合わせください」 in its row (tests/unit/listing-view.test.ts).
    expect(rows).toEqual([
      ['学年', '小学生'],
      ['出席扱い', '出席扱いなし'],
      ['見学', '見学は受け付けていません'],
    ]);
  });

  it('shows on a phone, right under the name, a call button, the next date and where it is', async () => {
    const { page } = await newPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.clock.setFixedTime(new Date('2026-12-07T09:00:00+09:00'));
    await page.goto(`${siteUrl}listings/otori-minna-shokudo/`);
    const quick = page.locator('[data-quick-facts]');
    const call = quick.locator('a[href="tel:0720001234"]');
    const box = (await call.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    // On the first screen, before the schedule and the other sections.
    expect(box.y + box.height).toBeLessThan(844);
    await expect(quick.locator('[data-quick-next]').innerText()).resolves.toBe('次回 12月12日（土） 11:00〜14:00');
    await expect(quick.innerText()).resolves.toContain('鳳東町会館');
    const order = await page.evaluate(() => {
      const quickFacts = document.querySelector('[data-quick-facts]')!;
      const when = document.querySelector('#when')!;
      return Boolean(quickFacts.compareDocumentPosition(when) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
  });

  it('shows only the area of an approximate place under its name, and opens the area in a maps app', async () => {
    const data = (await (await fetch(`${siteUrl}search-data.json`)).json()) as {
      listings: Array<{ id: string; radiusM?: number; display: { place: string } }>;
    };
    const approximate = data.listings.find((l) => l.radiusM)!;
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/${approximate.id}/`);
    await expect(page.locator('[data-quick-facts]').innerText()).resolves.toContain('地域');
    const maps = new URL((await page.locator('[data-maps-link]').getAttribute('href'))!);
    expect(maps.pathname).toBe('/maps/search/');
  });

  it('prints without navigation or the correction link', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/otori-minna-shokudo/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: '情報の訂正を知らせる' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('h2#when').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    // A4 pages in the PDF: one listing fits on two sheets at most.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('carries schema.org JSON-LD that parses', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/otori-minna-shokudo/`);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!) as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data.name).toBe('おおとりみんな食堂');
    expect(data.url).toMatch(/\/listings\/otori-minna-shokudo\/$/);
    const event = data.event as { eventSchedule: Array<Record<string, unknown>> };
    expect(event.eventSchedule).toEqual([
      expect.objectContaining({
        '@type': 'Schedule',
        byDay: 'https://schema.org/Saturday',
        byMonthWeek: [2, 4],
        startTime: '11:00',
        endTime: '14:00',
        scheduleTimezone: 'Asia/Tokyo',
      }),
    ]);
  });

  it('warns on paused, closed and long-unconfirmed listings', async () => {
    const paused = content.listings.find((l) => l.data.status === 'paused');
    const closed = content.listings.find((l) => l.data.status === 'closed');
    const stale = content.problems.find((p) => p.severity === 'warning' && p.field === 'verified.date');
    expect(paused && closed && stale).toBeTruthy();
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/${paused!.id}/`);
    await expect(page.locator('.status-banner').textContent()).resolves.toContain('休止中');
    await page.goto(`${siteUrl}listings/${closed!.id}/`);
    await expect(page.locator('.status-banner').textContent()).resolves.toContain('終了');
    const staleId = path.basename(stale!.file, '.md');
    await page.goto(`${siteUrl}listings/${staleId}/`);
    await expect(page.locator('.verified .warning').textContent()).resolves.toContain('確認されていません');
  });

  it('shows only the area of an approximate place', async () => {
    const approximate = content.listings.find((l) => l.data.location?.precision === 'approximate')!;
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/${approximate.id}/`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(approximate.data.location!.area!);
    expect(main).toContain('正確な場所は公開していません');
    if (approximate.data.location!.address) expect(main).not.toContain(approximate.data.location!.address);
    const directions = await page.getByRole('link', { name: /この地域を開く/ }).getAttribute('href');
    expect(directions).not.toContain(String(approximate.data.location!.lat));
  });
});

describe('every page', () => {
  it('has a skip link that moves focus to the main content', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toContain('本文へ移動');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
  });

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await newPage(browser);
    const response = await page.goto(`${siteUrl}listings/no-such-place/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('ページが見つかりません');
    await expect(page.getByRole('link', { name: '一覧からさがす' }).count()).resolves.toBe(1);
  });

  it('works with JavaScript turned off', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}listings/`);
    // A page of the open places, and links to the next pages.
    const pageSize = content.site!.directory?.pageSize ?? 50;
    const open = content.listings.filter((l) => l.data.status === 'active').length;
    await expect(page.locator('article.listing-card').count()).resolves.toBe(Math.min(pageSize, open));
    if (open > pageSize) await expect(page.locator('nav[data-pagination] a[rel="next"]').count()).resolves.toBe(1);
    await page
      .locator('.kind-filter')
      .getByRole('link', { name: /子ども食堂/ })
      .click();
    await page.waitForURL(/\/kinds\/kodomo-shokudo\/$/);
    await page.locator('article.listing-card a').first().click();
    await page.waitForURL(/\/listings\/[a-z0-9-]+\/$/);
    await expect(page.locator('h2#when').isVisible()).resolves.toBe(true);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const { page } = await newPage(browser, { viewport: { width: 320, height: 640 } });
    const dist = inject('distDir');
    const listingIds = (await readdir(path.join(dist, 'listings'))).filter((f) => !f.endsWith('.html'));
    for (const pathname of ['', 'listings/', 'consultation/', 'about/', `listings/${listingIds[0]}/`]) {
      await page.goto(`${siteUrl}${pathname}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, pathname).toBeLessThanOrEqual(0);
    }
  });
});

describe('counts', () => {
  // A count answers "how many places can a family go to": active listings only.
  const going = () => content.listings.filter((l) => l.data.status === 'active');
  const ofKind = (kind: string) => going().filter((l) => l.data.kind === kind).length;
  const number = (text: string | null, pattern: RegExp) => Number(pattern.exec(text ?? '')?.[1] ?? NaN);

  it('agree with the data and with each other on every page that counts', async () => {
    expect(content.listings.length).toBeGreaterThan(going().length); // the demo has paused and closed places
    const { page } = await newPage(browser, { javaScriptEnabled: false });

    await page.goto(siteUrl);
    const hero = await page.getByRole('link', { name: /一覧からさがす/ }).textContent();
    expect(number(hero, /（(\d+)か所）/)).toBe(going().length);
    let tiles = 0;
    for (const kind of KIND_VALUES) {
      const tile = number(await page.locator(`.kind-tile--${kind} .kind-tile__count`).textContent(), /(\d+)件/);
      expect(tile, kind).toBe(ofKind(kind));
      tiles += tile;
    }
    expect(tiles).toBe(going().length);

    const kindLinks = async () => {
      const counts = await page.locator('.kind-filter .count').allTextContents();
      return counts.map(Number);
    };
    const expectedLinks = [going().length, ...KIND_VALUES.map(ofKind)];
    await page.goto(`${siteUrl}listings/`);
    await expect(kindLinks()).resolves.toEqual(expectedLinks);
    expect(number(await page.locator('[data-result-count]').textContent(), /全 (\d+) 件/)).toBe(going().length);
    await expect(cardIds(page, 'listings/').then((ids) => ids.length)).resolves.toBe(going().length);

    for (const kind of KIND_VALUES) {
      await page.goto(`${siteUrl}kinds/${kind}/`);
      await expect(kindLinks()).resolves.toEqual(expectedLinks);
      expect(number(await page.locator('.result-count').textContent(), /(\d+) 件/), kind).toBe(ofKind(kind));
      await expect(cardIds(page, `kinds/${kind}/`).then((ids) => ids.length)).resolves.toBe(ofKind(kind));
    }

    const schools = content.schools.map(({ file: _file, ...school }) => school);
    const listings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools));
    await page.goto(`${siteUrl}schools/`);
    for (const school of schools) {
      const expected = listingsForSchool(school, schools, listings, content.site!.referral!.nearbyRadiusM);
      expect(expected.every((e) => e.listing.status === 'active')).toBe(true);
      const item = page.locator('.school-index li').filter({ has: page.locator(`a[href$="/schools/${school.id}/"]`) });
      expect(number(await item.textContent(), /（(\d+)か所）/), school.id).toBe(expected.length);
    }
    await page.context().close();
  });

  it('in the directory with JavaScript, the same total; paused and closed places only on request', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    await expect(page.locator('[data-result-count]').textContent()).resolves.toBe(`${going().length} 件`);
    await expect(page.locator('[data-inactive-listings]').count()).resolves.toBe(0);
    await page.locator('[data-filters] summary').click();
    await page.locator('input[name="all"]').check();
    await expect
      .poll(() => page.locator('[data-result-count]').textContent())
      .toBe(`${going().length} 件。休止中・終了した場所も、印をつけて並べています`);
    await page.context().close();
  });

  it('without JavaScript, keep paused and closed places on pages of their own, linked and marked', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}listings/`);
    const inactive = content.listings.filter((l) => l.data.status !== 'active');
    await expect(page.locator('main article.listing-card--inactive').count()).resolves.toBe(0);
    await page.locator('a[href$="/listings/inactive/"]').click();
    await page.waitForURL(/\/listings\/inactive\/$/);
    const ids = await cardIds(page, 'listings/inactive/');
    expect(new Set(ids)).toEqual(new Set(inactive.map((l) => l.id)));
    await page.context().close();
  });
});

describe('the holiday note', () => {
  // Listings with several rules, closed on holidays.
  const several = () =>
    content.listings.filter(
      (l) => l.data.status === 'active' && l.data.closedOnHolidays && (l.data.schedule?.length ?? 0) > 1,
    );
  const mentions = (text: string) => text.split('祝日').length - 1;

  it('is said once for the whole schedule on cards, listing pages and school pages', async () => {
    expect(several().length).toBeGreaterThan(1);
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    const seen = new Set<string>();
    await eachPage(page, 'listings/', async () => {
      for (const l of several()) {
        const card = page.locator(`article[data-listing-id="${l.id}"]`);
        if ((await card.count()) === 0) continue;
        seen.add(l.id);
        const lines = await card.locator('.facts > div:first-child .facts__line').allTextContents();
        expect(lines.at(-1), l.id).toBe('いずれも祝日はお休み');
        expect(mentions(lines.join('')), l.id).toBe(1);
      }
    });
    expect([...seen].sort()).toEqual(
      several()
        .map((l) => l.id)
        .sort(),
    );
    const first = several()[0]!;
    await page.goto(`${siteUrl}listings/${first.id}/`);
    const items = await page.locator('h2#when + ul li').allTextContents();
    expect(items).toHaveLength(first.data.schedule!.length + 1);
    expect(items.at(-1)).toBe('いずれも祝日はお休み');

    const schools = content.schools.map(({ file: _file, ...school }) => school);
    const listings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools));
    const school = schools.find((s) =>
      listingsForSchool(s, schools, listings, content.site!.referral!.nearbyRadiusM).some(
        (e) => e.listing.id === first.id,
      ),
    )!;
    await page.goto(`${siteUrl}schools/${school.id}/`);
    const when = await page
      .locator(`.school-entry[data-listing-id="${first.id}"] .facts div`)
      .filter({ hasText: '日時' })
      .first()
      .locator('dd')
      .textContent();
    expect(mentions(when!)).toBe(1);
    expect(when!.endsWith(' ／ いずれも祝日はお休み')).toBe(true);
    await page.context().close();
  });
});
