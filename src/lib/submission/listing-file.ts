/**
 * The text of a listing file: YAML front matter between `---` lines, then the
 * description in Markdown. What the form downloads, e-mails and the issue
 * script commits are this same text.
 */
import { yamlText } from './yaml-text.ts';
import type { ListingFile } from './to-listing.ts';

export function renderListingFile(file: ListingFile): string {
  // Long Japanese lines stay on one line, as editors write them.
  const yaml = yamlText(file.data);
  return `---\n${yaml}---\n${file.body ? `\n${file.body}\n` : ''}`;
}

export function listingFileName(id: string): string {
  return `${id || 'new-listing'}.md`;
}
