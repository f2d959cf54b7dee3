/**
 * Listing text written into a page by browser code — a drawn card, a redrawn
 * agenda, the print list — as the build writes it: text nodes only, so it is
 * never parsed as HTML; a Japanese name on another language's page in a
 * `lang="ja"` span (src/core/language-marks.ts); readings as `<ruby>`.
 */
import { setRubyText } from '../core/ruby.ts';
import { languageRuns } from '../core/language-marks.ts';

/** Writes marked text into `node`: runs in another language as `<span lang>`, readings as `<ruby>`. */
export function writeMarked(node: Element, text: string): void {
  const doc = node.ownerDocument;
  // Text marked in the page's own language needs no span, as on the server.
  const runs = languageRuns(text).map((run) => (run.lang === doc.documentElement.lang ? { text: run.text } : run));
  if (runs.length === 1 && !runs[0]!.lang) {
    setRubyText(node, runs[0]!.text);
    return;
  }
  node.replaceChildren(
    ...runs.map((run) => {
      const span = doc.createElement('span');
      if (run.lang) span.lang = run.lang;
      setRubyText(span, run.text);
      return run.lang ? span : span.childNodes.length === 1 ? span.firstChild! : span;
    }),
  );
}
