import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  filtersFromParams,
  filtersToParams,
  isEmpty,
  openOnDateInWords,
  passesFilters,
  resolveOpenOn,
} from '../../src/lib/search/filters.ts';
import type { SearchRecord } from '../../src/lib/search/search-data.ts';

const record = (overrides: Partial<SearchRecord>): SearchRecord => ({
  id: 'x',
  display: { name: 'x', place: '' },
  kind: 'kodomo-shokudo',
  services: [],
  ages: ['elementary'],
  free: false,
  noReservation: false,
  volunteering: false,
  districts: {},
  days: [],
  status: 'active',
  schedule: {},
  text: {
    name: '',
    kana: '',
    kanaPlain: '',
    org: '',
    summary: '',
    place: '',
    access: '',
    district: '',
    services: '',
    description: '',
  },
  ...overrides,
});

describe('「ボランティア募集中」', () => {
  it('lives in the URL and is read back', () => {
    const params = filtersToParams({ ...EMPTY_FILTERS, volunteering: true });
    expect(params.toString()).toBe('volunteering=1');
    expect(filtersFromParams(params, []).volunteering).toBe(true);
    expect(isEmpty(filtersFromParams(params, []))).toBe(false);
    expect(filtersFromParams(new URLSearchParams('volunteering=yes'), []).volunteering).toBe(false);
  });

  it('keeps only places that look for volunteers, together with the other filters', () => {
    const wanted = record({ id: 'wanted', volunteering: true });
    const other = record({ id: 'other' });
    const wantedFreeSchool = record({ id: 'fs', kind: 'free-school', volunteering: true });
    const state = { ...EMPTY_FILTERS, volunteering: true };
    expect([wanted, other, wantedFreeSchool].filter((r) => passesFilters(r, state)).map((r) => r.id)).toEqual([
      'wanted',
      'fs',
    ]);
    const both = { ...state, kinds: ['free-school' as const] };
    expect([wanted, other, wantedFreeSchool].filter((r) => passesFilters(r, both)).map((r) => r.id)).toEqual(['fs']);
    // Paused places stay hidden unless asked for, as with every filter.
    expect(passesFilters(record({ volunteering: true, status: 'paused' }), state)).toBe(false);
  });
});

describe('the dates 「開いている日」 means', () => {
  it.each([
    // A Tuesday.
    ['2026-11-24', 'today', '2026-11-24', '（11月24日・火曜日）'],
    ['2026-11-24', 'tomorrow', '2026-11-25', '（11月25日・水曜日）'],
    ['2026-11-24', 'saturday', '2026-11-28', '（11月28日）'],
    ['2026-11-24', 'sunday', '2026-11-29', '（11月29日）'],
    // On a Saturday, 今度の土曜日 is today and 今度の日曜日 tomorrow.
    ['2026-11-28', 'saturday', '2026-11-28', '（11月28日・今日）'],
    ['2026-11-28', 'sunday', '2026-11-29', '（11月29日・明日）'],
    // On a Sunday, across the month.
    ['2026-11-29', 'saturday', '2026-12-05', '（12月5日）'],
    ['2026-11-29', 'sunday', '2026-11-29', '（11月29日・今日）'],
    ['2026-12-31', 'tomorrow', '2027-01-01', '（1月1日・金曜日）'],
  ])('on %s, %s is %s: %s', (today, openOn, date, words) => {
    expect(resolveOpenOn(openOn, today)).toBe(date);
    expect(openOnDateInWords(openOn, today)).toBe(words);
  });

  it('says nothing for a chosen date or no choice', () => {
    expect(openOnDateInWords('', '2026-11-24')).toBe('');
    expect(openOnDateInWords('2026-12-13', '2026-11-24')).toBe('');
  });
});
