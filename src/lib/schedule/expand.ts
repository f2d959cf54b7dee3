/**
 * Expands opening rules into dated sessions, always in Asia/Tokyo: dates are
 * civil `YYYY-MM-DD` strings and weekdays come from UTC arithmetic, so the
 * result is the same whatever the time zone of the machine or browser.
 *
 * Semantics follow RFC 5545: weeks start on Monday (WKST=MO); an `interval`
 * counts weeks or months from the rule's `startDate`; `2SA` is the second
 * Saturday of the month and `-1SA` the last; a weekday without an ordinal in
 * a monthly rule means every such weekday. Closed dates and, when a listing
 * says so, public holidays remove rule sessions; extra dates add sessions with
 * their own times (and are kept even on a holiday: they were chosen by hand).
 */
import { parseByDay, type ByDay } from '../../core/by-day.ts';
import type { ExtraDate, ScheduleRule } from '../../schema/schedule.ts';
import { WEEKDAY_VALUES } from '../../schema/vocabulary.ts';
import { addDays, daysBetween, parseCivil, weekdayIndex, type CivilDate } from '../../core/civil-date.ts';

export interface Session {
  date: CivilDate;
  opens: string;
  closes: string;
  /** The rule's label, or the extra date's note. */
  label?: string;
  /** Added by `extraDates` rather than by a rule. */
  extra?: boolean;
}

export interface ScheduleInput {
  schedule?: readonly ScheduleRule[];
  closedDates?: readonly CivilDate[];
  extraDates?: readonly ExtraDate[];
  closedOnHolidays?: boolean;
}

export type HolidayLookup = (date: CivilDate) => boolean;

/** Longest span expanded in one call, so a mistaken range cannot hang a page. */
export const MAX_SPAN_DAYS = 800;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function matchesByDay(token: ByDay, date: CivilDate, monthly: boolean): boolean {
  if (WEEKDAY_VALUES[weekdayIndex(date)] !== token.weekday) return false;
  if (!monthly || token.ordinal === undefined) return true;
  const { year, month, day } = parseCivil(date);
  if (token.ordinal > 0) return Math.ceil(day / 7) === token.ordinal;
  return Math.floor((daysInMonth(year, month) - day) / 7) + 1 === -token.ordinal;
}

/** Monday of the week a date falls in. */
function weekStart(date: CivilDate): CivilDate {
  return addDays(date, -weekdayIndex(date));
}

function monthNumber(date: CivilDate): number {
  const { year, month } = parseCivil(date);
  return year * 12 + (month - 1);
}

/** True when a rule produces a session on this date (before closures). */
export function ruleFallsOn(rule: ScheduleRule, date: CivilDate): boolean {
  if (rule.startDate && date < rule.startDate) return false;
  if (rule.endDate && date > rule.endDate) return false;
  const { month } = parseCivil(date);
  if (rule.byMonth && !rule.byMonth.includes(month)) return false;
  const interval = rule.interval ?? 1;
  if (interval > 1 && rule.startDate) {
    const elapsed =
      rule.freq === 'weekly'
        ? daysBetween(weekStart(rule.startDate), weekStart(date)) / 7
        : monthNumber(date) - monthNumber(rule.startDate);
    if (elapsed % interval !== 0) return false;
  }
  const monthly = rule.freq === 'monthly';
  return rule.byDay.some((token) => {
    const parsed = parseByDay(token);
    return parsed !== undefined && matchesByDay(parsed, date, monthly);
  });
}

/** Every session from `from` to `to`, both inclusive, by date then opening time. */
export function expandSessions(
  input: ScheduleInput,
  from: CivilDate,
  to: CivilDate,
  isHoliday: HolidayLookup,
): Session[] {
  const span = daysBetween(from, to);
  if (span < 0) return [];
  if (span > MAX_SPAN_DAYS) throw new RangeError(`span of ${span} days exceeds ${MAX_SPAN_DAYS}`);
  const closed = new Set(input.closedDates ?? []);
  const sessions: Session[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (closed.has(date)) continue;
    if (input.closedOnHolidays && isHoliday(date)) continue;
    for (const rule of input.schedule ?? []) {
      if (ruleFallsOn(rule, date)) {
        sessions.push({ date, opens: rule.opens, closes: rule.closes, ...(rule.label ? { label: rule.label } : {}) });
      }
    }
  }
  for (const extra of input.extraDates ?? []) {
    if (extra.date < from || extra.date > to) continue;
    const session: Session = {
      date: extra.date,
      opens: extra.opens,
      closes: extra.closes,
      extra: true,
      ...(extra.note ? { label: extra.note } : {}),
    };
    // An extra date with the same times as a rule's session that day is that
    // session, not a second one (calendar files merge them the same way).
    const same = sessions.findIndex(
      (s) => s.date === extra.date && s.opens === extra.opens && s.closes === extra.closes,
    );
    if (same >= 0) sessions[same] = session;
    else sessions.push(session);
  }
  return sessions.sort((a, b) => a.date.localeCompare(b.date) || a.opens.localeCompare(b.opens));
}

/** The next `count` sessions from `from` (inclusive), looking at most `horizonDays` ahead. */
export function nextSessions(
  input: ScheduleInput,
  from: CivilDate,
  count: number,
  isHoliday: HolidayLookup,
  horizonDays = 400,
): Session[] {
  return expandSessions(input, from, addDays(from, horizonDays), isHoliday).slice(0, count);
}
