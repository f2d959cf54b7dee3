/**
 * /listings/<id>.ics: one listing's sessions for a calendar app. Written only
 * for active listings that have a rule or an extra date still to come.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, type PublicListing } from '../../data/entries.ts';
import { CALENDAR_HEADERS, calendarOptions } from '../../data/calendars.ts';
import { tokyoToday } from '../../core/civil-date.ts';
import { hasCalendar, listingCalendar } from '../../lib/calendar/icalendar.ts';

export const getStaticPaths = (async () => {
  const { listings } = await getContent();
  const today = tokyoToday();
  return listings
    .filter((listing) => hasCalendar(listing, today))
    .map((listing) => ({ params: { id: listing.id }, props: { listing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: PublicListing }> = ({ props, site }) => {
  const { listing } = props;
  const body = listingCalendar(listing, calendarOptions(listing.name, site));
  return new Response(body ?? '', { headers: CALENDAR_HEADERS });
};
