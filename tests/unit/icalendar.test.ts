import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/civil-date.ts';
import { calendarFor, hasCalendar, listingCalendar, type CalendarOptions } from '../../src/lib/calendar/icalendar.ts';
import type { PublicListing } from '../../src/lib/privacy/public-listing.ts';
import { expandSessions } from '../../src/lib/schedule/expand.ts';
import { holidayWindow, isJapaneseHoliday } from '../../src/lib/schedule/holidays.ts';
import { rule } from './support/schedule-rule.ts';

const FROM = '2026-11-24';
const options: CalendarOptions = {
  name: 'テスト',
  from: FROM,
  holidays: holidayWindow(FROM),
  listingUrl: (id) => `https://example.org/listings/${id}/`,
  uidDomain: 'example.org',
  stamp: new Date('2026-11-24T01:00:00Z'),
};

function listing(overrides: Partial<PublicListing>): PublicListing {
  return {
    id: 'test',
    kind: 'shokudo',
    name: 'テスト食堂',
    nameKana: 'てすとしょくどう',
    summary: 'テスト用',
    status: 'active',
    ...overrides,
  } as PublicListing;
}

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root;
}

/** Occurrences as Tokyo wall-clock `YYYY-MM-DD HH:MM–HH:MM`, derived from Unix time. */
function occurrences(text: string, to: string): string[] {
  const clock = (t: ICAL.Time) =>
    new Date((t.toUnixTime() + 9 * 3600) * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const out: string[] = [];
  for (const vevent of parse(text).getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = clock(details.startDate);
      if (start.slice(0, 10) > to) break;
      out.push(`${start}–${clock(details.endDate).slice(11)}`);
    }
  }
  return out.sort();
}

function engine(item: PublicListing, to: string): string[] {
  return expandSessions(item, FROM, to, isJapaneseHoliday).map((s) => `${s.date} ${s.opens}–${s.closes}`);
}

describe('iCalendar files', () => {
  const to = addDays(FROM, 365);

  it('keep the phase of every-other-week rules counted from a past start date', () => {
    const item = listing({
      schedule: [
        rule({ freq: 'weekly', byDay: ['WE'], interval: 2, startDate: '2026-04-01', opens: '17:00', closes: '19:30' }),
      ],
    });
    const text = listingCalendar(item, options)!;
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO');
    expect(occurrences(text, to)).toEqual(engine(item, to));
    expect(occurrences(text, to)[0]).toBe('2026-11-25 17:00–19:30');
  });

  it('stop at the end of a validity period, in UTC as RFC 5545 asks', () => {
    const item = listing({ schedule: [rule({ byDay: ['-1SA'], endDate: '2027-03-31' })] });
    const text = listingCalendar(item, options)!;
    expect(text).toContain('UNTIL=20270331T145959Z');
    const found = occurrences(text, to);
    expect(found.at(-1)).toBe('2027-03-27 11:00–14:00');
    expect(found).toEqual(engine(item, to));
  });

  it('skip holidays and closed dates, add extra dates, and honour months', () => {
    const item = listing({
      schedule: [
        rule({
          freq: 'weekly',
          byDay: ['MO', 'TU', 'WE', 'TH', 'FR'],
          opens: '10:00',
          closes: '16:00',
          byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12],
        }),
      ],
      closedOnHolidays: true,
      closedDates: ['2026-12-28', '2026-12-29'],
      extraDates: [
        { date: '2026-12-26', opens: '10:00', closes: '16:00' },
        { date: '2027-08-07', opens: '09:00', closes: '12:00', note: '夏の学習会' },
      ],
    });
    const text = listingCalendar(item, options)!;
    expect(text).toContain('RDATE;TZID=Asia/Tokyo:20261226T100000');
    expect(text).toMatch(/EXDATE;TZID=Asia\/Tokyo:[^\r]*20261228T100000/);
    const found = occurrences(text, to);
    expect(found).toEqual(engine(item, to));
    expect(found).not.toContain('2027-01-01 10:00–16:00');
    expect(found).toContain('2027-08-07 09:00–12:00');
    expect(found.some((s) => s.startsWith('2027-08-02'))).toBe(false);
  });

  it('keep listing text as text: no injected components', () => {
    const item = listing({
      name: 'X\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:偽物',
      summary: '<script>alert(1)</script>; a, b \\ c',
      schedule: [rule({})],
    });
    const root = parse(listingCalendar(item, options)!);
    const events = root.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]!.getFirstPropertyValue('summary')).toContain('END:VEVENT');
    expect(String(events[0]!.getFirstPropertyValue('description'))).toContain('<script>alert(1)</script>; a, b \\ c');
  });

  it('describe an approximate place by its area only', () => {
    const item = listing({
      place: { precision: 'approximate', area: '浜寺石津町西あたり', lat: 34.5325, lng: 135.4475, radiusM: 400 },
      schedule: [rule({})],
    });
    const text = listingCalendar(item, options)!;
    const event = parse(text).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('location')).toBe('浜寺石津町西あたり（おおよその場所）');
    expect(text).not.toMatch(/GEO|34\.53/);
  });

  it('write nothing for paused listings or ones with nothing to come', () => {
    expect(listingCalendar(listing({ status: 'paused', schedule: [rule({})] }), options)).toBeUndefined();
    expect(hasCalendar(listing({ schedule: [rule({ endDate: '2026-10-31' })] }), FROM)).toBe(false);
    expect(hasCalendar(listing({ extraDates: [{ date: '2026-12-01', opens: '10:00', closes: '11:00' }] }), FROM)).toBe(
      true,
    );
    const all = calendarFor(
      [listing({ id: 'a', schedule: [rule({})] }), listing({ id: 'b', status: 'closed', schedule: [rule({})] })],
      options,
    );
    expect(all).toContain('UID:a-rule-1@example.org');
    expect(all).not.toContain('UID:b-');
  });
});
