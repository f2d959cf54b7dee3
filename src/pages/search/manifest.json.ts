/**
 * /search/manifest.json: what the directory needs before its first shard of
 * search records — synonyms, holidays, schools, and how many shards there
 * are (src/lib/search/search-shards.ts).
 */
import type { APIRoute } from 'astro';
import { getContent } from '../../data/entries.ts';
import { json, searchMeta } from '../../data/search-files.ts';
import { searchManifest } from '../../lib/search/search-shards.ts';

export const GET: APIRoute = async () => {
  const { listings } = await getContent();
  return json(searchManifest(await searchMeta(), listings.length));
};
