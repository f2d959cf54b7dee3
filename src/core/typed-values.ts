/**
 * Values as people type them into a ward's spreadsheet or a form: times like
 * 「９：３０」「9時半」, days like 「月・水・金」, dates like 「令和8年4月1日」 or
 * Excel's own date numbers, readings in katakana, 「有」/「無」. Each reader
 * returns the plain value, or undefined when the text is not that kind of
 * value, so the caller can say which cell it could not read — it never guesses.
 */
import { formatCivil, isRealDate, WEEKDAY_CODES, type CivilDate, type Weekday } from './civil-date.ts';

/** Width folding (ｶﾅ → カナ, ９ → 9, ： → :) and trimming, the first step of every reader. */
function folded(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * A reading (よみがな) in hiragana: full- or half-width katakana become
 * hiragana, ヴ becomes ゔ; spaces, the long-vowel mark and the middle dot
 * stay. Undefined when anything other than kana is left (a kanji, a letter),
 * so a name in the reading column is reported rather than stored.
 */
export function readingToHiragana(text: string): string | undefined {
  const hiragana = folded(text)
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/\u30fd/g, '\u309d')
    .replace(/\u30fe/g, '\u309e');
  if (hiragana === '') return undefined;
  return /^[\u3041-\u3096\u309d\u309eー・ ]+$/.test(hiragana) ? hiragana : undefined;
}

