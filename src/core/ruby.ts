/**
 * Furigana for やさしい日本語. The easy dictionary writes a reading as
 * `{居場所|いばしょ}` inside an `easy` template; the tag turns only the
 * template's own text (never what is interpolated, such as a listing's name)
 * into three private-use characters, so listing text can never make ruby.
 * Pages turn the marks into `<ruby>` (`rubyToHtml`); attributes, titles and
 * scripts take the base text only (`withoutRuby`).
 */

import { mapHtmlText } from './html-text.ts';

const OPEN = '\uE000';
const SEPARATOR = '\uE001';
const CLOSE = '\uE002';

/** Matches one marked word: base, then reading. */
const MARKED = /\uE000([^\uE000-\uE002]+)\uE001([^\uE000-\uE002]+)\uE002/g;
/** Any of the three marks: listing text must never carry them. */
export const RUBY_MARKS = /[\uE000-\uE002]/;

/** One word with its reading, as the marks. */
export function ruby(base: string, reading: string): string {
  return `${OPEN}${base}${SEPARATOR}${reading}${CLOSE}`;
}

/** `{base|reading}` in the template's literal text only, as marks. */
function markLiteral(text: string): string {
  return text.replace(/\{([^{}|]+)\|([^{}|]+)\}/g, (_, base: string, reading: string) => ruby(base, reading));
}

/** Template tag for やさしい日本語: easy`{子ども|こども}の{名前|なまえ}：${name}`. */
export function easy(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = markLiteral(strings[0]!);
  values.forEach((value, i) => {
    out += String(value) + markLiteral(strings[i + 1]!);
  });
  return out;
}

/** The text as read without furigana: every marked word becomes its base. */
export function withoutRuby(text: string): string {
  return text.includes(OPEN) ? text.replace(MARKED, '$1') : text;
}

/** Whether the text carries any reading. */
export function hasRuby(text: string): boolean {
  return text.includes(OPEN);
}

/**
 * Marked words in already-escaped HTML text as `<ruby>`. The reading is
 * hidden from screen readers, which read the base once. No `<rp>` brackets:
 * every browser the site supports draws ruby, and on a page of plain
 * Japanese with furigana on every kanji they would add a fifth to its size.
 */
export function rubyToHtml(escapedText: string): string {
  return escapedText.replace(MARKED, '<ruby>$1<rt aria-hidden="true">$2</rt></ruby>');
}

/**
 * A whole HTML page with its marks resolved: ruby in running text, base text
 * in attributes, comments and elements that hold plain text.
 */
export function resolveRubyInHtml(html: string): string {
  if (!html.includes(OPEN)) return html;
  return mapHtmlText(html, rubyToHtml, withoutRuby);
}

/** Marked words split into plain runs and words with their readings, for code that builds ruby itself. */
export function rubyParts(text: string): Array<string | { base: string; reading: string }> {
  const parts: Array<string | { base: string; reading: string }> = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ base: match[1]!, reading: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A node's text set from marked words, as ruby elements in the browser. */
export function setRubyText(node: Element, text: string): void {
  if (!hasRuby(text)) {
    if (node.textContent !== text) node.textContent = text;
    return;
  }
  const doc = node.ownerDocument;
  node.replaceChildren(
    ...rubyParts(text).map((part) => {
      if (typeof part === 'string') return doc.createTextNode(part);
      const rubyElement = doc.createElement('ruby');
      const reading = doc.createElement('rt');
      reading.setAttribute('aria-hidden', 'true');
      reading.textContent = part.reading;
      rubyElement.append(part.base, reading);
      return rubyElement;
    }),
  );
}
