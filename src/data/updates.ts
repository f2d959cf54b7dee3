/**
 * 新着・更新 for the build: the listings added or changed lately, dated by the
 * content folder's git history (one `git log` per build) or their verified
 * dates, for the Atom feed under /data/ and the home page's latest five.
 */
import path from 'node:path';
import { contentDirFromEnv } from '../lib/content/content-dir.ts';
import { listingHistory } from '../lib/content/listing-history.ts';
import { FEED_LIMIT, listingUpdates, type ListingUpdate } from '../lib/open-data/updates.ts';
import { getContent } from './entries.ts';
import { href } from './urls.ts';

/** The feed's file name under /data/; every page's head links to it. */
export const FEED_FILE = 'updates.atom';

/** How many the home page shows. */
export const HOME_UPDATES = 5;

export function feedHref(): string {
  return href(`data/${FEED_FILE}`);
}

let cache: Promise<ListingUpdate[]> | undefined;

async function load(): Promise<ListingUpdate[]> {
  const [{ listings }, history] = await Promise.all([
    getContent(),
    listingHistory(path.join(contentDirFromEnv(), 'listings')),
  ]);
  return listingUpdates(listings, history, FEED_LIMIT);
}

/** The feed's entries, newest first; the home page shows the first few. Computed once per build. */
export function recentUpdates(): Promise<ListingUpdate[]> {
  if (import.meta.env.DEV) return load();
  cache ??= load();
  return cache;
}

export type { ListingUpdate };
