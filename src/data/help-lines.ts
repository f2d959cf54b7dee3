/**
 * The help-line texts of every language, read once per build from the
 * content layer, and the words the site's own pages use for their locale.
 */
import { getCollection } from 'astro:content';
import type { HelpLines } from '../schema/help-lines.ts';
import type { Locale } from '../i18n/locales.ts';
import { helpLinesInWords, publishedHelpLines, type HelpLinesFile, type HelpLinesInWords } from '../lib/help-lines.ts';
import { getContent } from './entries.ts';

export type { HelpLinesFile, HelpLinesInWords };

let cache: Promise<HelpLinesFile[]> | undefined;

async function load(): Promise<HelpLinesFile[]> {
  const entries = await getCollection('helpLines');
  return entries.map((entry) => ({ key: entry.id, data: entry.data as HelpLines }));
}

/** Every valid language file, published or not (a page may name a language it does not publish). */
export function allHelpLines(): Promise<HelpLinesFile[]> {
  if (import.meta.env.DEV) return load();
  cache ??= load();
  return cache;
}

/** The languages with a help page, in the order the language list shows them. */
export async function helpLanguages(): Promise<HelpLinesFile[]> {
  const { site } = await getContent();
  return publishedHelpLines(site, await allHelpLines());
}

/** The centre and hotlines in the words of a site locale (`ja`, `en`, `easy`). */
export async function helpLinesFor(locale: Locale): Promise<HelpLinesInWords> {
  const { site } = await getContent();
  return helpLinesInWords(site, await allHelpLines(), locale);
}
