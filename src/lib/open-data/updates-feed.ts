/**
 * The 新着・更新 feed's text: the Atom writer (atom.ts) given the site's words
 * for each entry. Only public fields reach it, and of those only what a
 * follower needs: the kind, where (an approximate place only as its area),
 * how often it opens, its status and its one-line summary. No phone, no next
 * date: an entry stays in readers long after the build that wrote it.
 */
import { vocabulary } from '../../i18n/ja/vocabulary.ts';
import { updates as WORDS } from '../../i18n/ja/updates.ts';
import type { PublicListing } from '../privacy/public-listing.ts';
import { scheduleInWords } from '../schedule-words.ts';
import { atomFeed } from './atom.ts';
import { FEED_LIMIT, type ListingUpdate } from './updates.ts';

const { kind: KINDS, status: STATUS } = vocabulary;

export interface UpdatesFeedOptions {
  readonly siteName: string;
  readonly region: string;
  readonly publisher: string;
  readonly licence: { readonly name: string; readonly url: string };
  /** The feed's own absolute URL. */
  readonly feedUrl: string;
  /** The site's home page, absolute. */
  readonly siteUrl: string;
  readonly pageUrl: (listing: PublicListing) => string;
  /** RFC 3339: the feed's `updated` when it has no entries. */
  readonly builtAt: string;
}

/** Where a listing is, in words an entry may carry: an approximate place only as its area. */
export function placeInWords(listing: PublicListing): string | undefined {
  const { place } = listing;
  if (place?.precision === 'approximate') return WORDS.place.approximate(place.area);
  if (place) return place.address;
  return listing.online ? WORDS.place.online : undefined;
}

export function updateTitle({ change, listing }: ListingUpdate): string {
  return WORDS.entryTitle(WORDS.change[change], listing.name);
}

/** The schedule as rules (scheduleInWords without a day, so no date that passes), or the note, or nothing. */
export function updateSummary({ listing }: ListingUpdate): string {
  return WORDS.entrySummary({
    kind: KINDS[listing.kind],
    place: placeInWords(listing),
    schedule: listing.schedule?.length ? scheduleInWords(listing) : listing.scheduleNote ? [listing.scheduleNote] : [],
    status: listing.status === 'active' ? undefined : STATUS[listing.status],
    summary: listing.summary,
  });
}

export function updatesFeed(updates: readonly ListingUpdate[], options: UpdatesFeedOptions): string {
  return atomFeed(updates, {
    feedUrl: options.feedUrl,
    siteUrl: options.siteUrl,
    title: WORDS.feedTitle(options.siteName),
    subtitle: WORDS.feedSubtitle(options.region, FEED_LIMIT),
    author: options.publisher,
    rights: WORDS.rights(options.licence.name, options.licence.url),
    builtAt: options.builtAt,
    entryUrl: options.pageUrl,
    entryTitle: updateTitle,
    entrySummary: updateSummary,
    category: (listing) => ({ term: listing.kind, label: KINDS[listing.kind] }),
  });
}
