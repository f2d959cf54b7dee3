/**
 * iCalendar (RFC 5545) files for listings, made with ical-generator.
 *
 * Each opening rule becomes one recurring event, because a VEVENT has one
 * start time and one duration:
 * - RRULE carries the rule as written (`BYDAY=2SA,4SA`, `INTERVAL=2`,
 *   `BYMONTH`, `UNTIL`), with WKST=MO as the schedule engine counts weeks;
 * - DTSTART is the rule's first session on or after the day the file is
 *   built, so an `interval` keeps its phase (RFC 5545 counts from DTSTART);
 * - EXDATE removes closed dates and, for listings closed on public holidays,
 *   each holiday the rule falls on within the holiday window below;
 * - RDATE adds an extra date with the same times as the rule.
 * Extra dates with times of their own become single events. Times carry
 * TZID=Asia/Tokyo, and the file includes that zone's VTIMEZONE.
 *
 * Only public listing data reaches this module: an approximate place is
 * described by its area, never by a point.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { addDays, parseCivil, type CivilDate } from '../../core/civil-date.ts';
import type { PublicListing } from '../privacy/public-listing.ts';
import { placeWithAddress } from '../listing-words.ts';
import { ruleFallsOn } from '../schedule/expand.ts';
import { scheduleInWords, type FactWords } from '../schedule-words.ts';
import type { ScheduleRule } from '../../schema/schedule.ts';
import type { Kind } from '../../schema/vocabulary.ts';
import { facts as jaFacts } from '../../i18n/ja/facts.ts';
import { vocabulary as jaVocabulary } from '../../i18n/ja/vocabulary.ts';

export const TIME_ZONE = 'Asia/Tokyo';

/** How far ahead a rule's first session is looked for. */
const FIRST_SESSION_HORIZON_DAYS = 400;

export interface CalendarOptions {
  /** Shown as the calendar's name in calendar apps. */
  name: string;
  /** The day the file is made (Asia/Tokyo); nothing before it is written. */
  from: CivilDate;
  /** Public holidays known for the window the file is used in. */
  holidays: readonly CivilDate[];
  /** The listing's page, absolute, for the event's URL and description. */
  listingUrl: (id: string) => string;
  /** Makes UIDs globally unique: the site's host name. */
  uidDomain: string;
  /** When the file was made, for DTSTAMP. */
  stamp: Date;
  /**
   * The calendar's language: its facts (days, places, the line pointing to
   * the page, how an event is titled) and kind names. Japanese by default;
   * an English calendar names each event's kind in English.
   */
  facts?: FactWords;
  kindLabels?: Readonly<Record<Kind, string>>;
}

function compact(date: CivilDate): string {
  return date.replaceAll('-', '');
}

function localStamp(date: CivilDate, time: string): string {
  return `${compact(date)}T${time.replace(':', '')}00`;
}

/** A wall-clock time in Tokyo, whatever the zone of the machine building. */
function tokyoTime(date: CivilDate, time: string): TZDate {
  const { year, month, day } = parseCivil(date);
  const [hours, minutes] = time.split(':').map(Number);
  return new TZDate(year, month - 1, day, hours!, minutes!, 0, TIME_ZONE);
}

function firstSession(rule: ScheduleRule, from: CivilDate): CivilDate | undefined {
  const start = rule.startDate && rule.startDate > from ? rule.startDate : from;
  for (let offset = 0; offset <= FIRST_SESSION_HORIZON_DAYS; offset++) {
    const date = addDays(start, offset);
    if (rule.endDate && date > rule.endDate) return undefined;
    if (ruleFallsOn(rule, date)) return date;
  }
  return undefined;
}

