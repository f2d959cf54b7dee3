/**
 * The gap table's bound: however many districts a level has, a page holds at
 * most GAP_TABLE_PER_PAGE of them, the districts most in need come first, and
 * the pages together hold every district exactly once.
 */
import { describe, expect, it } from 'vitest';
import type { GapGoal } from '../../src/lib/gaps/district-counts.ts';
import {
  GAP_SUMMARY_NAMES,
  GAP_TABLE_PER_PAGE,
  byNeed,
  firstOf,
  gapTablePage,
  gapTablePages,
  needOf,
  summaryKinds,
} from '../../src/lib/gaps/gap-pages.ts';
import { KIND_VALUES, type Kind } from '../../src/schema/vocabulary.ts';

/** A district of a generated region: its counts follow from its number, so each run is the same. */
function district(i: number) {
  const counts = Object.fromEntries(KIND_VALUES.map((kind, k) => [kind, (i * (k + 3)) % (k + 3)])) as Record<
    Kind,
    number
  >;
  counts['kodomo-shokudo'] = i % 3 === 0 ? 0 : i % 5;
  return { id: `school-${String(i).padStart(4, '0')}`, counts };
}

const cafeteria: GapGoal = { kind: 'kodomo-shokudo', level: 'elementary', atLeast: 2 };

describe('the gap table in pages', () => {
  for (const total of [0, 1, GAP_TABLE_PER_PAGE, GAP_TABLE_PER_PAGE + 1, 1234]) {
    it(`bounds every page and lists each of ${total} districts exactly once`, () => {
      const rows = Array.from({ length: total }, (_, i) => district(i));
      const kinds = summaryKinds([cafeteria]);
      const pages = gapTablePages(total);
      expect(pages).toBe(Math.max(1, Math.ceil(total / GAP_TABLE_PER_PAGE)));
      const seen: string[] = [];
      for (let page = 1; page <= pages; page++) {
        const shown = gapTablePage(rows, [cafeteria], kinds, page);
        expect(shown.items.length).toBeLessThanOrEqual(GAP_TABLE_PER_PAGE);
        expect(shown.pages).toBe(pages);
        if (total > 0) expect([shown.from, shown.to]).toEqual([seen.length + 1, seen.length + shown.items.length]);
        seen.push(...shown.items.map((row) => row.id));
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen)).toEqual(new Set(rows.map((row) => row.id)));
      // The order runs from most in need to least, page after page.
      const order = byNeed(rows, [cafeteria], kinds);
      expect(seen).toEqual(order.map((row) => row.id));
    });
  }

  it('puts the districts with none of a summary kind first, then those short of a goal, each in the given order', () => {
    const rows = [
      { id: 'a', counts: { ...district(1).counts, 'kodomo-shokudo': 3 } },
      { id: 'b', counts: { ...district(1).counts, 'kodomo-shokudo': 0 } },
      { id: 'c', counts: { ...district(1).counts, 'kodomo-shokudo': 1 } },
      { id: 'd', counts: { ...district(1).counts, 'kodomo-shokudo': 0 } },
      { id: 'e', counts: { ...district(1).counts, 'kodomo-shokudo': 2 } },
    ];
    expect(byNeed(rows, [cafeteria], ['kodomo-shokudo']).map((row) => row.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
    expect(needOf(rows[1]!, [cafeteria], ['kodomo-shokudo'])).toEqual({ goalsShort: 1, zeroKinds: 1, missing: 2 });
    // Without goals, the districts without a 子ども食堂 still come first; the rest keep reading order.
    expect(byNeed(rows, [], summaryKinds([])).map((row) => row.id)).toEqual(['b', 'd', 'a', 'c', 'e']);
  });

  it('names the first districts of the summary and counts the rest', () => {
    const names = Array.from({ length: 600 }, (_, i) => `d${i}`);
    const { shown, more } = firstOf(names, GAP_SUMMARY_NAMES);
    expect(shown).toEqual(names.slice(0, GAP_SUMMARY_NAMES));
    expect(more).toBe(600 - GAP_SUMMARY_NAMES);
    expect(firstOf(names.slice(0, 3), GAP_SUMMARY_NAMES)).toEqual({ shown: names.slice(0, 3), more: 0 });
  });
});
