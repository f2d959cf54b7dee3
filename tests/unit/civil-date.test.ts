/**
 * Calendar dates in Asia/Tokyo. Run under several TZ settings
 * (TZ=America/Los_Angeles, TZ=Asia/Tokyo): results must not depend on it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatCivil,
  formatDateJa,
  tokyoToday,
  weekdayIndex,
} from '../../src/core/civil-date.ts';
import { seededRandom } from './support/helpers.ts';

/** An independent oracle: the date in Tokyo according to the ICU time-zone data. */
const tokyoDateByIntl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('tokyoToday', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['2026-11-23T14:59:59.999Z', '2026-11-23'], // 23:59:59.999 in Tokyo
    ['2026-11-23T15:00:00.000Z', '2026-11-24'], // midnight in Tokyo
    ['2026-11-23T23:59:59.999Z', '2026-11-24'], // just before midnight UTC
    ['2026-11-24T00:00:00.000Z', '2026-11-24'], // midnight UTC = 09:00 in Tokyo
    ['2026-11-24T08:00:00.000Z', '2026-11-24'], // midnight in Los Angeles (PST)
    ['2026-11-24T07:59:59.999Z', '2026-11-24'], // still the 23rd in Los Angeles
    ['2026-12-31T14:59:59.999Z', '2026-12-31'],
    ['2026-12-31T15:00:00.000Z', '2027-01-01'],
    ['2028-02-28T15:00:00.000Z', '2028-02-29'],
    ['2026-03-08T10:00:00.000Z', '2026-03-08'], // the US switches to summer time that night
  ])('at %s it is %s in Tokyo', (instant, expected) => {
    expect(tokyoToday(new Date(instant))).toBe(expected);
    expect(tokyoDateByIntl.format(new Date(instant))).toBe(expected);
  });

  it('agrees with Intl for random instants over several years', () => {
    const random = seededRandom(7);
    const start = Date.UTC(2024, 0, 1);
    const span = Date.UTC(2030, 0, 1) - start;
    for (let i = 0; i < 2000; i++) {
      const instant = new Date(start + Math.floor(random() * span));
      expect(tokyoToday(instant), instant.toISOString()).toBe(tokyoDateByIntl.format(instant));
    }
  });

  it('uses the current instant by default', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T15:30:00Z'));
    expect(tokyoToday()).toBe('2026-11-24');
    vi.setSystemTime(new Date('2026-11-23T14:30:00Z'));
    expect(tokyoToday()).toBe('2026-11-23');
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2026-10-31', 4, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', -48, '2020-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-11-24', -12, '2025-11-24'],
    ['2026-11-24', 0, '2026-11-24'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-07-31', -18, '2025-01-31'],
  ])('%s %+d months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays, daysBetween and formatCivil', () => {
  it('rolls over months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(formatCivil(2026, 1, 32)).toBe('2026-02-01');
    expect(formatCivil(2026, 3, 0)).toBe('2026-02-28');
  });

  it('counts days across the US summer-time change without an off-by-one', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-11-24', '2027-11-24')).toBe(365);
    expect(daysBetween('2027-11-24', '2026-11-24')).toBe(-365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
});

describe('weekdayIndex', () => {
  it.each([
    ['2026-11-23', 0], // Monday
    ['2026-11-24', 1], // Tuesday
    ['2026-11-28', 5], // Saturday
    ['2026-11-29', 6], // Sunday
    ['2000-01-01', 5], // Saturday
    ['2028-02-29', 1], // Tuesday
  ])('%s → %i', (date, index) => {
    expect(weekdayIndex(date)).toBe(index);
  });

  it('agrees with Intl for every day of two years', () => {
    const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short' });
    for (let date = '2026-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
      expect(names[weekdayIndex(date)], date).toBe(weekday.format(new Date(`${date}T00:00:00Z`)));
    }
  });
});

describe('formatDateJa', () => {
  it.each([
    ['2026-11-24', false, '2026年11月24日'],
    ['2026-11-24', true, '2026年11月24日（火）'],
    ['2027-01-03', true, '2027年1月3日（日）'],
    ['2026-11-23', true, '2026年11月23日（月）'],
    ['2026-02-28', true, '2026年2月28日（土）'],
  ])('%s (weekday: %s) → %s', (date, withWeekday, expected) => {
    expect(formatDateJa(date, withWeekday)).toBe(expected);
  });
});
