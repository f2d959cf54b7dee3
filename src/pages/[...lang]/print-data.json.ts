/**
 * /print-data.json, /en/print-data.json, /easy/print-data.json: what the
 * print list of each language needs for each listing that is not closed —
 * its facts in that language, its own text translated where the listing
 * translates it (the rest marked Japanese), and the QR code's link to the
 * listing page in that language. Built from public listings only.
 */
import type { APIRoute } from 'astro';
import { localContent } from '../../data/entries.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { absolutePageUrl } from '../../data/urls.ts';
import { tokyoToday } from '../../core/civil-date.ts';
import { messages } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { toPrintEntry, type PrintEntry } from '../../lib/print-entry.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale: Locale = LOCALES.find((l) => l === params.lang) ?? 'ja';
  const { listings } = await localContent(locale);
  const { facts, vocabulary } = messages(locale);
  const today = tokyoToday();
  const entries: Record<string, PrintEntry> = {};
  for (const listing of listings) {
    if (listing.status === 'closed') continue;
    entries[listing.id] = toPrintEntry(listing, absolutePageUrl(locale, `listings/${listing.id}/`, site), today, {
      facts,
      vocabulary,
    });
  }
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
