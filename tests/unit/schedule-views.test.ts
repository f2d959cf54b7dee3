/**
 * Every view that prints a listing's schedule says 「祝日はお休み」 once, for
 * the whole schedule: the print entry and the form's preview here, the cards,
 * listing and school pages in tests/e2e/pages.test.ts.
 */
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { toPrintEntry } from '../../src/lib/print-entry.ts';
import { ListingPreview } from '../../src/components/submit/listing-preview.tsx';

let content: Awaited<ReturnType<typeof loadContent>>;
const TODAY = '2026-11-24';

beforeAll(async () => {
  content = await loadContent(path.resolve(import.meta.dirname, '../../content'), { today: TODAY });
});

/** Demo listings closed on holidays, with several rules and with one. */
function closedOnHolidays(rules: 'one' | 'several') {
  const found = content.listings.filter(
    (l) =>
      l.data.closedOnHolidays && (rules === 'one' ? l.data.schedule?.length === 1 : (l.data.schedule?.length ?? 0) > 1),
  );
  expect(found.length).toBeGreaterThan(0);
  return found;
}

describe('the holiday note', () => {
  it('is its own line in the print entry under several rules', () => {
    for (const l of closedOnHolidays('several')) {
      const entry = toPrintEntry(toPublicListing(l.id, l.data, l.body, content.schools), 'https://example.org/', TODAY);
      expect(entry.schedule.at(-1), l.id).toBe('いずれも祝日はお休み');
      expect(
        entry.schedule.slice(0, -1).some((line) => line.includes('祝日')),
        l.id,
      ).toBe(false);
    }
  });

  it('stays on the line of the only rule in the print entry', () => {
    for (const l of closedOnHolidays('one')) {
      const entry = toPrintEntry(toPublicListing(l.id, l.data, l.body, content.schools), 'https://example.org/', TODAY);
      expect(entry.schedule, l.id).toHaveLength(1);
      expect(entry.schedule[0], l.id).toMatch(/（祝日はお休み）$/);
    }
  });

  it('is said once, after every rule, in the form’s preview', () => {
    for (const l of closedOnHolidays('several')) {
      const html = renderToStaticMarkup(
        createElement(ListingPreview, {
          file: { id: l.id, data: l.data as Record<string, unknown>, body: l.body },
          today: TODAY,
          isHoliday: () => false,
          listingBase: '/listings/',
        }),
      );
      const when = /data-preview-fact="日時"><dt>日時<\/dt><dd>([^<]*)<\/dd>/.exec(html)?.[1];
      expect(when, l.id).toBeDefined();
      // The rules, then the note for all of them, then any free-text note.
      const parts = when!.split(' / ');
      const rules = l.data.schedule!.length;
      expect(
        parts.slice(0, rules).some((part) => part.includes('祝日')),
        when,
      ).toBe(false);
      expect(parts[rules], when).toBe('いずれも祝日はお休み');
    }
  });
});
