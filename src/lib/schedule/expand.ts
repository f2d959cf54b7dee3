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
import { addDays, daysBetween, parseCivil, type CivilDate } from '../../core/civil-date.ts';

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

/**
 * What a rule needs to know of a date, worked out once per date: expanding
 * thousands of listings over the same fortnight (the agenda, the directory's
 * 「開いている日」) would otherwise re-parse the same date strings for each.
 */
interface DayFacts {
  date: CivilDate;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  month: number;
  day: number;
  daysInMonth: number;
  /** Weeks since a fixed Monday: two dates are in the same week when equal. */
  week: number;
  /** year × 12 + month − 1: months between two dates by subtraction. */
  monthNumber: number;
}

const MS_PER_DAY = 86_400_000;

function dayFacts(date: CivilDate): DayFacts {
  const { year, month, day } = parseCivil(date);
  const epochDay = Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  // 1970-01-01 was a Thursday, three days after a Monday.
  const sinceMonday = epochDay + 3;
  return {
    date,
    weekday: ((sinceMonday % 7) + 7) % 7,
    month,
    day,
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
    week: Math.floor(sinceMonday / 7),
    monthNumber: year * 12 + (month - 1),
  };
}

/** The last few ranges asked for: callers expand many listings over one range in a row. */
const rangeCache = new Map<string, readonly DayFacts[]>();
const RANGE_CACHE_SIZE = 8;

function daysOf(from: CivilDate, to: CivilDate): readonly DayFacts[] {
  const key = `${from}/${to}`;
  const cached = rangeCache.get(key);
  if (cached) return cached;
  const days: DayFacts[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(dayFacts(date));
  if (rangeCache.size >= RANGE_CACHE_SIZE) rangeCache.delete(rangeCache.keys().next().value!);
  rangeCache.set(key, days);
  return days;
}

/** A rule with its tokens parsed and its start's week and month counted, once per rule object. */
interface CompiledRule {
  rule: ScheduleRule;
  /** The fields compiled, as they were. */
  source: string;
  interval: number;
  startWeek: number;
  startMonth: number;
  monthly: boolean;
  tokens: { weekday: number; ordinal?: number }[];
}

function snapshot(rule: ScheduleRule): string {
  return `${rule.freq}|${rule.interval ?? ''}|${rule.startDate ?? ''}|${rule.byDay.join(',')}`;
}

const compiledRules = new WeakMap<ScheduleRule, CompiledRule>();

function compile(rule: ScheduleRule): CompiledRule {
  let compiled = compiledRules.get(rule);
  // A rule edited in place (the form's schedule builder) is compiled afresh.
  if (compiled && compiled.source === snapshot(rule)) return compiled;
  const start = rule.startDate ? dayFacts(rule.startDate) : undefined;
  compiled = {
    rule,
    source: snapshot(rule),
    interval: rule.interval ?? 1,
    startWeek: start?.week ?? 0,
    startMonth: start?.monthNumber ?? 0,
    monthly: rule.freq === 'monthly',
    tokens: rule.byDay
      .map((token) => parseByDay(token))
      .filter((token): token is ByDay => token !== undefined)
      .map((token) => ({
        weekday: WEEKDAY_VALUES.indexOf(token.weekday),
        ...(token.ordinal === undefined ? {} : { ordinal: token.ordinal }),
      })),
  };
  compiledRules.set(rule, compiled);
  return compiled;
}

function falls(compiled: CompiledRule, day: DayFacts): boolean {
  const { rule } = compiled;
  if (rule.startDate && day.date < rule.startDate) return false;
  if (rule.endDate && day.date > rule.endDate) return false;
  if (rule.byMonth && !rule.byMonth.includes(day.month)) return false;
  if (compiled.interval > 1 && rule.startDate) {
    const elapsed = compiled.monthly ? day.monthNumber - compiled.startMonth : day.week - compiled.startWeek;
    if (elapsed % compiled.interval !== 0) return false;
  }
  for (const token of compiled.tokens) {
    if (token.weekday !== day.weekday) continue;
    if (!compiled.monthly || token.ordinal === undefined) return true;
    if (
      token.ordinal > 0
        ? Math.ceil(day.day / 7) === token.ordinal
        : Math.floor((day.daysInMonth - day.day) / 7) + 1 === -token.ordinal
    )
      return true;
  }
  return false;
}

/** True when a rule produces a session on this date (before closures). */
export function ruleFallsOn(rule: ScheduleRule, date: CivilDate): boolean {
  return falls(compile(rule), dayFacts(date));
}

/** Orders `HH:MM` times and `YYYY-MM-DD` dates: fixed-width ASCII compares as text, without a collator. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  const rules = (input.schedule ?? []).map(compile);
  const extras = input.extraDates ?? [];
  if (rules.length === 0 && extras.length === 0) return [];
  const closed = input.closedDates && input.closedDates.length > 0 ? new Set(input.closedDates) : undefined;
  const sessions: Session[] = [];
  if (rules.length > 0) {
    for (const day of daysOf(from, to)) {
      if (closed?.has(day.date)) continue;
      if (input.closedOnHolidays && isHoliday(day.date)) continue;
      for (const compiled of rules) {
        if (falls(compiled, day)) {
          const { rule } = compiled;
          sessions.push({
            date: day.date,
            opens: rule.opens,
            closes: rule.closes,
            ...(rule.label ? { label: rule.label } : {}),
          });
        }
      }
    }
  }
  for (const extra of extras) {
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
  // Rules come out by date already; several rules or extra dates need ordering by time.
  if (rules.length > 1 || extras.length > 0)
    sessions.sort((a, b) => byText(a.date, b.date) || byText(a.opens, b.opens));
  return sessions;
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
