/**
 * /search-data.json: what the directory page searches and filters in the
 * browser. Built from public listings only (see src/lib/privacy/public-listing.ts).
 */
import type { APIRoute } from 'astro';
import { getContent } from '../data/entries.ts';
import { toSearchRecord, type SearchData } from '../lib/search/search-data.ts';
import { buildSynonymTable } from '../core/text-normalize.ts';
import { tokyoToday } from '../core/civil-date.ts';
import { holidayWindow } from '../lib/schedule/holidays.ts';
import { DEFAULT_NEARBY_RADIUS_M } from '../schema/site.ts';

export const GET: APIRoute = async () => {
  const { site, synonyms, schools, listings } = await getContent();
  const table = buildSynonymTable(synonyms.groups);
  const builtOn = tokyoToday();
  const data: SearchData = {
    synonyms: synonyms.groups,
    nearbyRadiusM: site.referral?.nearbyRadiusM ?? DEFAULT_NEARBY_RADIUS_M,
    holidays: holidayWindow(builtOn),
    schools: schools.map(({ id, name, level, lat, lng }) => ({ id, name, level, lat, lng })),
    listings: listings.map((listing) => toSearchRecord(listing, table)),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
