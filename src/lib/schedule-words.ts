/**
 * Opening rules in words: 「毎月 第2・第4土曜日 11:00〜14:00」, 「隔週水曜日」,
 * 「毎月最終土曜日」, 「平日 10:00〜16:00」 in Japanese, "2nd and 4th Saturday
 * of every month, 11:00–14:00" in English. This module works out the shape of
 * each rule (weekdays sorted, ordinals grouped by weekday, months limited,
 * dates still to come); the locale's facts dictionary puts it in words.
 * Japanese is the default, for what editors read (CSV, the Japanese calendar).
 */
import { parseByDay, type ByDay } from '../core/by-day.ts';
import type { ScheduleRule } from '../schema/schedule.ts';
import { WEEKDAY_VALUES, type Weekday } from '../schema/vocabulary.ts';
import { facts as jaFacts, type RuleDays, type RuleFacts } from '../i18n/ja/facts.ts';
import type { Messages } from '../i18n/messages.ts';
import type { CivilDate } from '../core/civil-date.ts';

export type FactWords = Messages['facts'];

export const NO_RULE_TEXT = jaFacts.schedule.none;

function sortWeekdays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAY_VALUES.indexOf(a) - WEEKDAY_VALUES.indexOf(b));
}

export function timeRange(opens: string, closes: string, words: FactWords = jaFacts): string {
  return words.timeRange(opens, closes);
}

/** The days of a rule as facts: weekly days, or monthly weekdays with their ordinals. */
export function ruleDays(rule: ScheduleRule): RuleDays {
  const tokens = rule.byDay.map(parseByDay).filter((t): t is ByDay => t !== undefined);
  const interval = rule.interval ?? 1;
  if (rule.freq === 'weekly' || tokens.every((t) => t.ordinal === undefined)) {
    return {
      every: 'week',
      days: sortWeekdays(tokens.map((t) => t.weekday)),
      interval,
      monthly: rule.freq === 'monthly',
    };
  }
  const byWeekday = new Map<Weekday, number[]>();
  for (const token of tokens) {
    const list = byWeekday.get(token.weekday) ?? [];
    list.push(token.ordinal ?? 0);
    byWeekday.set(token.weekday, list);
  }
  return {
    every: 'month',
    interval,
    days: sortWeekdays([...byWeekday.keys()]).map((weekday) => ({
      weekday,
      // Positive ordinals first in order, then those counted from the end (第1・最終).
      ordinals: byWeekday.get(weekday)!.sort((a, b) => (a > 0 && b > 0 ? a - b : b - a)),
    })),
  };
}

/**
 * A rule as facts. The start date is kept only while it is still ahead of
 * `today` — once it has passed, a start date (often only the day an
 * every-other-week rule counts from) is noise; the end date always stays.
 */
export function ruleFacts(rule: ScheduleRule, today?: CivilDate): RuleFacts {
  const months =
    !rule.byMonth || rule.byMonth.length === 12 ? undefined : [...new Set(rule.byMonth)].sort((a, b) => a - b);
  return {
    label: rule.label,
    days: ruleDays(rule),
    opens: rule.opens,
    closes: rule.closes,
    months,
    start: rule.startDate && today && rule.startDate > today ? rule.startDate : undefined,
    end: rule.endDate,
  };
}

/** The days of one rule, without times: 「毎週水曜日」「隔週水曜日」「毎月 第2・第4土曜日」. */
export function ruleDaysInWords(rule: ScheduleRule, words: FactWords = jaFacts): string {
  return words.schedule.days(ruleDays(rule));
}

export function ruleInWords(rule: ScheduleRule, today?: CivilDate, words: FactWords = jaFacts): string {
  return words.schedule.rule(ruleFacts(rule, today));
}

export interface ScheduleWordsInput {
  schedule?: readonly ScheduleRule[];
  closedOnHolidays?: boolean;
}

/** After the only rule: 「毎週水曜日 15:00〜18:00（祝日はお休み）」. */
export const HOLIDAY_NOTE_ONE_RULE = jaFacts.schedule.holidaysOneRule('');
/** A line of its own under several rules, since `closedOnHolidays` closes every one of them. */
export const HOLIDAY_NOTE_ALL_RULES = jaFacts.schedule.holidaysAllRules;

/**
 * One line per rule. The holiday note follows the only rule on its line;
 * under several rules it is a line of its own, so it does not read as if only
 * the last rule closed on holidays. Every view prints these lines (joined or
 * one per line), so each says it once. Empty rules → the honest fallback.
 * `today` lets a start date still to come be mentioned.
 */
export function scheduleInWords(
  { schedule, closedOnHolidays }: ScheduleWordsInput,
  today?: CivilDate,
  words: FactWords = jaFacts,
): string[] {
  if (!schedule || schedule.length === 0) return [words.schedule.none];
  const lines = schedule.map((rule) => ruleInWords(rule, today, words));
  if (!closedOnHolidays) return lines;
  if (lines.length === 1) return [words.schedule.holidaysOneRule(lines[0]!)];
  return [...lines, words.schedule.holidaysAllRules];
}
