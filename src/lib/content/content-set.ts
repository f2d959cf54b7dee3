/**
 * What a content folder holds once read and checked: the shapes the loader
 * produces and the rules that span files read. Kept apart from the loader
 * (which touches the file system) so the checks and the Astro bridge can name
 * them without importing it.
 */
import type { ListingFrontMatter } from '../../schema/listing.ts';
import type { School } from '../../schema/school.ts';
import type { SiteConfig } from '../../schema/site.ts';
import type { Synonyms } from '../../schema/synonyms.ts';
import type { Problem } from '../../core/problems.ts';
import type { HelpLinesEntry } from './help-lines.ts';

export interface SchoolEntry extends School {
  id: string;
  file: string;
}

export interface ListingEntry {
  id: string;
  /** Path relative to the content folder. */
  file: string;
  data: ListingFrontMatter;
  /** Markdown description. */
  body: string;
}

export interface ContentSet {
  dir: string;
  site: SiteConfig | undefined;
  /** Equivalent spellings for search; empty when the optional file is absent. */
  synonyms: Synonyms;
  schools: SchoolEntry[];
  /** Only listings whose own file is valid; cross-file errors are in `problems`. */
  listings: ListingEntry[];
  /** Help-line texts, one entry per language file that is valid on its own. */
  helpLines: HelpLinesEntry[];
  /** Number of listing files found, valid or not. */
  listingFileCount: number;
  problems: Problem[];
}

