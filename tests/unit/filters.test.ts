import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  filtersFromParams,
  filtersToParams,
  isEmpty,
  passesFilters,
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
