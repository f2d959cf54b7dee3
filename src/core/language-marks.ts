/**
 * Content shown inside another language's page — a listing's Japanese name on
 * an English page — must say its language, so screen readers switch voice
 * (WCAG 3.1.2). Components mark such text with `inLanguage('ja', name)`, which
 * also works inside a dictionary's sentence ("Near <name>"); as each page is
 * built the marks become `<span lang="ja">` in running text, and vanish from
 * attributes, titles and scripts, and wherever the page is in that language
 * already.
 */

import { mapHtmlText } from './html-text.ts';

const OPEN = '\uE003';
const CLOSE = '\uE004';
/** A marked run: its language tag, a separator, then the text. */
const MARKED = /\uE003([a-zA-Z-]+)\uE005([^\uE003-\uE005]*)\uE004/g;
const SEPARATOR = '\uE005';
/** Any language mark: listing text must never carry them. */
export const LANGUAGE_MARKS = /[\uE003-\uE005]/;

/** The text, marked as written in `lang`. */
export function inLanguage(lang: string, text: string): string {
  return text ? `${OPEN}${lang}${SEPARATOR}${text}${CLOSE}` : text;
}

/** The text without language marks. */
export function withoutLanguageMarks(text: string): string {
  return text.includes(OPEN) ? text.replace(MARKED, '$2') : text;
}

/** Marked runs in already-escaped HTML text as `<span lang>`, or bare where the page is in that language already. */
export function languageMarksToHtml(escapedText: string, pageLang: string): string {
  if (!escapedText.includes(OPEN)) return escapedText;
  return escapedText.replace(MARKED, (_, lang: string, body: string) =>
    lang === pageLang ? body : `<span lang="${lang}">${body}</span>`,
  );
}

/** A page's language marks resolved: spans in running text, nothing in attributes, titles and scripts. */
export function resolveLanguageMarksInHtml(html: string, pageLang: string): string {
  if (!html.includes(OPEN)) return html;
  return mapHtmlText(html, (run) => languageMarksToHtml(run, pageLang), withoutLanguageMarks);
}

/**
 * The text in runs of one language each, for browser code that writes marked
 * text into a page: `lang` is set on runs marked with a language.
 */
export function languageRuns(text: string): Array<{ lang?: string; text: string }> {
  if (!text.includes(OPEN)) return [{ text }];
  const runs: Array<{ lang?: string; text: string }> = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ lang: match[1]!, text: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