/** A hiragana reading in full-width katakana, as open-data files write 名称_カナ. */
export function readingToKatakana(reading: string): string {
  return reading.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A time of day as `HH:MM`: 「9:00」「９：３０」「9時」「9時半」「9時30分」
 * 「午後2時」「14:00」「9.30」. Undefined for anything else, including 24:00
 * and later (sessions do not run past midnight).
 */
export function typedTime(text: string): string | undefined {
  let value = folded(text).replace(/\s/g, '');
  let afternoon = false;
  const meridiem = /^(午前|午後|AM|PM|am|pm)(.*)$/.exec(value) ?? /^(.*?)(AM|PM|am|pm)$/.exec(value);
  if (meridiem) {
    const [marker, rest] = /^(午前|午後|AM|PM|am|pm)$/.test(meridiem[1]!)
      ? [meridiem[1]!, meridiem[2]!]
      : [meridiem[2]!, meridiem[1]!];
    afternoon = /午後|pm/i.test(marker);
    value = rest;
  }
  // A bare hour (「午後2」「2pm」) only reads as a time beside a meridiem.
  const match =
    /^(\d{1,2})[:.](\d{2})$/.exec(value) ??
    /^(\d{1,2})時(?:(\d{1,2})分|(半))?$/.exec(value) ??
    (meridiem ? /^(\d{1,2})$/.exec(value) : null);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = match[3] === '半' ? 30 : match[2] === undefined ? 0 : Number(match[2]);
  if (meridiem) {
    if (hours > 12) return undefined;
    if (afternoon && hours < 12) hours += 12;
    if (!afternoon && hours === 12) hours = 0;
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad2(hours)}:${pad2(minutes)}`;
}

/** The dashes and waves people put between two times or two days: 〜 ～ ~ - － ‐ ― から. */
const RANGE_SEPARATOR = /\s*(?:[〜～~\-－‐―—–]|から)\s*/;

/** 「9:00～12:00」「10時-15時」「午前10時から午後3時」 as opening and closing times. */
export function typedTimeRange(text: string): { opens: string; closes: string } | undefined {
  const parts = folded(text).replace(/まで$/, '').split(RANGE_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const opens = typedTime(parts[0]!);
  const closes = typedTime(parts[1]!);
  return opens && closes ? { opens, closes } : undefined;
}

/** Weekdays as one kanji each, Monday first (the order of WEEKDAY_CODES), as 利用可能曜日 writes them. */
export const WEEKDAY_KANJI = ['月', '火', '水', '木', '金', '土', '日'] as const;

/**
 * Days of the week as typed in a 利用可能曜日 cell: 「月水金」「月・水・金」
 * 「月、水、金」「月曜日・水曜日」「月～金」「土日」, in week order without
 * repeats. 「祝」 is not a weekday and makes the text unreadable here (the
 * caller decides what holidays mean). Undefined when any part is not a day.
 */
export function typedWeekdays(text: string): Weekday[] | undefined {
  const value = folded(text)
    .replace(/曜日?/g, '')
    .replace(/及び|と|[・、,/ ]/g, '');
  if (value === '') return undefined;
  const days = new Set<number>();
  const pattern = /([月火水木金土日])(?:[〜～~\-－‐―—–]([月火水木金土日]))?/gy;
  let consumed = 0;
  for (const match of value.matchAll(pattern)) {
    consumed += match[0].length;
    const from = WEEKDAY_KANJI.indexOf(match[1] as (typeof WEEKDAY_KANJI)[number]);
    const to = match[2] ? WEEKDAY_KANJI.indexOf(match[2] as (typeof WEEKDAY_KANJI)[number]) : from;
    if (to < from) return undefined;
    for (let day = from; day <= to; day += 1) days.add(day);
  }
  if (consumed !== value.length) return undefined;
  return [...days].sort((a, b) => a - b).map((day) => WEEKDAY_CODES[day]!);
}

/** The first year of each era, for 和暦 dates (令和元年 = 2019). */
const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };

/**
 * A date as `YYYY-MM-DD`: 「2026/4/1」「2026-04-01」「2026.4.1」「2026年4月1日」
 * 「令和8年4月1日」「令和元年5月1日」「R8.4.1」, or an Excel date serial number
 * (46113 is 2026-04-01). Undefined for anything else and for dates that do not
 * exist (2026/2/30).
 */
export function typedDate(value: string | number): CivilDate | undefined {
  if (typeof value === 'number') return excelSerialDate(value);
  const text = folded(value)
    .replace(/\s/g, '')
    .replace(/\(.\)$/, '');
  const western = /^(\d{4})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?$/.exec(text);
  const era = /^(令和|平成|昭和|R|H|S)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?$/i.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (western) {
    [year, month, day] = [Number(western[1]), Number(western[2]), Number(western[3])];
  } else if (era) {
    const base = ERAS[era[1]!.toUpperCase()] ?? ERAS[era[1]!]!;
    year = base + (era[2] === '元' ? 1 : Number(era[2]));
    [month, day] = [Number(era[3]), Number(era[4])];
  } else if (/^\d{5}$/.test(text)) {
    return excelSerialDate(Number(text));
  } else {
    return undefined;
  }
  return isRealDate(year, month, day) ? formatCivil(year, month, day) : undefined;
}

/**
 * An Excel (1900 date system) serial day number as a date. Excel counts
 * 1900-02-29, which did not exist, so serials from 61 on are one day ahead of
 * a plain count from 1899-12-31; 1899-12-30 as day 0 absorbs that. Only whole
 * days within 1950–2100 are read: a number outside is not a date someone meant.
 */
export function excelSerialDate(serial: number): CivilDate | undefined {
  if (!Number.isInteger(serial) || serial < 18264 || serial > 73415) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return formatCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** An Excel time cell (a fraction of a day, 0.375 = 9:00) as `HH:MM`, to the nearest minute. */
export function excelSerialTime(fraction: number): string | undefined {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction >= 1) return undefined;
  const minutes = Math.round(fraction * 24 * 60);
  if (minutes >= 24 * 60) return undefined;
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * Yes or no as offices write it: 有/無, あり/なし, 可/不可, ○/×, はい/いいえ,
 * 対応/非対応, true/false, 1/0. Undefined for anything else (「要相談」 is not
 * a yes).
 */
export function typedYesNo(text: string): boolean | undefined {
  const value = folded(text).toLowerCase();
  if (/^(有|有り|あり|可|○|〇|◯|はい|対応|対応可|yes|y|true|1)$/.test(value)) return true;
  if (/^(無|無し|なし|不可|×|✕|いいえ|非対応|対応不可|no|n|false|0)$/.test(value)) return false;
  return undefined;
}
