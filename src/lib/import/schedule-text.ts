/**
 * A ward list's free-text schedule — 「毎月第2・第4土曜日」「毎週土曜日」
 * 「第1土曜日」「毎月最終日曜日（8月は休み）」 — as opening rules, when the
 * words say one thing only. Anything else (「隔週」 with no date to count from,
 * 「不定期」, 「夏休み中の平日」) is not turned into a rule: the caller keeps
 * the text as the listing's scheduleNote, so no date is invented.
 */
import { WEEKDAY_CODES, type Weekday } from '../../core/civil-date.ts';
import { typedTimeRange, typedWeekdays } from '../../core/typed-values.ts';
import type { ScheduleRule } from '../../schema/schedule.ts';

export type ScheduleReading =
  | { readonly rules: ScheduleRule[] }
  | { readonly note: string; readonly reason: 'irregular' | 'no-start-date' | 'no-times' | 'unreadable' };

const ORDINAL = /第\s*([1-5１-５])|最終|最後/g;

/** The months a 「（8月は休み）」「8月・12月を除く」 note leaves out, or undefined when there is none. */
function monthsLeftOut(text: string): { months: number[]; rest: string } | undefined {
  const match = /[（(]?\s*((?:\d{1,2}月?[・、,と]?)+)月?\s*(?:は|を)?\s*(?:お?休み|休止|除く)\s*[）)]?/.exec(text);
  if (!match) return undefined;
  const months = [...match[1]!.matchAll(/\d{1,2}/g)].map((m) => Number(m[0])).filter((m) => m >= 1 && m <= 12);
  if (months.length === 0) return undefined;
  return { months, rest: text.replace(match[0], ' ') };
}

function ordinalsOf(text: string): number[] {
  return [...text.matchAll(ORDINAL)].map((m) => (m[1] ? Number(m[1].normalize('NFKC')) : -1));
}

/**
 * Reads `text` (with `times` from a separate column when the table has one,
 * for example 「10:00～14:00」) into rules, or says why it keeps the words.
 */
export function scheduleFromText(text: string, times?: string): ScheduleReading {
  const original = text.trim();
  const note = (reason: Extract<ScheduleReading, { note: string }>['reason']) => ({ note: original, reason });
  let value = original.normalize('NFKC').replace(/\s+/g, ' ');
  if (/不定期|随時|要相談|お問い?合わせ|予約制のみ/.test(value)) return note('irregular');
  if (/隔週|隔月|おきに|ごと/.test(value)) return note('no-start-date');

  let byMonth: number[] | undefined;
  const leftOut = monthsLeftOut(value);
  if (leftOut) {
    byMonth = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !leftOut.months.includes(m));
    value = leftOut.rest;
  }

  // The times: in the text itself (「毎週土曜日 10:00～14:00」) or in their own column.
  const timePattern =
    /(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?)\s*(?:[〜~\-‐―—–]|から)\s*(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?)(?:まで)?/;
  const inText = timePattern.exec(value);
  const range = typedTimeRange(inText ? inText[0] : (times ?? ''));
  if (inText) value = value.replace(inText[0], ' ');
  if (!range) return note(inText || times ? 'unreadable' : 'no-times');

  const ordinals = ordinalsOf(value);
  // 毎日 and 平日 are days too; read them before 毎 and 日 are taken apart.
  const spelled = value.replace(/毎日/g, '月火水木金土日').replace(/平日/g, '月火水木金');
  const daysText = spelled
    .replace(ORDINAL, ' ')
    .replace(/毎月|毎週|毎|週|の/g, ' ')
    .replace(/[・、,と及び]/g, ' ')
    .replace(/\s+/g, '');
  const days = typedWeekdays(daysText);
  if (!days || days.length === 0) return note('unreadable');
  if (ordinals.length > 0 && /毎週/.test(value)) return note('unreadable');
  // 「第2・第4土曜日」 is monthly; so is 「第2土曜日と第4日曜日」 only when each ordinal has its day — keep those as words.
  if (ordinals.length > 0 && days.length > 1) return note('unreadable');

  const base = { opens: range.opens, closes: range.closes, ...(byMonth ? { byMonth } : {}) };
  if (ordinals.length > 0) {
    const day = days[0]!;
    const unique = [...new Set(ordinals)].sort((a, b) => (a === -1 ? 1 : b === -1 ? -1 : a - b));
    return { rules: [{ freq: 'monthly', byDay: unique.map((n) => `${n}${day}`), ...base }] };
  }
  return { rules: [{ freq: 'weekly', byDay: sortedDays(days), ...base }] };
}

function sortedDays(days: Weekday[]): Weekday[] {
  return [...days].sort((a, b) => WEEKDAY_CODES.indexOf(a) - WEEKDAY_CODES.indexOf(b));
}
