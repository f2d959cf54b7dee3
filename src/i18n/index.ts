/**
 * The site's words for a locale. Pages take their locale from their URL
 * (`localeOf`) and hand `messages(locale)` to what they render; components
 * never hard-code a word or a `lang`.
 */
import { ja } from './ja/index.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/** The shape every dictionary has: Japanese's, with its words as strings and its phrases as functions. */
export type Messages = typeof ja;

const DICTIONARIES: Record<Locale, Messages> = { ja };

export function messages(locale: Locale = DEFAULT_LOCALE): Messages {
  return DICTIONARIES[locale];
}

export { DEFAULT_LOCALE, LOCALES, htmlLang, localeOf, type Locale } from './locales.ts';
