/**
 * What the calendar files share: the build day, the holiday window, absolute
 * links back to the listing pages, and the words of the calendar's language.
 */
import { tokyoToday } from '../core/civil-date.ts';
import { messages, type Locale } from '../i18n/index.ts';
import type { CalendarOptions } from '../lib/calendar/icalendar.ts';
import { listingText } from '../lib/listing-text.ts';
import type { PublicListing } from '../lib/privacy/public-listing.ts';
import { holidayWindow } from '../lib/schedule/holidays.ts';
import { absolutePageUrl } from './urls.ts';

export function calendarOptions(name: string, site: URL | undefined, locale: Locale): CalendarOptions {
  const stamp = new Date();
  const from = tokyoToday(stamp);
  const words = messages(locale);
  return {
    name,
    from,
    holidays: holidayWindow(from),
    listingUrl: (id) => absolutePageUrl(locale, `listings/${id}/`, site),
    uidDomain: site?.hostname ?? 'localhost',
    stamp,
    facts: words.facts,
    kindLabels: words.vocabulary.kind,
  };
}

/**
 * A listing as a calendar in `locale` names it: its own translation of its
 * name where it has one. Calendar text carries no markup, so nothing is marked.
 */
export function calendarListing(listing: PublicListing, locale: Locale): PublicListing {
  if (locale === 'ja') return listing;
  return { ...listing, name: listingText(listing, locale).name.value };
}

export const CALENDAR_HEADERS = { 'content-type': 'text/calendar; charset=utf-8' };
