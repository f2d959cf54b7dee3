/**
 * The directory in a real browser: search by any spelling, filters that live
 * in the URL, near-me sorting, and the map — with map tiles unreachable, as
 * they are here, so nothing may depend on them.
 */
import { axeFor } from './support/axe.ts';
import { showEveryResult } from './support/directory-results.ts';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';
import { fetchesBeforeFirstResults } from '../../scripts/first-results.ts';
import { distanceMetres, measuringPoint } from '../../src/lib/geo.ts';
import { filtersFromParams, passesFilters } from '../../src/lib/search/filters.ts';
import type { SearchData, SearchRecord } from '../../src/lib/search/search-data.ts';

const siteUrl = inject('siteUrl');
const directoryUrl = `${siteUrl}listings/`;
let browser: Browser;
let data: SearchData;

beforeAll(async () => {
  browser = await launchBrowser();
  data = (await (await fetch(`${siteUrl}search-data.json`)).json()) as SearchData;
});
afterAll(() => browser?.close());

async function openDirectory(path = '', options: BrowserContextOptions = {}, clock?: string): Promise<Page> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    ...options,
  });
  if (clock) await context.clock.setFixedTime(new Date(clock));
  // No tile server is reachable: every tile fails, as on a bad connection.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${directoryUrl}${path}`);
  await page.waitForSelector('[data-directory][data-ready="true"]');
  return page;
}

/** Ids of every result, in order, after pressing 「さらに表示」 until all are shown. */
async function visibleIds(page: Page): Promise<string[]> {
  await showEveryResult(page);
  return shownIds(page);
}

/** Ids of the cards on screen now, in the order shown. */
async function shownIds(page: Page): Promise<string[]> {
  return page
    .locator('.listing-list > li')
    .evaluateAll((items) =>
      items.filter((li) => !(li as HTMLElement).hidden).map((li) => (li as HTMLElement).dataset.listingId!),
    );
  // (Cards that are not shown are taken out of the list, not hidden.)
}

const active = () => data.listings.filter((r) => r.status === 'active');

describe('loading', () => {
  /** Paths fetched by a page until its first results were painted, with every search shard but the first held back. */
  async function firstFetches(path: string): Promise<{ page: Page; fetched: string[] }> {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    // Held, never answered: the first results may not wait for them.
    await context.route(/\/search\/(?!manifest\.json$|0\.json$)[^/]+\.json$/, () => {});
    const page = await context.newPage();
    const fetched = (await fetchesBeforeFirstResults(page, `${siteUrl}${path}`)).map((url) => new URL(url).pathname);
    return { page, fetched };
  }

  it('shows its first results after fetching only the search manifest and the first shard', async () => {
    const { page, fetched } = await firstFetches('listings/');
    const base = new URL(siteUrl).pathname;
    const search = fetched.filter((url) => url.startsWith(`${base}search/`));
    expect(search.sort()).toEqual([`${base}search/0.json`, `${base}search/manifest.json`]);
    // Besides them, at most the first card shard, for results past the server's page (the demo's pages are small).
    for (const url of fetched.filter((u) => u.endsWith('.json') && !search.includes(u)))
      expect(url).toBe(`${base}directory-cards/0.json`);
    expect((await shownIds(page)).slice(0, 3)).toEqual(
      active()
        .slice(0, 3)
        .map((r) => r.id),
    );
    await page.context().close();
  });

  it('on a later page of the list, shows results from the start', async () => {
    const { page } = await firstFetches('listings/page/2/');
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.slice(0, 3)).toEqual(
      active()
        .slice(0, 3)
        .map((r) => r.id),
    );
    await page.context().close();
  });

  it('once ready, a keystroke fetches nothing, cards included', async () => {
    const page = await openDirectory();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.push(request.url());
    });
    // Results whose cards the server's page does not hold.
    const last = active().at(-1)!;
    await page.fill('#directory-query', last.display.name);
    await expect.poll(() => shownIds(page).then((ids) => ids[0])).toBe(last.id);
    expect(fetched).toEqual([]);
    await page.context().close();
  });
});

