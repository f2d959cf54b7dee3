/**
 * /listings/<id>.ics (and /en/…, /easy/…): one listing's sessions for a
 * calendar app, in the words of the page that links to it. Written only for
 * active listings that have a rule or an extra date still to come.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, type PublicListing } from '../../../data/entries.ts';
import { CALENDAR_HEADERS, calendarListing, calendarOptions } from '../../../data/calendars.ts';
import { inEveryLocale } from '../../../data/locale-paths.ts';
import { tokyoToday } from '../../../core/civil-date.ts';
import { localeOf } from '../../../i18n/index.ts';
import { hasCalendar, listingCalendar } from '../../../lib/calendar/icalendar.ts';

export const getStaticPaths = (async () => {
  const { listings } = await getContent();
  const today = tokyoToday();
  return inEveryLocale(
    listings
      .filter((listing) => hasCalendar(listing, today))
      .map((listing) => ({ params: { id: listing.id }, props: { listing } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: PublicListing }> = ({ props, site, url }) => {
  const locale = localeOf(url);
  const listing = calendarListing(props.listing, locale);
  const body = listingCalendar(listing, calendarOptions(listing.name, site, locale));
  return new Response(body ?? '', { headers: CALENDAR_HEADERS });
};
