/**
 * The 新着・更新 feed as Atom (RFC 4287), which feed readers, the 社会福祉協議会's
 * and schools' sites can follow. Every text is plain text (`type="text"`),
 * escaped here and stripped of characters XML cannot carry, so a listing's
 * words can never become markup in a reader. It holds only what the caller
 * passes from public listings: the words come from the caller, as the site's
 * dictionary has them.
 */
import type { PublicListing } from '../privacy/public-listing.ts';
import type { ListingUpdate } from './updates.ts';

export interface AtomFeedOptions {
  /** The feed's own absolute URL: its id and its `self` link, as RFC 4287 asks a feed to have. */
  readonly feedUrl: string;
  /** The site's home page, the feed's `alternate` link. */
  readonly siteUrl: string;
  readonly title: string;
  readonly subtitle: string;
  /** Who publishes the site: the feed's author, so no entry needs one of its own. */
  readonly author: string;
  /** The data licence, in words. */
  readonly rights: string;
  /** The feed's `updated` when it has no entries; otherwise its newest entry's. */
  readonly builtAt: string;
  readonly entryUrl: (listing: PublicListing) => string;
  readonly entryTitle: (update: ListingUpdate) => string;
  readonly entrySummary: (update: ListingUpdate) => string;
  /** The kind, as a category readers can group by. */
  readonly category: (listing: PublicListing) => { term: string; label: string };
}

/** XML 1.0 allows tab, newline, carriage return and these; anything else would make the file unreadable. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text for an element's content or a quoted attribute: nothing in it can open a tag, an entity or close a quote. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, text: string, indent: string, attributes = ''): string {
  return `${indent}<${name}${attributes}>${xmlText(text)}</${name}>`;
}

function link(rel: string, type: string, url: string, indent: string): string {
  return `${indent}<link rel="${rel}" type="${type}" href="${xmlText(url)}"/>`;
}

function entry(update: ListingUpdate, options: AtomFeedOptions): string {
  const { listing } = update;
  const url = options.entryUrl(listing);
  const category = options.category(listing);
  const indent = '    ';
  return [
    '  <entry>',
    // The listing's page is its permanent address, so a changed listing is the same entry, updated.
    element('id', url, indent),
    element('title', options.entryTitle(update), indent, ' type="text"'),
    link('alternate', 'text/html', url, indent),
    element('published', update.published, indent),
    element('updated', update.updated, indent),
    `${indent}<category term="${xmlText(category.term)}" label="${xmlText(category.label)}"/>`,
    element('summary', options.entrySummary(update), indent, ' type="text"'),
    '  </entry>',
  ].join('\n');
}

/** The feed for `updates`, newest first as given. */
export function atomFeed(updates: readonly ListingUpdate[], options: AtomFeedOptions): string {
  const updated = updates.reduce((latest, u) => (u.updated > latest ? u.updated : latest), '') || options.builtAt;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    element('id', options.feedUrl, '  '),
    element('title', options.title, '  ', ' type="text"'),
    element('subtitle', options.subtitle, '  ', ' type="text"'),
    element('updated', updated, '  '),
    link('self', 'application/atom+xml', options.feedUrl, '  '),
    link('alternate', 'text/html', options.siteUrl, '  '),
    `  <author>\n${element('name', options.author, '    ')}\n  </author>`,
    element('rights', options.rights, '  ', ' type="text"'),
    ...updates.map((u) => entry(u, options)),
    '</feed>',
    '',
  ].join('\n');
}
