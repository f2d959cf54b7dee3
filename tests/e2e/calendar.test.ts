/**
 * The built calendar files, read by an independent iCalendar parser (ical.js,
 * Mozilla's): for every demo listing, the sessions a calendar app would show
 * over the next twelve months are exactly the schedule engine's.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { addDays, tokyoToday } from '../../src/core/civil-date.ts';
import { loadContent, type ListingEntry } from '../../src/lib/content/load-content.ts';
import { expandSessions } from '../../src/lib/schedule/expand.ts';
import { isJapaneseHoliday } from '../../src/lib/schedule/holidays.ts';
import { ROOT } from './support/build.ts';

const distDir = inject('distDir');
const siteUrl = inject('siteUrl');

const TOKYO_OFFSET_S = 9 * 60 * 60;

/** An instant as `YYYY-MM-DD HH:MM` in Tokyo, computed from Unix time rather than the parser's fields. */
function tokyoWallClock(time: ICAL.Time): string {
  const shifted = new Date((time.toUnixTime() + TOKYO_OFFSET_S) * 1000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

/** Every occurrence (start–end) from `from` to `to` inclusive, as calendar apps would expand it. */
function calendarSessions(text: string, from: string, to: string): string[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const out: string[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = tokyoWallClock(details.startDate);
      if (start.slice(0, 10) > to) break;
      if (start.slice(0, 10) < from) continue;
      out.push(`${start}–${tokyoWallClock(details.endDate).slice(11)}`);
    }
  }
  return out.sort();
}

function engineSessions(listing: ListingEntry, from: string, to: string): string[] {
  if (listing.data.status !== 'active') return [];
  return expandSessions(listing.data, from, to, isJapaneseHoliday)
    .map((s) => `${s.date} ${s.opens}–${s.closes}`)
    .sort();
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

describe('calendar files', () => {
  // Today onwards: a build from yesterday still covers it.
  const from = tokyoToday();
  const to = addDays(from, 365);

  it('give, for every demo listing, the same sessions as the engine over the next 12 months', async () => {
    const { listings } = await loadContent(path.join(ROOT, 'content'));
    expect(listings.length).toBeGreaterThan(40);
    let compared = 0;
    for (const listing of listings) {
      const expected = engineSessions(listing, from, to);
      const text = await readIfExists(path.join(distDir, 'listings', `${listing.id}.ics`));
      if (text === undefined) {
        expect(expected, `${listing.id} has sessions but no .ics`).toEqual([]);
        continue;
      }
      expect(calendarSessions(text, from, to), listing.id).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('write RRULE, EXDATE and RDATE with TZID Asia/Tokyo and its VTIMEZONE', async () => {
    const all = await readFile(path.join(distDir, 'calendar.ics'), 'utf8');
    expect(all).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(all).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n');
    expect(all).toMatch(/\r\nRRULE:FREQ=MONTHLY;BYDAY=2SA,4SA;WKST=MO\r\n/);
    expect(all).toMatch(/\r\nEXDATE;TZID=Asia\/Tokyo:\d{8}T\d{6}/);
    expect(all).toMatch(/\r\nRDATE;TZID=Asia\/Tokyo:\d{8}T\d{6}/);
    expect(all).toMatch(/\r\nDTSTART;TZID=Asia\/Tokyo:\d{8}T\d{6}\r\n/);
    // DTSTAMP is UTC, as RFC 5545 requires.
    expect(all).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    // Every line is folded to 75 octets at most.
    for (const line of all.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('hold every active listing in /calendar.ics and no paused or closed one', async () => {
    const { listings } = await loadContent(path.join(ROOT, 'content'));
    const all = await readFile(path.join(distDir, 'calendar.ics'), 'utf8');
    const uids = new Set(
      [...all.matchAll(/\r\nUID:([^@\r]+)@/g)].map((m) => m[1]!.replace(/-(rule-\d+|extra-.*)$/, '')),
    );
    const expected = listings.filter((l) => engineSessions(l, from, to).length > 0).map((l) => l.id);
    expect([...uids].sort()).toEqual(expected.sort());
    const inactive = listings.filter((l) => l.data.status !== 'active');
    expect(inactive.length).toBeGreaterThan(0);
    for (const listing of inactive) expect(uids.has(listing.id)).toBe(false);
    expect(calendarSessions(all, from, to).length).toBeGreaterThan(500);
  });

  it('are served as text/calendar', async () => {
    const response = await fetch(new URL('calendar.ics', siteUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  });
});
