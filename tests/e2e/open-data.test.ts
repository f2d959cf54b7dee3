/**
 * The /data/ page as a ward's staff or another site uses it: every file it
 * lists downloads from the built site, says how many records it holds, and
 * reads back with an independent parser — PapaParse for the CSVs (with their
 * BOM), @placemarkio/check-geojson for the GeoJSON, ajv with Open Referral's
 * own schema for HSDS, fast-xml-parser for the 新着・更新 Atom feed, which
 * every page's head links to and whose newest five the home page shows.
 */
import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, tokyoToday } from '../../src/core/civil-date.ts';
import { PRESCHOOL_COLUMNS } from '../../src/lib/import/layouts.ts';
import { EVENT_COLUMNS, EVENT_WINDOW_DAYS } from '../../src/lib/open-data/event-csv.ts';
import { launchBrowser } from '../../scripts/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function download(name: string): Promise<{ text: string; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${siteUrl}data/${name}`);
  expect(response.status, name).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { text: new TextDecoder().decode(bytes), type: response.headers.get('content-type'), bytes };
}

function csvRows(bytes: Uint8Array): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.endsWith('\r\n')).toBe(true);
  const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  link: { '@_href': string };
}

/** The feed's entries, read by an independent XML parser. */
function readFeed(text: string): FeedEntry[] {
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    textNodeName: 'text',
    isArray: (name) => name === 'entry',
  }).parse(text) as { feed: { id: string; entry?: Array<FeedEntry & { title: { text: string } }> } };
  expect(parsed.feed.id).toMatch(/\/data\/updates\.atom$/);
  return (parsed.feed.entry ?? []).map((e) => ({ ...e, title: e.title.text }));
}

