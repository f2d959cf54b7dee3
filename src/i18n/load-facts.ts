/**
 * The facts words of one locale, for scripts that write facts in the
 * browser (next dates, badges, the agenda, distances, the directory's live
 * count). Only that locale's facts are fetched, never a whole dictionary:
 * English and やさしい日本語 load as their own small chunks, and Japanese is
 * already in every such script as the default of the functions in src/lib.
 */
import { facts as jaFacts } from './ja/facts.ts';
import type { Locale } from './locales.ts';
import type { Messages } from './messages.ts';

export async function loadFacts(locale: Locale): Promise<Messages['facts']> {
  if (locale === 'en') return (await import('./en/facts.ts')).facts;
  if (locale === 'easy') return (await import('./easy/facts.ts')).facts;
  return jaFacts;
}
