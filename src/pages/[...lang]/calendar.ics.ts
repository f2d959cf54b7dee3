/** /calendar.ics (and /en/…, /easy/…): every active listing's sessions in one file, for subscribing. */
import type { APIRoute } from 'astro';
import { getContent } from '../../data/entries.ts';
import { CALENDAR_HEADERS, calendarListing, calendarOptions } from '../../data/calendars.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { localeOf } from '../../i18n/index.ts';
import { siteIn } from '../../lib/site-text.ts';
import { withoutLanguageMarks } from '../../core/language-marks.ts';
import { calendarFor } from '../../lib/calendar/icalendar.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ site, url }) => {
  const locale = localeOf(url);
  const { site: config, listings } = await getContent();
  const name = withoutLanguageMarks(siteIn(config, locale).siteName);
  const shown = listings.map((listing) => calendarListing(listing, locale));
  return new Response(calendarFor(shown, calendarOptions(name, site, locale)), { headers: CALENDAR_HEADERS });
};
