/**
 * The relevance set: queries people type, and the listings they expect. It is
 * how the fuzziness and weights in search-engine.ts were tuned; a change that
 * breaks one of these makes search worse for someone.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing, type PublicListing } from '../../src/lib/privacy/public-listing.ts';
import { toSearchRecord, type SearchRecord } from '../../src/lib/search/search-data.ts';
import { createListingSearch, type ListingSearch } from '../../src/lib/search/search-engine.ts';
import { buildSynonymTable, type SynonymTable } from '../../src/core/text-normalize.ts';

let search: ListingSearch;
let records: SearchRecord[];
let content: Awaited<ReturnType<typeof loadContent>>;
let publicListings: PublicListing[];
let synonyms: SynonymTable;

beforeAll(async () => {
  content = await loadContent(path.resolve(import.meta.dirname, '../../content'), { today: '2026-11-24' });
  synonyms = buildSynonymTable(content.synonyms.groups);
  publicListings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, content.schools));
  records = publicListings.map((l) => toSearchRecord(l, synonyms));
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

describe('directions (行き方)', () => {
  it('鳳駅 finds every place whose directions mention it', () => {
    const near = content.listings
      .filter((l) => l.data.location?.precision === 'exact' && l.data.location.access?.includes('鳳駅'))
      .map((l) => l.id);
    expect(near.length).toBeGreaterThanOrEqual(10);
    const found = ids('鳳駅');
    expect(found).toEqual(expect.arrayContaining(near));
    // 鳳駅 in the summary (manabiya-otori) weighs more than in the directions.
    expect(found[0]).toBe('manabiya-otori');
  });

  it('rank a place named after the station area above one that is only near it', () => {
    // 鳳 in a name beats 鳳 in directions.
    const found = ids('鳳');
    const named = records.filter((r) => r.text.name.includes('鳳')).map((r) => r.id);
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(found.slice(0, named.length))).toEqual(new Set(named));
  });

  it('never read an approximate place’s directions, which are private', () => {
    const approximate = content.listings.filter(
      (l) => l.data.location?.precision === 'approximate' && l.data.location.access,
    );
    expect(approximate.length).toBeGreaterThan(0);
    for (const listing of approximate) {
      const record = records.find((r) => r.id === listing.id)!;
      expect(record.text.access, listing.id).toBe('');
      const secret = search.fold(listing.data.location!.access!);
      for (const r of records) {
        for (const text of Object.values(r.text)) expect(text.includes(secret), `${listing.id} in ${r.id}`).toBe(false);
      }
    }
  });
});

describe('ヶ, ケ, ヵ and が in place names (held out)', () => {
  /** The demo listings plus one more, named as given, copied from a real one. */
  function withNamed(name: string, place?: string): { search: ListingSearch; id: string } {
    const base = publicListings.find((l) => l.id === 'otori-minna-shokudo')!;
    const extra: PublicListing = {
      ...base,
      id: 'extra-listing',
      name,
      ...(place && base.place?.precision === 'exact' ? { place: { ...base.place, placeName: place } } : {}),
    };
    const all = [...records, toSearchRecord(extra, synonyms)];
    return { search: createListingSearch(all, content.synonyms.groups), id: extra.id };
  }

  const spellings = ['浜寺ヶ丘', '浜寺ケ丘', '浜寺ヵ丘', '浜寺が丘'];
  for (const written of spellings) {
    it.each(spellings)(`a listing named ${written}こども食堂 is found by %s`, (query) => {
      const { search: engine, id } = withNamed(`${written}こども食堂`);
      expect((engine.search(query) ?? []).map((h) => h.id)[0]).toBe(id);
      expect((engine.search(`${query}こども食堂`) ?? []).map((h) => h.id)[0]).toBe(id);
    });
  }

  it('folds the place too, and counters written with か or ヵ', () => {
    const { search: engine, id } = withNamed('ひろば食堂', '向ケ丘会館（三ヵ月に一度）');
    for (const query of ['向ヶ丘', '向が丘会館', '三か月', '三ヶ月', '三カ月'])
      expect(
        (engine.search(query) ?? []).map((h) => h.id),
        query,
      ).toContain(id);
  });

  it('still tells ケ in a katakana word from け in a word', () => {
    const { search: engine, id } = withNamed('受け付けケーキ食堂');
    expect((engine.search('受け付け') ?? []).map((h) => h.id)[0]).toBe(id);
    expect((engine.search('ケーキ') ?? []).map((h) => h.id)[0]).toBe(id);
  });
});

describe('English and romaji queries', () => {
  const ofKind = (kind: string) => content.listings.filter((l) => l.data.kind === kind).map((l) => l.id);

  it.each([
    'kids cafeteria',
    "children's cafeteria",
    'Kids Cafeteria',
    'kodomo shokudo',
    'kodomo shokudou',
    'kodomo syokudō',
  ])('%s finds what こども食堂 finds', (query) => {
    expect(ids(query)).toEqual(ids('こども食堂'));
    expect(ids(query).length).toBeGreaterThanOrEqual(5);
  });

  it.each(['free school', 'Free School', 'furii sukuuru', 'furiisukuuru', 'fuurii sukuuru'])(
    '%s finds the free schools first',
    (query) => {
      const found = ids(query);
      expect(found).toEqual(ids('フリースクール'));
      const schools = ofKind('free-school');
      expect(new Set(found.slice(0, schools.length))).toEqual(new Set(schools));
    },
  );

  it('after school finds the places that say 放課後', () => {
    const said = content.listings.filter((l) => `${l.data.summary ?? ''}${l.body}`.includes('放課後')).map((l) => l.id);
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(ids('after school')).toEqual(expect.arrayContaining(said));
    expect(ids('after-school')).toEqual(ids('after school'));
  });

  it('consultation finds the consultation services first', () => {
    const services = ofKind('consultation');
    const found = ids('consultation');
    expect(new Set(found.slice(0, services.length))).toEqual(new Set(services));
    expect(ids('soudan')).toEqual(found);
  });

  it.each([
    ['hoshizora', 'ebaraji-kodomo-shokudo-hoshizora'],
    ['Hoshizora', 'ebaraji-kodomo-shokudo-hoshizora'],
    ['ebaraji kodomo shokudo', 'ebaraji-kodomo-shokudo-hoshizora'],
    ['kobushi', 'free-school-kobushi'],
    ['tomarigi', 'kodomo-no-ibasho-tomarigi'],
    ['hidamari shokudou', 'yamada-hidamari-shokudo'],
    ['ootori minna', 'otori-minna-shokudo'],
    ['ōtori minna', 'otori-minna-shokudo'],
  ])('a name typed in romaji from its reading: %s → %s', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('English translations of names and summaries are searched', () => {
    expect(ids("Ebaraji Kids' Cafeteria Hoshizora")[0]).toBe('ebaraji-kodomo-shokudo-hoshizora');
    expect(ids('Some staff speak other languages')[0]).toBe('ebaraji-kodomo-shokudo-hoshizora');
    expect(ids('correspondence')).toEqual([]); // descriptions in other languages are not searched: the data stays small
  });

  it('keeps the data small: the romaji is worked out in the browser, translations only where they exist', () => {
    for (const record of records) {
      expect(Object.keys(record.text)).not.toContain('romaji');
      const translated = publicListings.find((l) => l.id === record.id)!.translations;
      if (!translated)
        expect(
          Object.keys(record.text).some((key) => key.endsWith('Translated')),
          record.id,
        ).toBe(false);
    }
  });
});