describe('search', () => {
  it('finds the same listings whichever way 子ども食堂 is typed', async () => {
    const page = await openDirectory();
    const results: string[][] = [];
    for (const query of ['こども食堂', '子ども食堂', 'コドモ食堂', 'ｺﾄﾞﾓｼｮｸﾄﾞｳ', 'こどもしょくどう']) {
      await page.fill('#directory-query', query);
      results.push(await visibleIds(page));
    }
    expect(results[0]!.length).toBeGreaterThan(4);
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toContain('hamadera-kodomo-shokudo-himawari');
    await expect(page.locator('[data-result-count]').textContent()).resolves.toMatch(/^\d+ 件/);
  });

  it('finds a kanji name by its reading, best match first', async () => {
    const page = await openDirectory();
    await page.fill('#directory-query', 'ひだまりしょくどう');
    expect((await visibleIds(page))[0]).toBe('yamada-hidamari-shokudo');
  });

  it('finds listings typed in English or romaji, the reading written in romaji in the browser', async () => {
    const page = await openDirectory();
    await page.fill('#directory-query', 'こども食堂');
    const japanese = await visibleIds(page);
    for (const query of ['kids cafeteria', 'kodomo shokudo']) {
      await page.fill('#directory-query', query);
      expect(await visibleIds(page), query).toEqual(japanese);
    }
    await page.fill('#directory-query', 'hoshizora');
    expect((await visibleIds(page))[0]).toBe('ebaraji-kodomo-shokudo-hoshizora');
  });

  it('keeps typed text out of the URL unless the user shares it', async () => {
    const page = await openDirectory();
    await page.fill('#directory-query', '不登校');
    await page.locator('[data-filters] summary').click();
    await page.locator('input[name="kind"][value="free-school"]').check();
    await expect.poll(() => page.url()).toContain('kind=free-school');
    expect(page.url()).not.toContain(encodeURIComponent('不登校'));
    expect(page.url()).not.toContain('q=');
    await page.locator('[data-share-query]').check();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('q=不登校');
    // A shared link opens with the same text and view.
    const shared = await openDirectory(new URL(page.url()).search);
    await expect(shared.inputValue('#directory-query')).resolves.toBe('不登校');
    expect(await visibleIds(shared)).toEqual(await visibleIds(page));
  });

  it('suggests what to try and shows the consultation window when nothing matches', async () => {
    const page = await openDirectory();
    await page.fill('#directory-query', 'ぱぴぷぺぽ');
    expect(await visibleIds(page)).toEqual([]);
    await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-empty]').textContent()).resolves.toContain('ひらがなで入力');
    await expect(page.locator('[data-empty] a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-result-count]').textContent()).resolves.toBe('0 件');
  });
});

describe('long result lists', () => {
  it('come in pages, with a button that shows the rest and moves focus to them', async () => {
    const page = await openDirectory();
    const pageSize = Number(await page.locator('[data-directory]').getAttribute('data-page-size'));
    const total = active().length;
    expect(total).toBeGreaterThan(pageSize);
    expect(await shownIds(page)).toHaveLength(pageSize);
    const more = page.locator('[data-show-more]');
    await expect(more.textContent()).resolves.toBe(`さらに表示（残り ${total - pageSize} 件）`);
    await more.click();
    const after = await shownIds(page);
    expect(after).toHaveLength(Math.min(total, pageSize * 2));
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.dataset.listingId);
    expect(focused).toBe(after[pageSize]);
    // A new search starts again from the first page.
    await page.fill('#directory-query', 'しょくどう');
    expect((await shownIds(page)).length).toBeLessThanOrEqual(pageSize);
  });
});

