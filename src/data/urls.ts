/**
 * Every internal URL goes through Astro's `base`, so the site can live under a
 * sub-path. Pages are per locale (`pageHref`); files — data, calendars,
 * images — are one for all (`href`).
 */
import { localePrefix, type Locale } from '../i18n/index.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A file: `href('data/listings.csv')` → `/data/listings.csv` or `/sub/data/listings.csv`. */
export function href(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** A page in a locale: `pageHref('en', 'listings/')` → `/en/listings/`; Japanese has no folder. */
export function pageHref(locale: Locale, path = ''): string {
  return href(localePrefix(locale) + path.replace(/^\/+/, ''));
}

export function listingHref(locale: Locale, id: string): string {
  return pageHref(locale, `listings/${id}/`);
}

export function kindHref(locale: Locale, kind: string): string {
  return pageHref(locale, `kinds/${kind}/`);
}

/**
 * Absolute URL for JSON-LD, QR codes and shared links, on the public address
 * (`siteUrl` in site.yaml, or SITE_URL): astro.config.mjs refuses to build without one.
 */
export function absoluteUrl(path: string, site: URL | undefined = undefined): string {
  return new URL(href(path), site ?? import.meta.env.SITE).href;
}

/** A page's absolute URL in a locale, for shared links and QR codes on that locale's pages. */
export function absolutePageUrl(locale: Locale, path: string, site: URL | undefined = undefined): string {
  return absoluteUrl(localePrefix(locale) + path.replace(/^\/+/, ''), site);
}
