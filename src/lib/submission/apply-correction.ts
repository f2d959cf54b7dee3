/**
 * A correction that arrived as a file (downloaded from the form, or e-mailed)
 * carries only what the site publishes: the form never saw the private
 * values. Before it replaces the listing, the values it could not know come
 * back from the current file. The issue script does the same for issues.
 */
import { approximateCircle, cellCentre } from '../geo.ts';
import type { ListingFrontMatter } from '../../schema/listing.ts';

type Location = NonNullable<ListingFrontMatter['location']>;
type Contact = NonNullable<ListingFrontMatter['contact']>;

export function restorePrivateFields(
  corrected: Record<string, unknown>,
  current: ListingFrontMatter,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...corrected };
  const location = corrected.location as Partial<Location> | undefined;
  const before = current.location;
  // An approximate place's address, venue and directions are never published, so the form never had them.
  if (location?.precision === 'approximate' && before) {
    const merged: Record<string, unknown> = { ...location };
    // The form started from the published circle's centre: left there, the true point stays. A public
    // issue carries a cell centre instead of a pin, so the centre of the true point's own cell says
    // "not moved out of its cell", and the true point stays too. (A published centre is never a cell centre.)
    const unmoved =
      before.precision === 'approximate' &&
      [approximateCircle(before), cellCentre(before)].some((p) => location.lat === p.lat && location.lng === p.lng);
    if (unmoved) {
      merged.lat = before.lat;
      merged.lng = before.lng;
    }
    for (const key of ['placeName', 'address', 'access'] as const) {
      if (merged[key] === undefined && before[key] !== undefined) merged[key] = before[key];
    }
    // Keep the file's key order: the point and words where an editor expects them.
    out.location = Object.fromEntries(
      [...Object.keys(before), ...Object.keys(merged)]
        .filter((key, index, keys) => keys.indexOf(key) === index && merged[key] !== undefined)
        .map((key) => [key, merged[key]]),
    );
  }
  const contact = corrected.contact as Partial<Contact> | undefined;
  if (current.contact?.phone && current.contact.phoneConsent === false && contact?.phone === undefined) {
    out.contact = { ...(contact ?? {}), phone: current.contact.phone, phoneConsent: false };
  }
  return out;
}
