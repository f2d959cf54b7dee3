/**
 * 新着・更新: which listings were added or changed lately, newest first, for
 * the Atom feed and the home page. Each listing's dates come from the content
 * folder's git history when it has one (src/lib/content/listing-history.ts)
 * and from its `verified` date otherwise.
 */
import { tokyoToday } from '../../core/civil-date.ts';
import type { ListingHistory } from '../content/listing-history.ts';
import type { PublicListing } from '../privacy/public-listing.ts';

/** 新規 (added) or 更新 (changed). */
export type UpdateKind = 'added' | 'changed';

export interface ListingUpdate {
  readonly listing: PublicListing;
  /** When the listing first appeared: RFC 3339 in Japan time. */
  readonly published: string;
  /** When it last changed: never before `published`. */
  readonly updated: string;
  readonly change: UpdateKind;
}

/** The feed holds this many entries, so it stays small for readers however large the directory grows. */
export const FEED_LIMIT = 50;

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** An instant as RFC 3339 in Japan time, to the second: 2026-10-12T09:30:00+09:00. */
export function tokyoTimestamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000 + TOKYO_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+09:00');
}

/** The day a verified date names, from its first moment in Japan. */
function verifiedInstant(listing: PublicListing): number {
  return Date.parse(`${listing.verified.date}T00:00:00+09:00`);
}

export function listingUpdate(listing: PublicListing, history: ListingHistory): ListingUpdate {
  const recorded = history.dates.get(listing.id);
  const verified = verifiedInstant(listing);
  const added = recorded ? Date.parse(recorded.added) : verified;
  const changed = Math.max(verified, recorded ? Date.parse(recorded.changed) : verified);
  // 新規 only when git saw the file arrive and nothing changed it on a later
  // day: a same-day typo fix is still part of its arrival. Without git (or for
  // a file not yet committed) the only date is the day its facts were last
  // confirmed, which says the information was checked, not that the place is
  // new — so it is 更新, never a claim of 新規 the build cannot back.
  const change: UpdateKind =
    recorded && tokyoToday(new Date(added)) === tokyoToday(new Date(changed)) ? 'added' : 'changed';
  return {
    listing,
    published: tokyoTimestamp(Math.min(added, changed)),
    updated: tokyoTimestamp(changed),
    change,
  };
}

/** The `limit` most recent updates: latest change first, then latest arrival, then id, so every build agrees. */
export function listingUpdates(
  listings: readonly PublicListing[],
  history: ListingHistory,
  limit = FEED_LIMIT,
): ListingUpdate[] {
  return listings
    .map((listing) => listingUpdate(listing, history))
    .sort(
      (a, b) =>
        b.updated.localeCompare(a.updated) ||
        b.published.localeCompare(a.published) ||
        a.listing.id.localeCompare(b.listing.id),
    )
    .slice(0, limit);
}
