/**
 * The search data in shards: the manifest and shards hold the whole file's
 * records in its order, shards arriving in any order are put back in order,
 * and a search index grown shard by shard (narrowed by its character and
 * character-pair prefilter) ranks exactly as one built over every record.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { toSearchRecord, type SearchRecord } from '../../src/lib/search/search-data.ts';
import { createListingSearch, prefilter } from '../../src/lib/search/search-engine.ts';
import {
  SEARCH_SHARD_SIZE,
  ShardAssembler,
  searchManifest,
  shardCount,
  shardSlice,
} from '../../src/lib/search/search-shards.ts';
import { buildSynonymTable, normalizeForSearch } from '../../src/core/text-normalize.ts';

let records: SearchRecord[];
let groups: string[][];

/** The demo's listings, and copies of them with other ids, so there are several shards of a small size. */
beforeAll(async () => {
  const content = await loadContent(path.resolve(import.meta.dirname, '../../content'), { today: '2026-11-24' });
  groups = content.synonyms.groups;
  const synonyms = buildSynonymTable(groups);
  const demo = content.listings.map((l) =>
    toSearchRecord(toPublicListing(l.id, l.data, l.body, content.schools), synonyms),
  );
  records = [...demo, ...demo.map((r) => ({ ...r, id: `${r.id}-copy` }))];
});

const QUERIES = [
  'こども食堂',
  'しょくどう',
  '鳳',
  'い',
  'ふりーすくーる',
  'ふりーすくる',
  'kodomo',
  'hoshizora',
  '学習支援',
  'いばしょ',
  'kids cafeteria',
  'ボランティア',
  '公民館',
  'ｺﾄﾞﾓ',
  'ないはずのことば',
  '',
];

describe('shards', () => {
  it('cut the records in order, SEARCH_SHARD_SIZE a shard, and the manifest counts them', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SEARCH_SHARD_SIZE)).toBe(1);
    expect(shardCount(SEARCH_SHARD_SIZE + 1)).toBe(2);
    const size = 7;
    const shards = Array.from({ length: shardCount(records.length, size) }, (_, n) => shardSlice(records, n, size));
    expect(shards.flat()).toEqual(records);
    expect(shards.slice(0, -1).every((s) => s.length === size)).toBe(true);
    const meta = { synonyms: groups, nearbyRadiusM: 800, holidays: [], schools: [] };
    expect(searchManifest(meta, records.length, size)).toEqual({
      ...meta,
      total: records.length,
      shardSize: size,
      shards: shards.length,
    });
  });

  it('arriving in any order are put back in order, each record once', () => {
    const size = 5;
    const shards = Array.from({ length: shardCount(records.length, size) }, (_, n) => shardSlice(records, n, size));
    const assembler = new ShardAssembler(shards.length);
    const order = shards.map((_, n) => n).reverse();
    // The first shard first, as the page asks for it, then the others backwards, one twice.
    order.unshift(order.pop()!);
    order.splice(3, 0, order[2]!);
    const placed: Array<{ records: SearchRecord[]; firstPosition: number }> = [];
    for (const n of order) {
      expect(assembler.complete).toBe(false);
      const added = assembler.add(n, shards[n]!);
      if (added.records.length > 0) placed.push(added);
    }
    expect(assembler.complete).toBe(true);
    expect(assembler.records).toEqual(records);
    expect(placed[0]).toEqual({ records: shards[0], firstPosition: 0 });
    expect(placed.flatMap((p) => p.records)).toEqual(records);
    for (const p of placed) expect(p.records[0]).toBe(records[p.firstPosition]);
  });
});

describe('a search index grown shard by shard', () => {
  it.each(QUERIES)('ranks %s exactly as one built over every record', (query) => {
    const whole = createListingSearch(records, groups);
    const inOrder = createListingSearch([], groups);
    const backwards = createListingSearch([], groups);
    const size = 9;
    const count = shardCount(records.length, size);
    for (let n = 0; n < count; n++) inOrder.add(shardSlice(records, n, size), n * size);
    for (let n = count - 1; n >= 0; n--) backwards.add(shardSlice(records, n, size), n * size);
    expect(inOrder.size).toBe(records.length);
    expect(backwards.size).toBe(records.length);
    const expected = whole.search(query);
    expect(inOrder.search(query)).toEqual(expected);
    expect(backwards.search(query)).toEqual(expected);
  });

  it.each(QUERIES.filter(Boolean))(
    'finds %s typed one character at a time, with shards arriving between, as in one go',
    (query) => {
      const typed = createListingSearch(records.slice(0, 9), groups);
      const characters = [...query];
      characters.forEach((_, i) => {
        typed.search(characters.slice(0, i + 1).join(''));
        // A shard arrives halfway: what the earlier keystrokes matched no longer covers every record.
        if (i === Math.floor(characters.length / 2)) typed.add(records.slice(9), 9);
      });
      if (characters.length === 1) typed.add(records.slice(9), 9);
      expect(typed.search(query)).toEqual(createListingSearch(records, groups).search(query));
      // Backspace: a shorter query after a longer one.
      expect(typed.search(characters.slice(0, 1).join(''))).toEqual(
        createListingSearch(records, groups).search(characters.slice(0, 1).join('')),
      );
    },
  );

  it('searches only what has arrived', () => {
    const search = createListingSearch([], groups);
    expect(search.search('こども食堂')).toEqual([]);
    search.add(records.slice(0, 10), 0);
    const found = search.search('こども食堂')!.map((h) => h.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => records.slice(0, 10).some((r) => r.id === id))).toBe(true);
  });
});

describe('the prefilter', () => {
  const index = (texts: string[]) => {
    const chars = new Map<string, number[]>();
    const pairs = new Map<string, number[]>();
    texts.forEach((text, position) => {
      const c = [...text];
      for (const ch of new Set(c)) chars.set(ch, [...(chars.get(ch) ?? []), position]);
      const ps = new Set(c.slice(1).map((ch, i) => c[i]! + ch));
      for (const p of ps) pairs.set(p, [...(pairs.get(p) ?? []), position]);
    });
    return { chars, pairs };
  };

  it("keeps every text holding the query, narrowed to the query's rarest pair or character", () => {
    const texts = ['こどもしょくどう', 'こどものいばしょ', 'しょくどう', 'がくしゅう', '𠮷野家しょくどう'];
    const { chars, pairs } = index(texts);
    expect(prefilter('しょくどう', chars, pairs)).toEqual([0, 2, 4]);
    expect(prefilter('いば', chars, pairs)).toEqual([1]);
    expect(prefilter('の', chars, pairs)).toEqual([1]);
    expect(prefilter('𠮷', chars, pairs)).toEqual([4]);
    expect(prefilter('ない', chars, pairs)).toEqual([]);
  });

  it('never drops a record that holds the folded query in some field', () => {
    const synonyms = buildSynonymTable(groups);
    const search = createListingSearch(records, groups);
    for (const query of QUERIES.filter(Boolean)) {
      const folded = normalizeForSearch(query, synonyms);
      const holding = records.filter((r) => Object.values(r.text).some((text) => text?.includes(folded)));
      const found = new Set(search.search(query)!.map((h) => h.id));
      for (const record of holding) expect(found.has(record.id), `${query} → ${record.id}`).toBe(true);
    }
  });
});
