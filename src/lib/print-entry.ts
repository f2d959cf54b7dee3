/**
 * What the printed list says about a listing: enough for a family to go or
 * call, built only from the public listing.
 */
import type { CivilDate } from './civil-date.ts';
import type { PublicListing } from './listing-public.ts';
import { costInWords, placeWithAddress } from './listing-words.ts';
import { scheduleInWords } from './schedule-words.ts';
import { KINDS } from '../schema/vocabulary.ts';

export interface PrintEntry {
  name: string;
  kind: string;
  schedule: string[];
  scheduleNote?: string;
  cost?: string;
  /** Only when the operator agreed to publish it. */
  phone?: string;
  /** The address for exact places; the area only for approximate ones. */
  place: string;
  /** The listing page, absolute, for the QR code. */
  url: string;
}

export function toPrintEntry(listing: PublicListing, url: string, today: CivilDate): PrintEntry {
  const cost = costInWords(listing.cost);
  return {
    name: listing.name,
    kind: KINDS[listing.kind],
    schedule: scheduleInWords(listing, today),
    ...(listing.scheduleNote ? { scheduleNote: listing.scheduleNote } : {}),
    ...(cost ? { cost } : {}),
    ...(listing.contact?.phone ? { phone: listing.contact.phone } : {}),
    place: placeWithAddress(listing),
    url,
  };
}