describe('/data/', () => {
  it('lists every file with its record count, and each count is what the file holds', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}data/`);
    expect(await page.locator('h1').textContent()).toContain('オープンデータ');
    const links = await page
      .locator('.data-file a[download]')
      .evaluateAll((els) => els.map((el) => el.textContent!.trim()));
    expect(links).toEqual([
      '271403_preschool.csv',
      '271403_event.csv',
      'listings.csv',
      'listings.geojson',
      'school-districts.geojson',
      'hsds-services.json',
      'school-district-counts.csv',
      'updates.atom',
    ]);
    const counts = Object.fromEntries(
      await page
        .locator('[data-records]')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-records')!, Number.parseInt(el.textContent!, 10)]),
        ),
    );
    await page.close();

    const preschool = csvRows((await download('271403_preschool.csv')).bytes);
    expect(preschool[0]).toEqual([...PRESCHOOL_COLUMNS]);
    expect(counts['271403_preschool.csv']).toBe(preschool.length - 1);

    const events = csvRows((await download('271403_event.csv')).bytes);
    expect(events[0]).toEqual([...EVENT_COLUMNS]);
    expect(counts['271403_event.csv']).toBe(events.length - 1);
    const today = tokyoToday();
    const until = addDays(today, EVENT_WINDOW_DAYS - 1);
    const dates = events.slice(1).map((row) => row[EVENT_COLUMNS.indexOf('開始日')]!);
    expect(dates.length).toBeGreaterThan(20);
    for (const date of dates) {
      expect(date >= today && date <= until, date).toBe(true);
    }
    expect([...dates].sort()).toEqual(dates);

    const site = csvRows((await download('listings.csv')).bytes);
    expect(counts['listings.csv']).toBe(site.length - 1);
    expect(site[0]![0]).toBe('ID（ファイル名）');

    const geojson = await download('listings.geojson');
    expect(geojson.type).toMatch(/^application\/geo\+json/);
    const collection = check(geojson.text);
    expect(collection.type === 'FeatureCollection' && collection.features.length).toBe(counts['listings.geojson']);

    const districts = await download('school-districts.geojson');
    expect(districts.type).toMatch(/^application\/geo\+json/);
    const boundaries = check(districts.text);
    expect(boundaries.type === 'FeatureCollection' && boundaries.features.length).toBe(
      counts['school-districts.geojson'],
    );
    expect(counts['school-districts.geojson']).toBeGreaterThan(0);

    const feed = await download('updates.atom');
    expect(feed.type).toMatch(/^application\/atom\+xml/);
    expect(counts['updates.atom']).toBe(readFeed(feed.text).length);

    const hsds = JSON.parse((await download('hsds-services.json')).text) as unknown[];
    expect(hsds).toHaveLength(counts['hsds-services.json']!);
    const schema = JSON.parse(
      readFileSync(new URL('../vendor/openreferral-hsds-3.0/service_with_definitions.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const invalid = hsds.filter((service) => !validate(service));
    expect(invalid).toEqual([]);
  });

  it('is linked from the footer of every page and from the about page', async () => {
    const page = await browser.newPage();
    for (const path of ['', 'about/', 'listings/']) {
      await page.goto(`${siteUrl}${path}`);
      expect(await page.locator('.site-footer a', { hasText: 'オープンデータ' }).getAttribute('href')).toMatch(
        /\/data\/$/,
      );
    }
    await page.goto(`${siteUrl}about/`);
    expect(await page.locator('main a', { hasText: 'オープンデータ' }).count()).toBe(1);
    await page.close();
  });
});

describe('新着・更新', () => {
  it('is a feed of the newest listings, each linking to its page, newest first', async () => {
    const entries = readFeed((await download('updates.atom')).text);
    const listings = (await fetch(`${siteUrl}search-data.json`).then((r) => r.json())) as { listings: unknown[] };
    expect(entries).toHaveLength(Math.min(listings.listings.length, 50));
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.updated >= entries[i]!.updated).toBe(true);
    for (const entry of entries) {
      expect(entry.title).toMatch(/^【(新規|更新)】/);
      expect(entry.published <= entry.updated).toBe(true);
      expect(entry.link['@_href']).toBe(entry.id);
    }
    // The demo's history is in git, so the newest entry is dated by a commit, not a verified day's midnight.
    expect(entries[0]!.updated).not.toMatch(/T00:00:00\+09:00$/);
    const page = new URL(entries[0]!.id).pathname;
    expect(await fetch(new URL(page, siteUrl)).then((r) => r.status)).toBe(200);
  });

  it('is linked from the head of every page', async () => {
    const page = await browser.newPage();
    for (const path of ['', 'listings/', 'data/', 'about/', 'listings/otori-minna-shokudo/']) {
      await page.goto(`${siteUrl}${path}`);
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(link.count()).resolves.toBe(1);
      await expect(link.getAttribute('title')).resolves.toContain('新着・更新');
      const url = new URL((await link.getAttribute('href'))!, page.url());
      expect(url.pathname, path).toBe('/data/updates.atom');
    }
    await page.close();
  });

  it('shows its newest five on the home page, with links to the feed and /data/', async () => {
    const entries = readFeed((await download('updates.atom')).text);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: '新着・更新' }) });
    const items = section.getByRole('listitem');
    await expect(items.count()).resolves.toBe(5);
    for (const [i, entry] of entries.slice(0, 5).entries()) {
      const item = items.nth(i);
      const [, change, name] = /^【(新規|更新)】(.*)$/s.exec(entry.title)!;
      await expect(item.getByRole('link').textContent()).resolves.toBe(name);
      await expect(item.getByRole('link').getAttribute('href')).resolves.toBe(new URL(entry.id).pathname);
      await expect(item.textContent()).resolves.toContain(change);
      await expect(item.locator('time').getAttribute('datetime')).resolves.toBe(entry.updated);
    }
    await expect(section.locator('a[href$="/data/updates.atom"]').count()).resolves.toBe(1);
    await expect(section.locator('a[href$="/data/"]').count()).resolves.toBe(1);
    await page.close();
  });
});
