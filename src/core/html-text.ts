/**
 * The runs of text in a page we built, apart from its markup: words carry
 * marks (furigana, the language of content) that become markup in running
 * text and plain text everywhere else — attributes, comments, and elements
 * whose content is text only.
 */

/** Elements whose content is plain text, where no markup may go. */
const PLAIN_TEXT_ELEMENTS = new Set(['title', 'script', 'style', 'textarea', 'option', 'template']);

/**
 * A comment, a start or end tag (quoted attribute values may hold `>`), or a
 * declaration such as `<!DOCTYPE html>`. Comments come first: a comment is
 * not a tag, and may hold `>` of its own.
 */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>/g;

/**
 * `text` applied to running text, `plain` to tags, comments and the content
 * of plain-text elements. Our own output never holds a raw `<` in running
 * text; inside a plain-text element (a script's `a < b`), everything up to
 * the element's end tag is plain.
 */
export function mapHtmlText(html: string, text: (run: string) => string, plain: (run: string) => string): string {
  let out = '';
  let last = 0;
  const tag = new RegExp(TAG.source, 'g');
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    out += text(html.slice(last, match.index));
    out += plain(match[0]);
    last = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (!match[1] && name && PLAIN_TEXT_ELEMENTS.has(name)) {
      // Its content is text up to its own end tag, whatever looks like a tag inside.
      const end = new RegExp(`</${name}[\\s/>]`, 'gi');
      end.lastIndex = last;
      const close = end.exec(html);
      const contentEnd = close ? close.index : html.length;
      out += plain(html.slice(last, contentEnd));
      last = contentEnd;
      tag.lastIndex = contentEnd;
    }
  }
  return out + text(html.slice(last));
}
