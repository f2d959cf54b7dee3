/** /calendar.ics: every active listing's sessions in one file, for subscribing. */
import type { APIRoute } from 'astro';
import { getContent } from '../data/entries.ts';
import { CALENDAR_HEADERS, calendarOptions } from '../data/calendars.ts';
import { calendarFor } from '../lib/calendar/icalendar.ts';

export const GET: APIRoute = async ({ site }) => {
  const { site: config, listings } = await getContent();
  return new Response(calendarFor(listings, calendarOptions(config.siteName, site)), { headers: CALENDAR_HEADERS });
};
