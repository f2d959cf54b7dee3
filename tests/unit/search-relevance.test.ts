/**
 * The relevance set: queries people type, and the listings they expect. It is
 * how the fuzziness and weights in search-engine.ts were tuned; a change that
 * breaks one of these makes search worse for someone.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing } from '../../src/lib/listing-public.ts';
import { toSearchRecord, type SearchRecord } from '../../src/lib/search/search-data.ts';
import { createListingSearch, type ListingSearch } from '../../src/lib/search/search-engine.ts';
import { buildSynonymTable } from '../../src/lib/text-normalize.ts';

let search: ListingSearch;
let records: SearchRecord[];

beforeAll(async () => {
  const content = await loadContent(path.resolve(import.meta.dirname, '../../content'), { today: '2026-11-24' });
  const synonyms = buildSynonymTable(content.synonyms.groups);
  records = content.listings.map((l) =>
    toSearchRecord(toPublicListing(l.id, l.data, l.body, content.schools), synonyms),
  );
  search = createListingSearch(records, content.synonyms.groups);
});

const ids = (query: string) => (search.search(query) ?? []).map((hit) => hit.id);

describe('spelling variants find the same listings', () => {
  const variants = ['こども食堂', '子ども食堂', 'コドモ食堂', 'ｺﾄﾞﾓｼｮｸﾄﾞｳ', 'こどもしょくどう', '子供食堂'];
  it.each(variants)('%s', (query) => {
    const found = ids(query);
    expect(found).toEqual(ids('こども食堂'));
    // Every listing whose name says so, before anything else.
    const named = records.filter((r) => r.text.name.includes('こども食堂')).map((r) => r.id);
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(new Set(found.slice(0, named.length))).toEqual(new Set(named));
  });

  it.each(['フリースクール', 'ﾌﾘｰｽｸｰﾙ', 'ふりーすくーる', 'フリ－スク―ル'])('%s finds the free schools', (query) => {
    const found = ids(query);
    const named = records.filter((r) => r.text.name.includes('ふりーすくーる')).map((r) => r.id);
    expect(new Set(found.slice(0, named.length))).toEqual(new Set(named));
  });
});

describe('readings', () => {
  it.each([
    ['はまでら', 'hamadera-kodomo-shokudo-himawari'],
    ['えばらじ', 'ebaraji-kodomo-shokudo-hoshizora'],
    ['くさべ', 'kusabe-satoyama-shokudo'],
    ['うえのしば', 'uenoshiba-oyako-shokudo'],
  ])('%s finds the kanji name %s near the top', (query, id) => {
    expect(ids(query).slice(0, 3)).toContain(id);
  });
});

describe('the best match comes first', () => {
  it.each([
    ['ひまわり', 'hamadera-kodomo-shokudo-himawari'],
    ['ひだまり食堂', 'yamada-hidamari-shokudo'],
    ['宿題カフェ', 'shukudai-cafe-jinno'],
    ['しゅくだい', 'shukudai-cafe-jinno'],
    ['LINE相談', 'line-soudan-kokoro-no-mado'],
    ['たべてあそぼ', 'jinno-tabete-asobo-shokudo'],
    ['とまりぎ', 'kodomo-no-ibasho-tomarigi'],
    ['こども家庭センター', 'nishi-kodomo-katei-center'],
  ])('%s → %s', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });
});

describe('typos in longer queries', () => {
  it.each([
    ['ひだまりしょくど', 'yamada-hidamari-shokudo'],
    ['すくーるそーしゃるわーかあ', 'school-social-worker-soudan'],
    ['おひさまのへあ', 'ohisama-no-heya'],
  ])('%s still finds %s', (query, id) => {
    expect(ids(query).slice(0, 3)).toContain(id);
  });
});

describe('short queries do not flood the list', () => {
  it.each(['鳳', '食', 'じん', 'そら'])('%s matches only listings that contain it', (query) => {
    const folded = search.fold(query);
    const found = ids(query);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) {
      const record = records.find((r) => r.id === id)!;
      expect(
        Object.values(record.text).some((text) => text.includes(folded)),
        id,
      ).toBe(true);
    }
  });

  it('an empty query is no text filter at all', () => {
    expect(search.search('')).toBeUndefined();
    expect(search.search('  　')).toBeUndefined();
  });

  it('nonsense finds nothing', () => {
    expect(ids('ぱぴぷぺぽ')).toEqual([]);
    expect(ids('xyzzy')).toEqual([]);
  });
});
