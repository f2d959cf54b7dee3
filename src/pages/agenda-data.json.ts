/**
 * /agenda-data.json: the records the agenda (/schedule/) redraws its days
 * from, in the directory's order (AgendaData in src/lib/search/search-data.ts).
 * Built from public listings only (see src/lib/privacy/public-listing.ts).
 */
import type { APIRoute } from 'astro';
import { getContent } from '../data/entries.ts';
import { json, searchMeta } from '../data/search-files.ts';
import { isOnAgenda } from '../lib/schedule/agenda.ts';
import { filterRecord, toSearchRecord, type AgendaData } from '../lib/search/search-data.ts';
import { buildSynonymTable } from '../core/text-normalize.ts';

export const GET: APIRoute = async () => {
  const { synonyms, listings } = await getContent();
  const table = buildSynonymTable(synonyms.groups);
  const { synonyms: _synonyms, ...meta } = await searchMeta();
  const data: AgendaData = {
    ...meta,
    listings: listings.map((l) => filterRecord(toSearchRecord(l, table))).filter(isOnAgenda),
  };
  return json(data);
};
