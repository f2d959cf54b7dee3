/**
 * Content shown inside another language's page — a listing's Japanese name on
 * an English page — must say its language, so screen readers switch voice
 * (WCAG 3.1.2). Components mark such text with `inLanguage('ja', name)`, which
 * also works inside a dictionary's sentence ("Near <name>"); as each page is
 * built the marks become `<span lang="ja">` in running text, and vanish from
 * attributes, titles and scripts, and wherever the page is in that language
 * already.
 */

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

/** Elements that hold plain text only, where no span may go. */
const PLAIN_TEXT_ELEMENTS = new Set(['title', 'script', 'style', 'textarea', 'option', 'template']);

/**
 * Applies `text` to every run of text in a page we built and `plain` to tags,
 * comments and the contents of plain-text elements. Our own output quotes
 * every attribute, so a tag is `<…>` and text never holds a raw `<`.
 */
export function mapHtmlText(html: string, text: (run: string) => string, plain: (run: string) => string): string {
  let out = '';
  let plainUntil: string | undefined;
  let last = 0;
  for (const match of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)?[^>]*>/g)) {
    const run = html.slice(last, match.index);
    out += plainUntil ? plain(run) : text(run);
    const name = match[2]?.toLowerCase();
    if (plainUntil) {
      if (match[1] && name === plainUntil) plainUntil = undefined;
    } else if (!match[1] && name && PLAIN_TEXT_ELEMENTS.has(name)) {
      plainUntil = name;
    }
    out += plain(match[0]);
    last = match.index + match[0].length;
  }
  const rest = html.slice(last);
  return out + (plainUntil ? plain(rest) : text(rest));
}

/** A page's language marks resolved: spans where the run's language differs from the page's, nothing where it does not. */
export function resolveLanguageMarksInHtml(html: string, pageLang: string): string {
  if (!html.includes(OPEN)) return html;
  return mapHtmlText(
    html,
    (run) =>
      run.replace(MARKED, (_, lang: string, body: string) =>
        lang === pageLang ? body : `<span lang="${lang}">${body}</span>`,
      ),
    withoutLanguageMarks,
  );
}
