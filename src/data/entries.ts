/**
 * What pages read: the site config, schools and public listings, fetched once
 * per build and sorted by reading (Japanese order).
 */
import { getCollection } from 'astro:content';
import type { SiteConfig } from '../schema/site.ts';
import { KIND_VALUES, type Kind } from '../schema/vocabulary.ts';
import type { Synonyms } from '../schema/synonyms.ts';
import type { PublicListing, SchoolRef } from '../lib/privacy/public-listing.ts';
import type { SchoolEntry } from '../lib/content/content-set.ts';
import { isCounted } from '../lib/counting.ts';
import { siteIn } from '../lib/site-text.ts';
import { listingIn, schoolIn } from '../lib/local-content.ts';
import type { Locale } from '../i18n/index.ts';

export { isCounted };

export type School = Omit<SchoolEntry, 'file'>;

const collator = new Intl.Collator('ja');

let cache: ReturnType<typeof load> | undefined;

async function load() {
  const [siteEntries, schoolEntries, listingEntries] = await Promise.all([
    getCollection('site'),
    getCollection('schools'),
    getCollection('listings'),
  ]);
  const site = siteEntries.find((e) => e.id === 'site')!.data as SiteConfig;
  const synonyms = (siteEntries.find((e) => e.id === 'synonyms')?.data as Synonyms | undefined) ?? { groups: [] };
  const schools = schoolEntries.map((e) => e.data as School).sort((a, b) => collator.compare(a.nameKana, b.nameKana));
  const listings = listingEntries
    .map((e) => e.data as PublicListing)
    .sort((a, b) => collator.compare(a.nameKana, b.nameKana) || a.id.localeCompare(b.id));
  return { site, synonyms, schools, listings };
}

/** In dev the content can change between requests, so only builds keep the cache. */
export function getContent() {
  if (import.meta.env.DEV) return load();
  cache ??= load();
  return cache;
}

async function localize(locale: Locale) {
  const content = await getContent();
  return {
    ...content,
    site: siteIn(content.site, locale),
    schools: content.schools.map((school) => schoolIn(school, locale)),
    listings: content.listings.map((listing) => listingIn(listing, locale)),
  };
}

/**
 * What a page in `locale` shows: the same content, with Japanese words marked
 * where the page is in another language (src/lib/local-content.ts). Pages read
 * this; data files read `getContent()`.
 */
export const localContent = oncePerLocale(localize);

/**
 * `make(locale)` worked out once per locale in a build, and shared by every
 * page that needs it (a per-page recount grows with pages × listings); made
 * afresh in dev, where the content can change between requests.
 */
export function oncePerLocale<T>(make: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const cache = new Map<Locale, Promise<T>>();
  return (locale) => {
    if (import.meta.env.DEV) return make(locale);
    let cached = cache.get(locale);
    if (!cached) cache.set(locale, (cached = make(locale)));
    return cached;
  };
}

/** The site config in a page's language: its names in that language where site.yaml gives them, the rest marked Japanese. */
export async function localSite(locale: Locale): Promise<SiteConfig> {
  return siteIn((await getContent()).site, locale);
}

/** Whether the site shows demo data: any fictional listing or school. */
export async function isDemoContent(): Promise<boolean> {
  const { schools, listings } = await getContent();
  return listings.some((l) => l.sample) || schools.some((s) => s.sample);
}

/** One static page per school, for /schools/<id>/ and its embeddable copy. */
export async function schoolPaths() {
  const { schools } = await getContent();
  return schools.map((school) => ({ params: { id: school.id }, props: { school } }));
}

/** How many places a family can go to, of all kinds: the total beside the kind counts. */
export function countPlaces(listings: readonly PublicListing[]): number {
  return listings.filter(isCounted).length;
}

/** How many places a family can go to, by kind, for the kind tiles and filter links. */
export function countByKind(listings: readonly PublicListing[]): Record<Kind, number> {
  return Object.fromEntries(
    KIND_VALUES.map((k) => [k, listings.filter((l) => l.kind === k && isCounted(l)).length]),
  ) as Record<Kind, number>;
}

export type { PublicListing, SchoolRef };
