/**
 * /print-data.json: what the print list needs for each listing that is not
 * closed. Built from public listings only.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../data/entries.ts';
import { absoluteUrl } from '../data/urls.ts';
import { tokyoToday } from '../core/civil-date.ts';
import { toPrintEntry, type PrintEntry } from '../lib/print-entry.ts';

export const GET: APIRoute = async ({ site }) => {
  const { listings } = await getContent();
  const today = tokyoToday();
  const entries: Record<string, PrintEntry> = {};
  for (const listing of listings) {
    if (listing.status === 'closed') continue;
    entries[listing.id] = toPrintEntry(listing, absoluteUrl(`listings/${listing.id}/`, site), today);
  }
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
