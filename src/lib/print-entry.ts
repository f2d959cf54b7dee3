/**
 * What the printed list, and the family's page its QR code opens, say about a
 * listing: enough to go or call, built only from the public listing.
 */
import type { CivilDate } from '../core/civil-date.ts';
import type { PublicListing } from './privacy/public-listing.ts';
import { listingView, type ListingViewContext } from './listing-view.ts';
import type { ScheduleInput } from './schedule/expand.ts';

export interface PrintEntry {
  name: string;
  kind: string;
  schedule: string[];
  scheduleNote?: string;
  /** The opening rules, for the next dates the page works out on the day it is read. */
  sessions: ScheduleInput;
  cost?: string;
  /** Only when the operator agreed to publish it. */
  phone?: string;
  phoneHours?: string;
  /** The address for exact places; the area only for approximate ones. */
  place: string;
  /** The day the information was last confirmed. */
  verified: CivilDate;
  /** The listing page, absolute, for the QR code. */
  url: string;
}

/** Only the fields next dates are worked out from, so the data stays small. */
export function scheduleInputOf(listing: ScheduleInput): ScheduleInput {
  return {
    ...(listing.schedule?.length ? { schedule: listing.schedule } : {}),
    ...(listing.closedDates?.length ? { closedDates: listing.closedDates } : {}),
    ...(listing.extraDates?.length ? { extraDates: listing.extraDates } : {}),
    ...(listing.closedOnHolidays ? { closedOnHolidays: true } : {}),
  };
}

/** `words`: the locale's facts and vocabulary, for a print list in that language (Japanese by default). */
export function toPrintEntry(
  listing: PublicListing,
  url: string,
  today: CivilDate,
  words: Pick<ListingViewContext, 'facts' | 'vocabulary'> = {},
): PrintEntry {
  const view = listingView(listing, { today, ...words });
  return {
    name: view.name,
    kind: view.kind.label,
    schedule: view.schedule.lines,
    // Printed beside the rules too, unlike the card, which shows it only in their place.
    ...(listing.scheduleNote ? { scheduleNote: listing.scheduleNote } : {}),
    sessions: scheduleInputOf(listing),
    ...(view.cost ? { cost: view.cost } : {}),
    ...(view.phone ? { phone: view.phone.text } : {}),
    ...(view.phone?.hours ? { phoneHours: view.phone.hours } : {}),
    place: view.place.full,
    verified: view.freshness.date,
    url,
  };
}
