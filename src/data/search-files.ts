/**
 * What the search data files hold besides the records, read once for
 * /search-data.json, /search/manifest.json and the search shards: the
 * synonyms, the holidays of the window a page may be read in, and the schools.
 */
import { tokyoToday } from '../core/civil-date.ts';
import { holidayWindow } from '../lib/schedule/holidays.ts';
import type { SearchData } from '../lib/search/search-data.ts';
import { DEFAULT_NEARBY_RADIUS_M } from '../schema/site.ts';
import { getContent } from './entries.ts';

export async function searchMeta(): Promise<Omit<SearchData, 'listings'>> {
  const { site, synonyms, schools } = await getContent();
  return {
    synonyms: synonyms.groups,
    nearbyRadiusM: site.referral?.nearbyRadiusM ?? DEFAULT_NEARBY_RADIUS_M,
    holidays: holidayWindow(tokyoToday()),
    schools: schools.map(({ id, name, level, lat, lng }) => ({ id, name, level, lat, lng })),
  };
}

export const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
