import { describe, expect, it } from 'vitest';
import {
  expandSessions,
  nextSessions,
  ruleFallsOn,
  type HolidayLookup,
  type ScheduleInput,
} from '../../src/lib/schedule/expand.ts';
import { holidayName, holidaysBetween, isJapaneseHoliday } from '../../src/lib/schedule/holidays.ts';
import { rule } from './support/schedule-rule.ts';

const noHolidays: HolidayLookup = () => false;
const dates = (input: ScheduleInput, from: string, to: string, holidays = noHolidays) =>
  expandSessions(input, from, to, holidays).map((s) => s.date);

describe('monthly rules', () => {
  it('find the 2nd and 4th Saturdays', () => {
    expect(dates({ schedule: [rule({ byDay: ['2SA', '4SA'] })] }, '2026-11-01', '2026-12-31')).toEqual([
      '2026-11-14',
      '2026-11-28',
      '2026-12-12',
      '2026-12-26',
    ]);
  });

  it('find the last Saturday, and the second to last', () => {
    expect(dates({ schedule: [rule({ byDay: ['-1SA'] })] }, '2026-08-01', '2026-10-31')).toEqual([
      '2026-08-29',
      '2026-09-26',
      '2026-10-31',
    ]);
    expect(dates({ schedule: [rule({ byDay: ['-2SA'] })] }, '2026-10-01', '2026-10-31')).toEqual(['2026-10-24']);
  });

  it('skip a 5th weekday in a month that has none', () => {
    // August 2026 has five Saturdays; September has four.
    expect(dates({ schedule: [rule({ byDay: ['5SA'] })] }, '2026-08-01', '2026-09-30')).toEqual(['2026-08-29']);
  });

  it('find 29 February in a leap year', () => {
    expect(dates({ schedule: [rule({ byDay: ['-1TU'] })] }, '2028-02-01', '2028-02-29')).toEqual(['2028-02-29']);
    expect(ruleFallsOn(rule({ byDay: ['5TU'] }), '2028-02-29')).toBe(true);
  });

  it('count every other month from the start date', () => {
    const every2 = rule({ byDay: ['1SU'], interval: 2, startDate: '2026-04-01' });
    expect(dates({ schedule: [every2] }, '2026-04-01', '2026-09-30')).toEqual([
      '2026-04-05',
      '2026-06-07',
      '2026-08-02',
    ]);
  });

  it('keep to the months listed', () => {
    const noAugust = rule({ byDay: ['2SA'], byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12] });
    expect(dates({ schedule: [noAugust] }, '2026-07-01', '2026-09-30')).toEqual(['2026-07-11', '2026-09-12']);
  });
});

describe('weekly rules', () => {
  it('run every weekday across a year boundary', () => {
    const weekdays = rule({ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] });
    expect(dates({ schedule: [weekdays] }, '2026-12-30', '2027-01-05')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-04',
      '2027-01-05',
    ]);
  });

  it('count every other week from the week of the start date', () => {
    const everyOther = rule({ freq: 'weekly', byDay: ['WE'], interval: 2, startDate: '2026-04-01' });
    expect(dates({ schedule: [everyOther] }, '2026-03-01', '2026-05-31')).toEqual([
      '2026-04-01',
      '2026-04-15',
      '2026-04-29',
      '2026-05-13',
      '2026-05-27',
    ]);
  });

  it('respect the validity period', () => {
    const trial = rule({ freq: 'weekly', byDay: ['TU'], startDate: '2027-01-12', endDate: '2027-03-23' });
    const found = dates({ schedule: [trial] }, '2027-01-01', '2027-04-30');
    expect(found[0]).toBe('2027-01-12');
    expect(found.at(-1)).toBe('2027-03-23');
    expect(found).toHaveLength(11);
  });
});

