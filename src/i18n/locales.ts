/**
 * The languages the site's words are written in. Japanese is the source every
 * other dictionary follows and lives at the root of the site; English lives
 * under /en/ and やさしい日本語 (plain Japanese with furigana) under /easy/.
 */
export const LOCALES = ['ja', 'en', 'easy'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

/** The first folder of a locale's pages; Japanese has none. */
const PREFIX: Record<Locale, string> = { ja: '', en: 'en', easy: 'easy' };

/** Each locale in its own words, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  ja: '日本語',
  en: 'English',
  easy: 'やさしい にほんご',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The folder a locale's pages sit in (`en/`), or '' for Japanese. */
export function localePrefix(locale: Locale): string {
  return PREFIX[locale] ? `${PREFIX[locale]}/` : '';
}

function siteBase(): string {
  const base = import.meta.env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site path without its base and locale folder: `/sub/en/listings/x/` → `listings/x/`. */
export function routeOf(url: URL, base: string = siteBase()): { locale: Locale; route: string } {
  let path = url.pathname;
  if (path.startsWith(base)) path = path.slice(base.length);
  else path = path.replace(/^\/+/, '');
  const first = path.split('/')[0]!;
  for (const locale of LOCALES) {
    if (PREFIX[locale] && first === PREFIX[locale]) {
      return { locale, route: path.slice(first.length).replace(/^\/+/, '') };
    }
  }
  return { locale: DEFAULT_LOCALE, route: path };
}

/** The page's language, from its path. */
export function localeOf(url: URL, base?: string): Locale {
  return routeOf(url, base).locale;
}

/** The `lang` attribute a page in this locale carries: both Japanese forms are `ja`. */
export function htmlLang(locale: Locale): string {
  return locale === 'en' ? 'en' : 'ja';
}

/** The `hreflang` of a locale's alternate link. やさしい日本語 has no tag of its own. */
export function hrefLang(locale: Locale): string {
  return locale === 'easy' ? 'ja-x-easy' : htmlLang(locale);
}

/** The locale a page in the browser is in: layouts write it on `<html data-locale>`. */
export function documentLocale(doc: Document): Locale {
  const value = doc.documentElement.dataset.locale;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
