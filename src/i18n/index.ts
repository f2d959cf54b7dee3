/**
 * The site's words for a locale. Pages take their locale from their URL
 * (`localeOf`) and hand `messages(locale)` to what they render; components
 * never hard-code a word or a `lang`.
 */
import { ja } from './ja/index.ts';
import { en } from './en/index.ts';
import { easyJa } from './easy/index.ts';
import type { Locale } from './locales.ts';
import type { Messages } from './messages.ts';

const DICTIONARIES: Record<Locale, Messages> = { ja, en, easy: easyJa };

export function messages(locale: Locale): Messages {
  return DICTIONARIES[locale];
}

export type { Messages } from './messages.ts';
export { LANGUAGE_LIST } from './language-list.ts';
export {
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_NAMES,
  hrefLang,
  htmlLang,
  documentLocale,
  isLocale,
  localeOf,
  localePrefix,
  routeOf,
  type Locale,
} from './locales.ts';