describe('filters', () => {
  const cases: Array<[string, (page: Page) => Promise<void>]> = [
    ['kind', (p) => p.locator('input[name="kind"][value="ibasho"]').check()],
    ['service', (p) => p.locator('input[name="service"][value="study"]').check()],
    ['age', (p) => p.locator('input[name="age"][value="high-school"]').check()],
    ['free', (p) => p.locator('input[name="free"]').check()],
    ['noreserve', (p) => p.locator('input[name="noreserve"]').check()],
    ['day', (p) => p.locator('input[name="day"][value="SA"]').check()],
    [
      'district',
      async (p) => {
        await p.selectOption('#directory-district', data.schools.find((s) => s.level === 'elementary')!.id);
      },
    ],
    ['volunteering', (p) => p.locator('input[name="volunteering"]').check()],
    ['all', (p) => p.locator('input[name="all"]').check()],
  ];

  it.each(cases)('%s narrows the list correctly and survives a reload', async (param, apply) => {
    const page = await openDirectory();
    expect(await visibleIds(page)).toHaveLength(active().length);
    await page.locator('[data-filters] summary').click();
    await apply(page);
    await expect.poll(() => new URL(page.url()).searchParams.has(param)).toBe(true);
    const url = new URL(page.url());
    // Each filter counts once in the summary's count of chosen conditions.
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe('（1件の条件）');
    const state = filtersFromParams(
      url.searchParams,
      data.schools.map((s) => s.id),
    );
    const expected = data.listings.filter((r) => passesFilters(r, state)).map((r) => r.id);
    const shown = await visibleIds(page);
    expect(new Set(shown)).toEqual(new Set(expected));
    if (param === 'all') expect(shown.length).toBeGreaterThan(active().length);
    else expect(shown.length).toBeLessThan(active().length);
    await page.reload();
    await page.waitForSelector('[data-directory][data-ready="true"]');
    expect(new Set(await visibleIds(page))).toEqual(new Set(expected));
  });

  it('combines filters and the back button undoes the last one', async () => {
    const page = await openDirectory('?kind=kodomo-shokudo');
    const shokudo = await visibleIds(page);
    await page.locator('input[name="free"]').check();
    const both = await visibleIds(page);
    expect(both.length).toBeLessThanOrEqual(shokudo.length);
    for (const id of both) {
      const r = data.listings.find((l) => l.id === id)!;
      expect(r.kind === 'kodomo-shokudo' && r.free).toBe(true);
    }
    await page.goBack();
    await page.waitForURL(/kind=kodomo-shokudo$/);
    // The list follows the URL when the page has handled popstate.
    await expect.poll(() => visibleIds(page)).toEqual(shokudo);
    await expect(page.locator('input[name="free"]').isChecked()).resolves.toBe(false);
  });

  it('「ボランティア募集中」 works with the others and counts in the filter count', async () => {
    const page = await openDirectory('?kind=kodomo-shokudo&volunteering=1');
    await expect(page.locator('input[name="volunteering"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe('（2件の条件）');
    const expected = active()
      .filter((r) => r.kind === 'kodomo-shokudo' && r.volunteering)
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(await visibleIds(page))).toEqual(new Set(expected));
    // Every card shown says so.
    for (const id of expected)
      await expect(page.locator(`li[data-listing-id="${id}"] .listing-card__badges`).textContent()).resolves.toContain(
        'ボランティア募集中',
      );
    await page.locator('input[name="kind"][value="kodomo-shokudo"]').uncheck();
    await expect.poll(() => page.url()).not.toContain('kind=');
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe('（1件の条件）');
    expect(new Set(await visibleIds(page))).toEqual(
      new Set(
        active()
          .filter((r) => r.volunteering)
          .map((r) => r.id),
      ),
    );
  });

  it('ignores values in the URL that are not real options', async () => {
    const page = await openDirectory('?kind=<script>&district=nowhere&day=XX');
    expect(await visibleIds(page)).toHaveLength(active().length);
  });
});

describe('open on a day', () => {
  const isHoliday = (date: string) => data.holidays.includes(date);
  const expectedOn = (date: string) =>
    data.listings
      .filter((r) =>
        passesFilters(r, { ...filtersFromParams(new URLSearchParams(), []) }, { openDate: date, isHoliday }),
      )
      .map((r) => r.id);

  it('today, on a 2nd Saturday, shows what is open that day and badges it', async () => {
    const page = await openDirectory('?open=today', {}, '2026-12-12T09:00:00+09:00');
    const shown = await visibleIds(page);
    expect(new Set(shown)).toEqual(new Set(expectedOn('2026-12-12')));
    expect(shown).toContain('otori-minna-shokudo');
    await expect(
      page.locator('li[data-listing-id="otori-minna-shokudo"] [data-card-badge]').textContent(),
    ).resolves.toBe('本日開催');
    await expect(page.locator('input[name="open"][value="today"]').isChecked()).resolves.toBe(true);
  });

  it('a public holiday closes listings that close on holidays', async () => {
    const page = await openDirectory('?open=2026-11-23', {}, '2026-11-20T09:00:00+09:00');
    const onHoliday = await visibleIds(page);
    expect(onHoliday).not.toContain('nishi-kodomo-katei-center');
    expect(new Set(onHoliday)).toEqual(new Set(expectedOn('2026-11-23')));
    const next = await openDirectory('?open=2026-11-24', {}, '2026-11-20T09:00:00+09:00');
    expect(await visibleIds(next)).toContain('nishi-kodomo-katei-center');
  });

  it('on New Year’s Eve: closed dates and 元日 hold for today and tomorrow', async () => {
    const today = await openDirectory('?open=today', {}, '2026-12-31T10:00:00+09:00');
    const onEve = await visibleIds(today);
    // The LINE window and the ward centre list 31 December as closed.
    expect(onEve).not.toContain('line-soudan-kokoro-no-mado');
    expect(onEve).not.toContain('nishi-kodomo-katei-center');
    expect(new Set(onEve)).toEqual(new Set(expectedOn('2026-12-31')));
    const tomorrow = await openDirectory('?open=tomorrow', {}, '2026-12-31T10:00:00+09:00');
    const onNewYear = await visibleIds(tomorrow);
    expect(onNewYear).not.toContain('line-soudan-kokoro-no-mado');
    // Listings closed on holidays are closed on 元日 too.
    for (const id of data.listings.filter((r) => r.schedule.closedOnHolidays).map((r) => r.id))
      expect(onNewYear).not.toContain(id);
    expect(new Set(onNewYear)).toEqual(new Set(expectedOn('2027-01-01')));
  });

  it('this Saturday is chosen in the form and kept in the URL', async () => {
    const page = await openDirectory('', {}, '2026-12-08T09:00:00+09:00');
    await page.locator('[data-filters] summary').click();
    await page.locator('input[name="open"][value="saturday"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBe('saturday');
    expect(new Set(await visibleIds(page))).toEqual(new Set(expectedOn('2026-12-12')));
    await page.fill('#directory-open-date', '2026-12-13');
    await page.locator('#directory-open-date').dispatchEvent('change');
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBe('2026-12-13');
    expect(new Set(await visibleIds(page))).toEqual(new Set(expectedOn('2026-12-13')));
  });

  /** The label of each 「開いている日」 choice, as read. */
  const openLabels = (page: Page) =>
    page
      .locator('input[name="open"]')
      .evaluateAll((inputs) =>
        Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).value, i.closest('label')!.textContent!.trim()])),
      );

  it('the labels say which date they mean, for the day the page is read', async () => {
    // A Tuesday, whatever day the site was built.
    const tuesday = await openDirectory('', {}, '2026-12-08T09:00:00+09:00');
    await expect(openLabels(tuesday)).resolves.toMatchObject({
      today: '今日（12月8日・火曜日）',
      tomorrow: '明日（12月9日・水曜日）',
      saturday: '今度の土曜日（12月12日）',
      sunday: '今度の日曜日（12月13日）',
    });
    // On a Saturday, 今度の土曜日 is today; at midnight in Tokyo, still 31 December in UTC, today is 1 January.
    const saturday = await openDirectory('', {}, '2026-12-12T23:30:00+09:00');
    await expect(openLabels(saturday)).resolves.toMatchObject({
      saturday: '今度の土曜日（12月12日・今日）',
      sunday: '今度の日曜日（12月13日・明日）',
    });
    const eve = await openDirectory('', {}, '2026-12-31T15:00:00Z'); // 1 January, 00:00 in Tokyo
    await expect(openLabels(eve)).resolves.toMatchObject({ today: '今日（1月1日・金曜日）' });
  });

  it('without JavaScript, no label states a date (the page may be days old)', async () => {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(directoryUrl);
    await expect(page.locator('[data-directory-controls]').isVisible()).resolves.toBe(false);
    const labels = await openLabels(page);
    expect(labels.saturday).toBe('今度の土曜日');
    for (const label of Object.values(labels)) expect(label).not.toMatch(/\d+月\d+日/);
    await context.close();
  });
});

