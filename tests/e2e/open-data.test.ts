/**
 * The /data/ page as a ward's staff or another site uses it: every file it
 * lists downloads from the built site, says how many records it holds, and
 * reads back with an independent parser — PapaParse for the CSVs (with their
 * BOM), @placemarkio/check-geojson for the GeoJSON, ajv with Open Referral's
 * own schema for HSDS.
 */
import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addMonths, tokyoToday } from '../../src/core/civil-date.ts';
import { PRESCHOOL_COLUMNS } from '../../src/lib/import/layouts.ts';
import { EVENT_COLUMNS } from '../../src/lib/open-data/event-csv.ts';
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

describe('/data/', () => {
  it('lists every file with its record count, and each count is what the file holds', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}data/`);
    expect(await page.locator('h1').textContent()).toContain('オープンデータ');
    const links = await page
      .locator('.data-file a[download]')
      .evaluateAll((els) => els.map((el) => el.textContent!.trim()));
    expect(links).toEqual(['271403_preschool.csv', '271403_event.csv', 'listings.geojson', 'hsds-services.json']);
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
    const until = addMonths(today, 3);
    const dates = events.slice(1).map((row) => row[EVENT_COLUMNS.indexOf('開始日')]!);
    expect(dates.length).toBeGreaterThan(20);
    for (const date of dates) {
      expect(date >= today && date <= until, date).toBe(true);
    }
    expect([...dates].sort()).toEqual(dates);

    const geojson = await download('listings.geojson');
    expect(geojson.type).toMatch(/^application\/geo\+json/);
    const collection = check(geojson.text);
    expect(collection.type === 'FeatureCollection' && collection.features.length).toBe(counts['listings.geojson']);

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
