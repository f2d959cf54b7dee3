import type { Messages } from '../messages.ts';

/** New and updated: the Atom feed's words, its link in every page's head, and the labels the home page shares with it. */
export const updates: Messages['updates'] = {
  /** Whether an entry is a listing that newly appeared or one that changed. */
  change: { added: 'New', changed: 'Updated' },
  feedTitle: (siteName: string) => `${siteName}: new and updated`,
  feedSubtitle: (region: string, limit: number) =>
    `Listings of kids' cafeterias, free schools, youth spaces, consultation services and more in ${region} that are new or have changed (up to ${limit}, newest first)`,
  /** The `title` of the `<link rel="alternate">` in every page's head, which browsers and readers show. */
  linkTitle: (siteName: string) => `${siteName}: new and updated (Atom)`,
  rights: (licence: string, url: string) => `The listings are published under ${licence} (${url})`,
  entryTitle: (change: string, name: string) => `[${change}] ${name}`,
  place: {
    approximate: (area: string) => `${area} (approximate location)`,
    online: 'Online',
  },
  /** An entry's summary: what and where, how often, and the listing's own line — never a next date, which a feed would keep showing after it passed. */
  entrySummary: (parts: {
    kind: string;
    place: string | undefined;
    schedule: readonly string[];
    status: string | undefined;
    summary: string | undefined;
  }) =>
    [
      `Kind: ${parts.kind}`,
      parts.place && `Where: ${parts.place}`,
      parts.schedule.length > 0 && `When: ${parts.schedule.join('; ')}`,
      parts.status && `Status: ${parts.status}`,
      parts.summary,
    ]
      .filter(Boolean)
      .join('. '),
};