describe('today’s badge on the cards', () => {
  const badge = (page: Page, id: string) => page.locator(`li[data-listing-id="${id}"] [data-card-badge]`);

  it('says 本日開催 until the session closes, then that it is over, in Tokyo time', async () => {
    // otori-minna-shokudo: 2nd and 4th Saturdays, 11:00〜14:00.
    const during = await openDirectory('', {}, '2026-12-12T13:59:00+09:00');
    await expect(badge(during, 'otori-minna-shokudo').textContent()).resolves.toBe('本日開催');
    const after = await openDirectory('', {}, '2026-12-12T14:00:00+09:00');
    await expect(badge(after, 'otori-minna-shokudo').textContent()).resolves.toBe('本日は終了しました');
    // 05:00 UTC is 14:00 in Tokyo, for a browser in Los Angeles too.
    const abroad = await openDirectory('', { timezoneId: 'America/Los_Angeles' }, '2026-12-12T05:00:00Z');
    await expect(badge(abroad, 'otori-minna-shokudo').textContent()).resolves.toBe('本日は終了しました');
  });
});

describe('near me', () => {
  const home = { latitude: 34.5285, longitude: 135.4405 };

  it('sorts by straight-line distance from the position and shows it', async () => {
    const page = await openDirectory('', { geolocation: home, permissions: ['geolocation'] });
    await page.click('[data-near-me]');
    // The position arrives later, after 「現在地を確かめています…」.
    await expect.poll(() => page.locator('[data-result-count]').textContent()).toContain('現在地から近い順');
    const shown = await visibleIds(page);
    const metres = shown
      .map((id) => data.listings.find((r) => r.id === id)!)
      .filter((r): r is SearchRecord & { lat: number; lng: number } => r.lat !== undefined)
      // An approximate place is measured from its cell, not from its circle's offset centre.
      .map((r) =>
        distanceMetres(
          { lat: home.latitude, lng: home.longitude },
          measuringPoint({ lat: r.lat, lng: r.lng }, Boolean(r.radiusM)),
        ),
      );
    expect(metres.length).toBeGreaterThan(10);
    for (let i = 1; i < metres.length; i++) expect(metres[i]).toBeGreaterThanOrEqual(metres[i - 1]!);
    const first = page.locator(`li[data-listing-id="${shown[0]}"] [data-distance]`);
    await expect(first.textContent()).resolves.toMatch(/^現在地から約 [\d.]+ (m|km)/);
  });

  it('offers a school or a point on the map when the position is refused', async () => {
    const page = await openDirectory('', { permissions: [] });
    await page.click('[data-near-me]');
    // The refusal arrives later, after 「現在地を確かめています…」.
    await expect.poll(() => page.locator('[data-near-status]').textContent()).toContain('学校から近い順');
    const school = data.schools[0]!;
    await page.selectOption('[data-origin-school]', school.id);
    await expect.poll(() => page.locator('[data-result-count]').textContent()).toContain(`${school.name}から近い順`);
  });
});

