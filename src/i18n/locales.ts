/**
 * The languages the site's words are written in. Japanese is the source every
 * other dictionary follows, and lives at the root of the site.
 */
export const LOCALES = ['ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

/** The page's language, from its path: every page is Japanese until other dictionaries are added. */
export function localeOf(_url: URL): Locale {
  return DEFAULT_LOCALE;
}

/** The `lang` attribute a page in this locale carries. */
export function htmlLang(locale: Locale): string {
  return locale;
}
