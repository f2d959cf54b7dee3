/**
 * Opening rules in natural Japanese: 「毎月 第2・第4土曜日 11:00〜14:00」,
 * 「隔週水曜日」, 「毎月最終土曜日」, 「平日 10:00〜16:00」.
 */
import { parseByDay, type ByDay } from '../core/by-day.ts';
import type { ScheduleRule } from '../schema/schedule.ts';
import { WEEKDAY_VALUES, type Weekday } from '../schema/vocabulary.ts';
import { vocabulary } from '../i18n/ja/vocabulary.ts';
import { formatDateJa, type CivilDate } from '../core/civil-date.ts';

const { weekday: WEEKDAYS } = vocabulary;

export const NO_RULE_TEXT = '日程は直接お問い合わせください';

const WEEKDAY_SET = ['MO', 'TU', 'WE', 'TH', 'FR'];

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sortWeekdays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAY_VALUES.indexOf(a) - WEEKDAY_VALUES.indexOf(b));
}

/** 「月・水・金曜日」「平日」「土日」 */
function weekdaysInWords(days: readonly Weekday[]): string {
  const sorted = sortWeekdays(days);
  if (sameSet(sorted, WEEKDAY_SET)) return '平日';
  if (sameSet(sorted, ['SA', 'SU'])) return '土日';
  if (sorted.length === 7) return '毎日';
  return `${sorted.map((d) => WEEKDAYS[d]).join('・')}曜日`;
}

function ordinalWord(ordinal: number): string {
  if (ordinal === -1) return '最終';
  if (ordinal < 0) return `最後から${-ordinal}番目の`;
  return `第${ordinal}`;
}

/** Monthly tokens grouped by weekday: 「第2・第4土曜日」, 「最終土曜日」, 「第1土曜日・第3日曜日」. */
function monthlyDaysInWords(tokens: readonly ByDay[]): string {
  const byWeekday = new Map<Weekday, number[]>();
  for (const token of tokens) {
    const list = byWeekday.get(token.weekday) ?? [];
    list.push(token.ordinal ?? 0);
    byWeekday.set(token.weekday, list);
  }
  const parts: string[] = [];
  for (const weekday of sortWeekdays([...byWeekday.keys()])) {
    // Positive ordinals first in order, then those counted from the end (第1・最終).
    const ordinals = byWeekday.get(weekday)!.sort((a, b) => (a > 0 && b > 0 ? a - b : b - a));
    parts.push(`${ordinals.map(ordinalWord).join('・')}${WEEKDAYS[weekday]}曜日`);
  }
  return parts.join('・');
}

function monthsInWords(months: readonly number[] | undefined): string {
  if (!months || months.length === 12) return '';
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  if (sorted.length >= 9) {
    const missing = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !sorted.includes(m));
    return `（${missing.map((m) => `${m}月`).join('・')}はお休み）`;
  }
  return `（${sorted.map((m) => `${m}月`).join('・')}のみ）`;
}

export function timeRange(opens: string, closes: string): string {
  return `${opens.replace(/^0(\d)/, '$1')}〜${closes.replace(/^0(\d)/, '$1')}`;
}

/** The days of one rule, without times: 「毎週水曜日」「隔週水曜日」「毎月 第2・第4土曜日」. */
export function ruleDaysInWords(rule: ScheduleRule): string {
  const tokens = rule.byDay.map(parseByDay).filter((t): t is ByDay => t !== undefined);
  const interval = rule.interval ?? 1;
  const everyWeekday = tokens.every((t) => t.ordinal === undefined);

  if (rule.freq === 'weekly' || everyWeekday) {
    const days = weekdaysInWords(tokens.map((t) => t.weekday));
    if (interval === 2) return `隔週${days}`;
    if (interval > 2) return `${interval}週ごとの${days}`;
    if (days === '平日' || days === '毎日' || days === '土日') return rule.freq === 'monthly' ? `毎月 ${days}` : days;
    return `毎週${days}`;
  }
  const words = monthlyDaysInWords(tokens);
  const prefix = interval === 2 ? '隔月' : interval > 2 ? `${interval}か月ごとの` : '毎月';
  // 「毎月 第2土曜日」 but 「毎月最終土曜日」, as people write them.
  return words.startsWith('第') ? `${prefix} ${words}` : `${prefix}${words}`;
}

/**
 * The validity period: 「（2027年3月31日まで）」 always, and 「（2027年1月9日から）」
 * while the start is still ahead of `today` — once it has passed, a start date
 * (often only the day an every-other-week rule counts from) is noise.
 */
function periodInWords(rule: ScheduleRule, today: CivilDate | undefined): string {
  const start = rule.startDate && today && rule.startDate > today ? formatDateJa(rule.startDate) : undefined;
  const end = rule.endDate ? formatDateJa(rule.endDate) : undefined;
  if (start && end) return `（${start}〜${end}）`;
  if (start) return `（${start}から）`;
  if (end) return `（${end}まで）`;
  return '';
}

export function ruleInWords(rule: ScheduleRule, today?: CivilDate): string {
  const label = rule.label ? `【${rule.label}】` : '';
  return `${label}${ruleDaysInWords(rule)} ${timeRange(rule.opens, rule.closes)}${monthsInWords(rule.byMonth)}${periodInWords(rule, today)}`;
}

export interface ScheduleWordsInput {
  schedule?: readonly ScheduleRule[];
  closedOnHolidays?: boolean;
}

/** After the only rule: 「毎週水曜日 15:00〜18:00（祝日はお休み）」. */
export const HOLIDAY_NOTE_ONE_RULE = '（祝日はお休み）';
/** A line of its own under several rules, since `closedOnHolidays` closes every one of them. */
export const HOLIDAY_NOTE_ALL_RULES = 'いずれも祝日はお休み';

/**
 * One line per rule. The holiday note follows the only rule on its line;
 * under several rules it is a line of its own, so it does not read as if only
 * the last rule closed on holidays. Every view prints these lines (joined or
 * one per line), so each says it once. Empty rules → the honest fallback.
 * `today` lets a start date still to come be mentioned.
 */
export function scheduleInWords({ schedule, closedOnHolidays }: ScheduleWordsInput, today?: CivilDate): string[] {
  if (!schedule || schedule.length === 0) return [NO_RULE_TEXT];
  const lines = schedule.map((rule) => ruleInWords(rule, today));
  if (!closedOnHolidays) return lines;
  if (lines.length === 1) return [`${lines[0]}${HOLIDAY_NOTE_ONE_RULE}`];
  return [...lines, HOLIDAY_NOTE_ALL_RULES];
}
