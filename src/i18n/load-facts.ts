/**
 * The facts words of one locale, for scripts that write facts in the
 * browser (next dates, badges, the agenda, distances), and the directory's
 * live words. Only that locale's sections are fetched, never a whole
 * dictionary: English and やさしい日本語 load as their own small chunks, and
 * Japanese facts are already in every such script as the default of the
 * functions in src/lib.
 */
import { facts as jaFacts } from './ja/facts.ts';
import type { Locale } from './locales.ts';
import type { Messages } from './messages.ts';

export async function loadFacts(locale: Locale): Promise<Messages['facts']> {
  if (locale === 'en') return (await import('./en/facts.ts')).facts;
  if (locale === 'easy') return (await import('./easy/facts.ts')).facts;
  return jaFacts;
}

/** The directory's live words (count, sorting, location messages) of one locale. */
export async function loadDirectoryLive(locale: Locale): Promise<Messages['directoryLive']> {
  if (locale === 'en') return (await import('./en/directory-live.ts')).directoryLive;
  if (locale === 'easy') return (await import('./easy/directory-live.ts')).directoryLive;
  return (await import('./ja/directory-live.ts')).directoryLive;
}
