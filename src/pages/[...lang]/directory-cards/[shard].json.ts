/**
 * /directory-cards/<n>.json (and /en/…, /easy/…): the directory's cards in
 * each language, CARD_SHARD_SIZE listings a file in the order of
 * /search-data.json, for results the server's page does not hold. Built from
 * public listings only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { tokyoToday } from '../../../core/civil-date.ts';
import { getContent, localContent } from '../../../data/entries.ts';
import { inEveryLocale } from '../../../data/locale-paths.ts';
import { messages } from '../../../i18n/index.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import { CARD_SHARD_SIZE, toCardEntry } from '../../../lib/search/card-entry.ts';

export const getStaticPaths = (async () => {
  const { listings } = await getContent();
  const shards = Math.max(1, Math.ceil(listings.length / CARD_SHARD_SIZE));
  return inEveryLocale(Array.from({ length: shards }, (_, i) => ({ params: { shard: String(i) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale: Locale = LOCALES.find((l) => l === params.lang) ?? 'ja';
  const { listings } = await localContent(locale);
  const t = messages(locale);
  const today = tokyoToday();
  const start = Number(params.shard) * CARD_SHARD_SIZE;
  const entries = listings
    .slice(start, start + CARD_SHARD_SIZE)
    .map((listing) =>
      toCardEntry(
        listing,
        today,
        { words: t.listing, facts: t.facts, vocabulary: t.vocabulary },
        t.common.parenthesised,
      ),
    );
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
