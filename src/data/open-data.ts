/**
 * The open-data files built with the site (/data/…), from public listings
 * only: what each file is called, holds and how it is written, and its text.
 * The /data/ page and the file endpoints read this one list, so the page can
 * never describe a file that is not built, or miss one that is.
 */
import { tokyoToday } from '../core/civil-date.ts';
import { scheduleInWords } from '../lib/schedule-words.ts';
import { audienceInWords } from '../lib/listing-words.ts';
import { preschoolCsv } from '../lib/open-data/preschool-csv.ts';
import { eventCsvOf, eventRows } from '../lib/open-data/event-csv.ts';
import { listingsGeoJson } from '../lib/open-data/geojson.ts';
import { districtsGeoJson } from '../lib/open-data/districts-geojson.ts';
import { updatesFeed } from '../lib/open-data/updates-feed.ts';
import { tokyoTimestamp } from '../lib/open-data/updates.ts';
import { hsdsServices } from '../lib/open-data/hsds.ts';
import { siteCsv } from '../lib/open-data/site-csv.ts';
import { isJapaneseHoliday } from '../lib/schedule/holidays.ts';
import type { PublicListing } from '../lib/privacy/public-listing.ts';
import { vocabulary } from '../i18n/ja/vocabulary.ts';
import { getContent } from './entries.ts';
import { FEED_FILE, recentUpdates } from './updates.ts';
import { absoluteUrl } from './urls.ts';
import { GAP_CSV_NAME, gapCsvText, gapLevels } from './gaps.ts';

const { kind: KINDS } = vocabulary;

export type DataFormat = 'csv' | 'geojson' | 'json' | 'atom';

export interface DataFile {
  /** The file name under /data/. */
  readonly name: string;
  /** Which entry of the dictionary's `data.files` describes it. */
  readonly key: 'preschool' | 'event' | 'site' | 'geojson' | 'districts' | 'hsds' | 'updates' | 'gaps';
  readonly format: DataFormat;
  /** How many records it holds (rows after the header, features, services). */
  readonly records: number;
  readonly contentType: string;
  readonly text: string;
}

const CSV_TYPE = 'text/csv; charset=utf-8';

function pageUrl(site: URL | undefined) {
  return (listing: PublicListing) => absoluteUrl(`listings/${listing.id}/`, site);
}

/** 「大阪府堺市西区」 → 大阪府 and 堺市西区, for the event list's two address columns. */
function splitPrefecture(prefix: string): { prefecture: string; city: string } {
  const match = /^(.+?[都道府県])(.*)$/.exec(prefix);
  return match ? { prefecture: match[1]!, city: match[2]! } : { prefecture: '', city: prefix };
}

let cache: Promise<DataFile[]> | undefined;

async function build(site: URL | undefined): Promise<DataFile[]> {
  const { site: config, listings, schools } = await getContent();
  const url = pageUrl(site);
  const kindLabel = (listing: PublicListing) => KINDS[listing.kind];
  const files: DataFile[] = [];
  const from = tokyoToday();
  if (config.openData) {
    const { publisherCode, publisherName, locationCode } = config.openData;
    files.push({
      name: `${publisherCode}_preschool.csv`,
      key: 'preschool',
      format: 'csv',
      records: listings.length,
      contentType: CSV_TYPE,
      text: preschoolCsv(listings, { publisherCode, publisherName, locationCode, kindLabel, pageUrl: url }),
    });
    const eventOptions = {
      locationCode,
      ...splitPrefecture(config.region.addressPrefix),
      from,
      isHoliday: isJapaneseHoliday,
      pageUrl: url,
    };
    const events = eventRows(listings, eventOptions);
    files.push({
      name: `${publisherCode}_event.csv`,
      key: 'event',
      format: 'csv',
      records: events.length,
      contentType: CSV_TYPE,
      text: eventCsvOf(events),
    });
  }
  files.push({
    name: 'listings.csv',
    key: 'site',
    format: 'csv',
    records: listings.length,
    contentType: CSV_TYPE,
    text: siteCsv(listings),
  });
  const geojson = listingsGeoJson(listings, {
    kindLabel,
    pageUrl: url,
    scheduleWords: (listing) => scheduleInWords(listing, from),
  });
  files.push({
    name: 'listings.geojson',
    key: 'geojson',
    format: 'geojson',
    records: geojson.features.length,
    contentType: 'application/geo+json; charset=utf-8',
    text: `${JSON.stringify(geojson, null, 1)}\n`,
  });
  const districts = districtsGeoJson(schools, { schoolPage: (school) => absoluteUrl(`schools/${school.id}/`, site) });
  files.push({
    name: 'school-districts.geojson',
    key: 'districts',
    format: 'geojson',
    records: districts.features.length,
    contentType: 'application/geo+json; charset=utf-8',
    text: `${JSON.stringify(districts, null, 1)}\n`,
  });
  const services = hsdsServices(listings, {
    siteUrl: absoluteUrl('', site),
    pageUrl: url,
    scheduleWords: (listing) => scheduleInWords(listing, from),
    audienceWords: (listing) => audienceInWords(listing.audience),
  });
  files.push({
    name: 'hsds-services.json',
    key: 'hsds',
    format: 'json',
    records: services.length,
    contentType: 'application/json; charset=utf-8',
    text: `${JSON.stringify(services, null, 1)}\n`,
  });
  const levels = await gapLevels('ja');
  files.push({
    name: GAP_CSV_NAME,
    key: 'gaps',
    format: 'csv',
    records: levels.reduce((sum, level) => sum + level.rows.length, 0),
    contentType: CSV_TYPE,
    text: gapCsvText(levels),
  });
  const updates = await recentUpdates();
  files.push({
    name: FEED_FILE,
    key: 'updates',
    format: 'atom',
    records: updates.length,
    contentType: 'application/atom+xml; charset=utf-8',
    text: updatesFeed(updates, {
      siteName: config.siteName,
      region: config.region.name,
      publisher: config.publisher,
      licence: config.dataLicense,
      feedUrl: absoluteUrl(`data/${FEED_FILE}`, site),
      siteUrl: absoluteUrl('', site),
      pageUrl: url,
      builtAt: tokyoTimestamp(Date.now()),
    }),
  });
  return files;
}

/** Every open-data file, built once per build. */
export function openDataFiles(site: URL | undefined): Promise<DataFile[]> {
  if (import.meta.env.DEV) return build(site);
  cache ??= build(site);
  return cache;
}
