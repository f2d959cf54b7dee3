/**
 * The views built from facts — a listing's view, its calendar file, its
 * JSON-LD, the freshness line, the referral concerns — in the reader's
 * language, with Japanese unchanged as the default.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { withoutRuby } from '../../src/core/ruby.ts';
import { messages } from '../../src/i18n/index.ts';
import { listingCalendar, type CalendarOptions } from '../../src/lib/calendar/icalendar.ts';
import { freshnessInWords, monthsSince } from '../../src/lib/freshness.ts';
import { listingJsonLd } from '../../src/lib/json-ld.ts';
import { listingView } from '../../src/lib/listing-view.ts';
import { toPublicListing, type PublicListing, type SchoolRef } from '../../src/lib/privacy/public-listing.ts';
import { CONCERNS, concernsIn, stepsInWords } from '../../src/lib/referral/concerns.ts';
import { toSearchRecord } from '../../src/lib/search/search-data.ts';
import { buildSynonymTable } from '../../src/core/text-normalize.ts';
import { listingSchema } from '../../src/schema/listing.ts';

const schools: SchoolRef[] = [{ id: 'north-es', name: '北小学校', level: 'elementary', lat: 34.56, lng: 135.46 }];
const en = messages('en');
const easy = messages('easy');

function publicListing(overrides: Record<string, unknown> = {}): PublicListing {
  const data = listingSchema.parse({
    kind: 'kodomo-shokudo',
    name: 'テスト食堂',
    nameKana: 'てすとしょくどう',
    summary: 'テストです。',
    audience: { groups: ['guardian', 'elementary'] },
    status: 'active',
    verified: { date: '2026-10-01', by: 'operator', source: '電話' },
    cost: {
      options: [
        { for: 'child', yen: 0 },
        { for: 'adult', yen: 300 },
      ],
    },
    reservation: { required: false },
    schedule: [{ freq: 'monthly', byDay: ['2SA', '4SA'], opens: '11:00', closes: '14:00' }],
    closedOnHolidays: true,
    location: {
      placeName: '北会館',
      address: '大阪府堺市西区鳳東町0丁目0-0',
      lat: 34.56,
      lng: 135.46,
      precision: 'exact',
    },
    ...overrides,
  });
  return toPublicListing('test', data, '', schools);
}

describe('a listing view in the reader’s language', () => {
  it('says schedule, cost, reservation and freshness in English, the listing’s own text as written', () => {
    const view = listingView(publicListing(), {
      today: '2026-11-15',
      addressPrefix: '大阪府堺市西区',
      facts: en.facts,
      vocabulary: en.vocabulary,
    });
    expect(view.schedule.lines).toEqual([
      '2nd and 4th Saturday of every month, 11:00–14:00, closed on public holidays',
    ]);
    expect(view.cost).toBe('Children free, adults ¥300');
    expect(view.reservation).toBe('No booking needed');
    expect(view.freshness.text).toBe('1 October 2026');
    expect(view.place.maps?.label).toBe('Get directions in a maps app');
    expect(view.name).toBe('テスト食堂');
  });

  it('says them in やさしい日本語 with furigana', () => {
    const view = listingView(publicListing(), { today: '2026-11-15', facts: easy.facts, vocabulary: easy.vocabulary });
    expect(withoutRuby(view.schedule.lines[0]!)).toBe(
      '毎月 2回目と 4回目の 土曜日 午前11時から 午後2時まで（祝日は お休み）',
    );
    expect(withoutRuby(view.cost!)).toBe('子どもは 無料、大人は 300円');
    expect(withoutRuby(view.reservation!)).toBe('予約は いりません');
    expect(withoutRuby(view.freshness.text)).toBe('2026年10月1日');
  });

  it('stays in Japanese without words', () => {
    const view = listingView(publicListing(), { today: '2026-11-15' });
    expect(view.schedule.lines).toEqual(['毎月 第2・第4土曜日 11:00〜14:00（祝日はお休み）']);
    expect(view.cost).toBe('子ども無料・大人300円');
    expect(view.freshness.text).toBe('2026年10月1日');
  });

  it('says an approximate place in the reader’s words', () => {
    const listing = publicListing({
      location: {
        address: '大阪府堺市西区鳳東町0丁目0-0',
        area: '鳳東町付近',
        lat: 34.53712,
        lng: 135.46583,
        precision: 'approximate',
      },
    });
    expect(listingView(listing, { today: '2026-11-15', facts: en.facts }).place.short).toBe(
      '鳳東町付近 (approximate location)',
    );
    // The search data keeps the area apart, so the agenda can say it in the page's words.
    const record = toSearchRecord(listing, buildSynonymTable([]));
    expect(record.display).toMatchObject({ place: '鳳東町付近（おおよその場所）', area: '鳳東町付近' });
  });
});

describe('freshness', () => {
  it('counts whole months since the confirmed day', () => {
    expect(monthsSince('2026-10-01', '2026-10-31')).toBe(0);
    expect(monthsSince('2026-10-01', '2026-11-01')).toBe(1);
    expect(monthsSince('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsSince('2025-01-01', '2026-11-15')).toBe(22);
  });

  it.each([
    ['2026-11-01', '1か月以内に確認', 'Checked within the last month', 'この 1か月の 間に 確かめました'],
    ['2026-10-01', '1か月前に確認', 'Checked 1 month ago', '1か月 前に 確かめました'],
    ['2026-08-01', '3か月前に確認', 'Checked 3 months ago', '3か月 前に 確かめました'],
    ['2025-01-01', '1年以上前に確認', 'Checked over a year ago', '1年より 前に 確かめました'],
  ])('confirmed %s', (verified, inJa, inEn, inEasy) => {
    expect(freshnessInWords(verified, '2026-11-15')).toBe(inJa);
    expect(freshnessInWords(verified, '2026-11-15', en.facts)).toBe(inEn);
    expect(withoutRuby(freshnessInWords(verified, '2026-11-15', easy.facts))).toBe(inEasy);
  });
});

describe('calendar files in English', () => {
  const options: CalendarOptions = {
    name: 'Test',
    from: '2026-11-24',
    holidays: [],
    listingUrl: (id) => `https://example.org/en/listings/${id}/`,
    uidDomain: 'example.org',
    stamp: new Date('2026-11-24T01:00:00Z'),
  };
  const summaries = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'));

  it('names each event’s kind in English and describes the schedule in English', () => {
    const text = listingCalendar(publicListing(), {
      ...options,
      facts: en.facts,
      kindLabels: en.vocabulary.kindEnglish,
    })!;
    expect(summaries(text)).toEqual(["テスト食堂 (Kids' cafeteria)"]);
    const description = String(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description'),
    );
    expect(description).toContain('2nd and 4th Saturday of every month, 11:00–14:00, closed on public holidays');
    expect(description).toContain(
      'Check the page for the latest dates and closures: https://example.org/en/listings/test/',
    );
    expect(text).toContain('//EN');
  });

  it('keeps Japanese titles by default', () => {
    const text = listingCalendar(publicListing(), options)!;
    expect(summaries(text)).toEqual(['テスト食堂']);
    expect(text).toContain('//JA');
  });
});

describe('JSON-LD', () => {
  it('says the language of the page the listing is described on', () => {
    const page = 'https://example.org/en/listings/test/';
    expect(listingJsonLd(publicListing(), page, '', 'en').mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      url: page,
      inLanguage: 'en',
    });
    expect(listingJsonLd(publicListing(), page, '', 'easy').mainEntityOfPage).toMatchObject({ inLanguage: 'ja' });
    expect(listingJsonLd(publicListing(), page, '').mainEntityOfPage).toMatchObject({ inLanguage: 'ja' });
  });
});

describe('referral concerns', () => {
  it('are unchanged in Japanese', () => {
    expect(concernsIn()).toEqual(CONCERNS);
    expect(CONCERNS[0]!.links).toEqual([
      { label: '子ども食堂', kinds: ['kodomo-shokudo'] },
      { label: '食事・お弁当・食品の配布がある場所', services: ['meal', 'bento', 'food-pantry'] },
    ]);
  });

  it('fill in the centre in English', () => {
    const [meal] = concernsIn(en.concerns);
    expect(meal!.title).toBe('Worried about meals');
    expect(meal!.links.map((l) => l.label)).toEqual([
      'Kids’ cafeterias',
      'Places with meals, lunch boxes or food to take home',
    ]);
    expect(stepsInWords(meal!, { name: 'Nishi Ward Children and Family Centre', helpsWith: '' }).at(-1)).toContain(
      'consult Nishi Ward Children and Family Centre.',
    );
  });
});
