/**
 * /search/<n>.json: SEARCH_SHARD_SIZE search records in the order of
 * /search-data.json, the same records. Built from public listings only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../data/entries.ts';
import { json } from '../../data/search-files.ts';
import { toSearchRecord } from '../../lib/search/search-data.ts';
import { shardCount, shardSlice } from '../../lib/search/search-shards.ts';
import { buildSynonymTable } from '../../core/text-normalize.ts';

export const getStaticPaths = (async () => {
  const { listings } = await getContent();
  return Array.from({ length: shardCount(listings.length) }, (_, n) => ({ params: { shard: String(n) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { synonyms, listings } = await getContent();
  const table = buildSynonymTable(synonyms.groups);
  return json(shardSlice(listings, Number(params.shard)).map((l) => toSearchRecord(l, table)));
};
