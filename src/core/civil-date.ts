/**
 * Calendar dates as `YYYY-MM-DD` strings in Asia/Tokyo, times of day, and
 * the week's days. Japan has no daylight saving, so "today in Tokyo" is UTC
 * shifted by nine hours whatever the time zone of the machine or browser.
 * Zod-free and browser-safe: the floor every other layer stands on.
 */

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

export type CivilDate = string;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Today's date in Asia/Tokyo at the given instant. */
export function tokyoToday(now: Date = new Date()): CivilDate {
  const shifted = new Date(now.getTime() + TOKYO_OFFSET_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

export function parseCivil(date: CivilDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

export function formatCivil(year: number, month: number, day: number): CivilDate {
  // Normalise through UTC so that day 0 or 32 rolls into the neighbouring month.
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const { year, month, day } = parseCivil(date);
  return formatCivil(year, month, day + days);
}

/** The same day of the month `months` later, clamped to the month's last day. */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = parseCivil(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return formatCivil(year, month + months, Math.min(day, lastDay));
}

/** 0 = Monday … 6 = Sunday, as in RFC 5545's MO…SU order. */
export function weekdayIndex(date: CivilDate): number {
  const { year, month, day } = parseCivil(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  const a = parseCivil(from);
  const b = parseCivil(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The week's days as RFC 5545 writes them, Monday first, as Japanese calendars print the week. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAY_CODES)[number];

const WEEKDAY_JA = ['月', '火', '水', '木', '金', '土', '日'];

/** 「土」 for a Saturday. */
export function weekdayJa(date: CivilDate): string {
  return WEEKDAY_JA[weekdayIndex(date)]!;
}

/** 「2026年11月24日（火）」 */
export function formatDateJa(date: CivilDate, withWeekday = false): string {
  const { year, month, day } = parseCivil(date);
  const base = `${year}年${month}月${day}日`;
  return withWeekday ? `${base}（${weekdayJa(date)}）` : base;
}

/** True when y-m-d names a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(y, m, 0);
  const daysInMonth = lastDay.getUTCDate();
  return d <= daysInMonth;
}

/** Minutes since midnight for a valid `HH:MM`. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}