describe('map', () => {
  it('loads on demand, with a marker per exact place and a circle per approximate one', async () => {
    const page = await openDirectory();
    const scriptsBefore = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    // Neither Leaflet's code nor its stylesheet is fetched before the map is asked for.
    expect(scriptsBefore.filter((name) => /directory-map|leaflet/.test(name))).toEqual([]);
    await visibleIds(page); // every card on the page, to read names from
    await page.click('[data-map-toggle]');
    await page.waitForSelector('.leaflet-container');
    await page.waitForSelector('.leaflet-marker-icon');
    const approximate = active().filter((r) => r.radiusM);
    expect(approximate.length).toBeGreaterThanOrEqual(5);
    // Every place with a point is drawn once: as a pin, as a circle (approximate ones), or counted in a cluster.
    const placed = active().filter((r) => r.lat !== undefined).length;
    await page.waitForFunction(
      (n) => {
        const clusters = [...document.querySelectorAll('.map-cluster')].reduce(
          (sum, c) => sum + Number(c.textContent),
          0,
        );
        const pins = document.querySelectorAll('.leaflet-marker-icon:not(.map-cluster)').length;
        return clusters + pins + document.querySelectorAll('path.map-area').length === n;
      },
      placed,
      { timeout: 10_000 },
    );
    // Closer in, clusters open into pins and circles.
    for (let zoomIns = 0; (await page.locator('path.map-area').count()) === 0; zoomIns++) {
      expect(zoomIns, 'zoomed in without a circle coming out of a cluster').toBeLessThan(6);
      await page.click('.leaflet-control-zoom-in');
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    }
    // Approximate places are never markers: no marker carries their names.
    const labels = await page
      .locator('.leaflet-marker-icon')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const r of approximate) {
      const name = await page.locator(`li[data-listing-id="${r.id}"] .listing-card__title`).textContent();
      expect(labels.some((label) => label.startsWith(name!.trim()))).toBe(false);
    }
    // Every single-place marker has a title of its own.
    const placeLabels = labels.filter((label) => !label.includes('まとまり'));
    expect(placeLabels.length).toBeGreaterThan(0);
    expect(new Set(placeLabels).size).toBe(placeLabels.length);
    // The attribution stays visible even though no tile loaded.
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('地理院タイル');
  });

  it('follows search and filters', async () => {
    const page = await openDirectory();
    await page.click('[data-map-toggle]');
    await page.waitForSelector('.leaflet-marker-icon');
    await page.locator('[data-filters] summary').click();
    await page.locator('input[name="kind"][value="free-school"]').check();
    // The map may still be finishing its start when the filter changes.
    await expect.poll(() => page.locator('.leaflet-marker-icon.map-pin--kodomo-shokudo').count()).toBe(0);
    await expect.poll(() => page.locator('path.map-area--kodomo-shokudo').count()).toBe(0);
  });

  it('sorts by distance from a point tapped on the map', async () => {
    const page = await openDirectory();
    await page.click('[data-map-toggle]');
    await page.waitForSelector('.leaflet-marker-icon');
    await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    // Near the top-right corner, away from the zoom buttons.
    await page.mouse.click(box.x + box.width - 30, box.y + 30);
    await expect.poll(() => page.locator('[data-result-count]').textContent()).toContain('地図で選んだ場所から近い順');
    await expect.poll(() => page.locator('path.map-origin').count()).toBe(1);
  });

  it('lets one finger scroll the page past it on a phone', async () => {
    const page = await openDirectory('', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
    });
    await page.click('[data-map-toggle]');
    await page.waitForSelector('.leaflet-marker-icon');
    // Leaflet marks a draggable map with leaflet-grab and blocks touch panning on it.
    await expect(page.locator('.leaflet-container.leaflet-grab').count()).resolves.toBe(0);
    const touchAction = await page.locator('.leaflet-container').evaluate((el) => getComputedStyle(el).touchAction);
    expect(touchAction).not.toBe('none');
  });

  it('works by keyboard alone', async () => {
    const page = await openDirectory();
    await page.focus('#directory-query');
    await page.keyboard.type('しょくどう');
    const typed = await visibleIds(page);
    expect(typed.length).toBeGreaterThan(0);
    // Tab to the map switch and open it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-map-toggle'))) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('.leaflet-marker-icon');
    // Markers and clusters are reachable by Tab and open with Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('leaflet-marker-icon'))) break;
    }
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toBeTruthy();
    await page.keyboard.press('Enter');
    if (label!.includes('まとまり')) {
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    } else {
      await page.waitForSelector('.leaflet-popup-content a');
    }
  });

  it('passes axe with the map open', async () => {
    const page = await openDirectory();
    await page.click('[data-map-toggle]');
    await page.waitForSelector('.leaflet-marker-icon');
    await page.locator('[data-filters] summary').click();
    const { violations } = await axeFor(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
