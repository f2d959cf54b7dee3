/**
 * The one rule for every count the site shows: a count says how many places
 * a family can go to, so it counts active listings only. Paused ones are
 * shown only on request, with their status; closed ones are never counted.
 */
import type { PublicListing } from './privacy/public-listing.ts';

export function isCounted(listing: Pick<PublicListing, 'status'>): boolean {
  return listing.status === 'active';
}
