/**
 * The one rule for every count the site shows: a count says how many places
 * a family can go to, so it counts active listings only. Paused ones are
 * shown only on request, with their status; closed ones are never counted.
 * Kept in lib, under the Astro bridge, so pages and plain-Node reports (the
 * stale-listings report, the gap view) count the same places.
 */
import type { Status } from '../schema/vocabulary.ts';

export function isCounted(listing: { status: Status }): boolean {
  return listing.status === 'active';
}