function rruleFor(rule: ScheduleRule): string {
  const parts = [`FREQ=${rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (rule.interval && rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.byMonth) parts.push(`BYMONTH=${[...rule.byMonth].sort((a, b) => a - b).join(',')}`);
  // UNTIL is in UTC when DTSTART has a TZID: 23:59:59 in Tokyo is 14:59:59Z.
  if (rule.endDate) parts.push(`UNTIL=${compact(rule.endDate)}T145959Z`);
  parts.push('WKST=MO');
  return `RRULE:${parts.join(';')}`;
}

/** Where, for a calendar app; nothing for a listing with neither a place nor online sessions. */
function placeText(listing: PublicListing, words: FactWords): string | undefined {
  return listing.place || listing.online ? placeWithAddress(listing, words) : undefined;
}

function descriptionFor(listing: PublicListing, url: string, from: CivilDate, words: FactWords): string {
  return [
    listing.summary,
    scheduleInWords(listing, from, words).join('\n'),
    listing.scheduleNote,
    words.calendar.checkPage(url),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Adds a listing's events to a calendar. Listings that are paused or closed add none. */
function addListing(calendar: ICalCalendar, listing: PublicListing, options: CalendarOptions): number {
  if (listing.status !== 'active') return 0;
  const url = options.listingUrl(listing.id);
  const words = options.facts ?? jaFacts;
  const kind = (options.kindLabels ?? jaVocabulary.kind)[listing.kind];
  const title = (note: string | undefined) => words.calendar.title(listing.name, kind, note);
  const location = placeText(listing, words);
  const common = {
    url,
    description: descriptionFor(listing, url, options.from, words),
    timezone: TIME_ZONE,
    stamp: options.stamp,
    ...(location ? { location } : {}),
  };
  const closed = new Set(listing.closedDates ?? []);
  const holidays = listing.closedOnHolidays ? options.holidays : [];
  const extras = (listing.extraDates ?? []).filter((extra) => extra.date >= options.from);
  const attached = new Set<(typeof extras)[number]>();
  let events = 0;

  (listing.schedule ?? []).forEach((rule, index) => {
    const first = firstSession(rule, options.from);
    if (!first) return;
    const rdates = extras.filter(
      (extra) => !attached.has(extra) && extra.opens === rule.opens && extra.closes === rule.closes,
    );
    for (const extra of rdates) attached.add(extra);
    const added = new Set(rdates.map((extra) => extra.date));
    const exdates = [...new Set([...closed, ...holidays])]
      .filter((date) => date >= first && !added.has(date) && ruleFallsOn(rule, date))
      .sort();
    const lines = [rruleFor(rule)];
    if (exdates.length)
      lines.push(`EXDATE;TZID=${TIME_ZONE}:${exdates.map((d) => localStamp(d, rule.opens)).join(',')}`);
    if (rdates.length)
      lines.push(`RDATE;TZID=${TIME_ZONE}:${rdates.map((e) => localStamp(e.date, rule.opens)).join(',')}`);
    calendar.createEvent({
      ...common,
      id: `${listing.id}-rule-${index + 1}@${options.uidDomain}`,
      summary: title(rule.label),
      start: tokyoTime(first, rule.opens),
      end: tokyoTime(first, rule.closes),
      repeating: lines.join('\n'),
    });
    events++;
  });

  for (const extra of extras) {
    if (attached.has(extra)) continue;
    calendar.createEvent({
      ...common,
      id: `${listing.id}-extra-${extra.date}-${extra.opens.replace(':', '')}@${options.uidDomain}`,
      summary: title(extra.note),
      start: tokyoTime(extra.date, extra.opens),
      end: tokyoTime(extra.date, extra.closes),
    });
    events++;
  }
  return events;
}

function newCalendar(options: CalendarOptions): ICalCalendar {
  const calendar = ical({
    name: options.name,
    prodId: {
      company: options.uidDomain,
      product: 'kodomo-chiiki-map',
      language: (options.facts ?? jaFacts).calendar.language,
    },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps that subscribe check again daily.
    ttl: 24 * 60 * 60,
  });
  // The zone is named per event; the generator adds its VTIMEZONE once.
  calendar.timezone({ name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
  return calendar;
}

/** One file with every active listing's sessions. */
export function calendarFor(listings: readonly PublicListing[], options: CalendarOptions): string {
  const calendar = newCalendar(options);
  for (const listing of listings) addListing(calendar, listing, options);
  return calendar.toString();
}

/** A file for one listing, or undefined when it has nothing to put in a calendar. */
export function listingCalendar(listing: PublicListing, options: CalendarOptions): string | undefined {
  const calendar = newCalendar(options);
  return addListing(calendar, listing, options) > 0 ? calendar.toString() : undefined;
}

/** Whether a listing gets a calendar file: active, with a rule or an extra date still to come. */
export function hasCalendar(listing: PublicListing, from: CivilDate): boolean {
  if (listing.status !== 'active') return false;
  return (
    (listing.schedule ?? []).some((rule) => firstSession(rule, from) !== undefined) ||
    (listing.extraDates ?? []).some((extra) => extra.date >= from)
  );
}
