/**
 * Listing descriptions are Markdown written by volunteers. micromark, by
 * default, shows raw HTML as text and keeps only http(s), mailto, irc and
 * xmpp link targets (javascript:, data: and also tel: become empty), so
 * nothing a listing contains can run as script. Phones belong in `contact`.
 */
import { micromark } from 'micromark';

/**
 * Headings in a description start two levels below the page title (h1) and
 * its sections (h2), so the page outline stays in order.
 */
const HEADING_OFFSET = 2;

export function renderDescription(markdown: string): string {
  const html = micromark(markdown);
  return html.replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => {
    const shifted = Math.min(6, Number(level) + HEADING_OFFSET);
    return `<${slash}h${shifted}>`;
  });
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
