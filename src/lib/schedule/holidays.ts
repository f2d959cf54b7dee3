/**
 * Japanese public holidays from the maintained holiday-jp dataset (Cabinet
 * Office announcements, keyed by civil date). The full table is for the build
 * and tests; pages that need holidays in the browser get `holidaysBetween`'s
 * short list instead of the 200 KB table.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { addDays, type CivilDate } from '../../core/civil-date.ts';
import type { HolidayLookup } from './expand.ts';

const table = holidayJp.holidays as Record<string, { name: string }>;

export const isJapaneseHoliday: HolidayLookup = (date) => Object.hasOwn(table, date);

export function holidayName(date: CivilDate): string | undefined {
  return table[date]?.name;
}

/**
 * The holidays a page built on `builtOn` needs in the browser: two years
 * ahead, and a month back for a device whose clock runs behind.
 */
export function holidayWindow(builtOn: CivilDate): CivilDate[] {
  return Object.keys(holidaysBetween(addDays(builtOn, -31), addDays(builtOn, 730)));
}

/** Holidays from `from` to `to` inclusive, as date → name. */
export function holidaysBetween(from: CivilDate, to: CivilDate): Record<CivilDate, string> {
  const out: Record<CivilDate, string> = {};
  for (const [date, holiday] of Object.entries(table)) if (date >= from && date <= to) out[date] = holiday.name;
  return out;
}