describe('closures and extra dates', () => {
  const weekdays = rule({ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '10:00', closes: '16:00' });

  it('close on public holidays from the maintained dataset', () => {
    expect(isJapaneseHoliday('2026-11-23')).toBe(true);
    expect(holidayName('2026-11-23')).toBe('勤労感謝の日');
    expect(isJapaneseHoliday('2026-11-24')).toBe(false);
    const input = { schedule: [weekdays], closedOnHolidays: true };
    expect(dates(input, '2026-11-23', '2026-11-24', isJapaneseHoliday)).toEqual(['2026-11-24']);
    // Without the flag the holiday is an ordinary day.
    expect(dates({ schedule: [weekdays] }, '2026-11-23', '2026-11-23', isJapaneseHoliday)).toEqual(['2026-11-23']);
  });

  it('skip closed dates and add extra dates with their own times', () => {
    const input: ScheduleInput = {
      schedule: [rule({ byDay: ['2SA', '4SA'] })],
      closedDates: ['2026-12-26'],
      extraDates: [{ date: '2026-12-24', opens: '16:00', closes: '19:00', note: 'クリスマス会' }],
    };
    expect(expandSessions(input, '2026-12-01', '2026-12-31', noHolidays)).toEqual([
      { date: '2026-12-12', opens: '11:00', closes: '14:00' },
      { date: '2026-12-24', opens: '16:00', closes: '19:00', extra: true, label: 'クリスマス会' },
    ]);
  });

  it('merge an extra date with a rule session at the same times instead of listing it twice', () => {
    const input: ScheduleInput = {
      schedule: [rule({ byDay: ['2SA'] })],
      extraDates: [{ date: '2026-12-12', opens: '11:00', closes: '14:00', note: '餅つき' }],
    };
    expect(expandSessions(input, '2026-12-01', '2026-12-31', noHolidays)).toEqual([
      { date: '2026-12-12', opens: '11:00', closes: '14:00', extra: true, label: '餅つき' },
    ]);
  });

  it('keep several rules apart, ordered by time', () => {
    const input: ScheduleInput = {
      schedule: [weekdays, rule({ byDay: ['1SA'], opens: '09:00', closes: '12:00', label: '親の会' })],
    };
    expect(expandSessions(input, '2026-12-04', '2026-12-05', noHolidays)).toEqual([
      { date: '2026-12-04', opens: '10:00', closes: '16:00' },
      { date: '2026-12-05', opens: '09:00', closes: '12:00', label: '親の会' },
    ]);
  });

  it('give the next dates from a day, and nothing for a listing without rules', () => {
    const input = { schedule: [rule({ byDay: ['2SA', '4SA'] })], closedOnHolidays: true };
    expect(nextSessions(input, '2026-11-24', 3, isJapaneseHoliday).map((s) => s.date)).toEqual([
      '2026-11-28',
      '2026-12-12',
      '2026-12-26',
    ]);
    expect(nextSessions({}, '2026-11-24', 3, isJapaneseHoliday)).toEqual([]);
  });

  it('refuse an absurd span instead of hanging', () => {
    expect(() => expandSessions({ schedule: [weekdays] }, '2026-01-01', '2036-01-01', noHolidays)).toThrow(RangeError);
    expect(expandSessions({ schedule: [weekdays] }, '2026-02-01', '2026-01-01', noHolidays)).toEqual([]);
  });

  it('read a rule edited in place afresh, as the form’s schedule builder edits it', () => {
    const edited = rule({ freq: 'weekly', byDay: ['MO'] });
    const input = { schedule: [edited] };
    expect(dates(input, '2026-11-30', '2026-12-06')).toEqual(['2026-11-30']);
    edited.byDay = ['TU', 'FR'];
    expect(dates(input, '2026-11-30', '2026-12-06')).toEqual(['2026-12-01', '2026-12-04']);
    Object.assign(edited, { interval: 2, startDate: '2026-12-07' });
    expect(dates(input, '2026-11-30', '2026-12-20')).toEqual(['2026-12-08', '2026-12-11']);
  });

  it('give each of many listings over one fortnight its own sessions', () => {
    const saturdays = { schedule: [rule({ byDay: ['2SA'] })] };
    const fridays = { schedule: [rule({ freq: 'weekly', byDay: ['FR'] })], closedDates: ['2026-12-18'] };
    for (let i = 0; i < 3; i++) {
      expect(dates(saturdays, '2026-12-07', '2026-12-20')).toEqual(['2026-12-12']);
      expect(dates(fridays, '2026-12-07', '2026-12-20')).toEqual(['2026-12-11']);
    }
  });

  it('lists holidays of a window for the browser', () => {
    expect(holidaysBetween('2027-01-01', '2027-01-31')).toEqual({ '2027-01-01': '元日', '2027-01-11': '成人の日' });
  });
});
