/**
 * Listing descriptions are Markdown written by volunteers. micromark, by
 * default, shows raw HTML as text and keeps only http(s), mailto, irc and
 * xmpp link targets (javascript:, data: and also tel: become empty), so
 * nothing a listing contains can run as script. Phones belong in `contact`.
 */
import { micromark } from 'micromark';

/**
 * A description sits under its page's h2 「くわしく」, so its headings start
 * at h3: `##` (the level a volunteer writes for a section) becomes h3, `#`
 * too, and deeper ones shift by one, stopping at h6.
 */
function descriptionHeadingLevel(markdownLevel: number): number {
  return Math.min(6, Math.max(3, markdownLevel + 1));
}

export function renderDescription(markdown: string): string {
  // Raw HTML in the text is already escaped (&lt;h2&gt;), so only micromark's own tags match.
  return micromark(markdown).replace(
    /<(\/?)h([1-6])>/g,
    (_, slash: string, level: string) => `<${slash}h${descriptionHeadingLevel(Number(level))}>`,
  );
}

/** The description as plain text, for meta descriptions and search. */
export function descriptionText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/^\s*(?:#+|>|[-+]|\d+\.)\s+/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
