/**
 * The text of a listing file: YAML front matter between `---` lines, then the
 * description in Markdown. What the form downloads, e-mails and the issue
 * script commits are this same text.
 */
import { dump } from 'js-yaml';
import type { ListingFile } from './to-listing.ts';

export function renderListingFile(file: ListingFile): string {
  // lineWidth -1: long Japanese lines stay on one line, as editors write them.
  const yaml = dump(file.data, { lineWidth: -1, noRefs: true });
  return `---\n${yaml}---\n${file.body ? `\n${file.body}\n` : ''}`;
}

export function listingFileName(id: string): string {
  return `${id || 'new-listing'}.md`;
}
