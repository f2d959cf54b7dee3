/**
 * /search-data.json: every listing's search record in one file, for open
 * uses and the tests. The directory reads the same records cut into shards
 * (/search/manifest.json, /search/<n>.json). Built from public listings only
 * (see src/lib/privacy/public-listing.ts).
 */
import type { APIRoute } from 'astro';
import { getContent } from '../data/entries.ts';
import { json, searchMeta } from '../data/search-files.ts';
import { toSearchRecord, type SearchData } from '../lib/search/search-data.ts';
import { buildSynonymTable } from '../core/text-normalize.ts';

export const GET: APIRoute = async () => {
  const { synonyms, listings } = await getContent();
  const table = buildSynonymTable(synonyms.groups);
  const data: SearchData = { ...(await searchMeta()), listings: listings.map((l) => toSearchRecord(l, table)) };
  return json(data);
};
