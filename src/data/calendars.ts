/**
 * What the calendar files share: the build day, the holiday window and
 * absolute links back to the listing pages.
 */
import { tokyoToday } from '../core/civil-date.ts';
import type { CalendarOptions } from '../lib/calendar/icalendar.ts';
import { holidayWindow } from '../lib/schedule/holidays.ts';
import { absoluteUrl } from './urls.ts';

export function calendarOptions(name: string, site: URL | undefined): CalendarOptions {
  const stamp = new Date();
  const from = tokyoToday(stamp);
  return {
    name,
    from,
    holidays: holidayWindow(from),
    listingUrl: (id) => absoluteUrl(`listings/${id}/`, site),
    uidDomain: site?.hostname ?? 'localhost',
    stamp,
  };
}

export const CALENDAR_HEADERS = { 'content-type': 'text/calendar; charset=utf-8' };
