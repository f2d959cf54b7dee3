/**
 * The two directions of what a correction may not see. `editDataOf` is what
 * /submit/edit/<id>.json publishes for the form to start from: the public
 * listing in the file's own shape, so an approximate place arrives as its
 * area and its published circle's centre, and a phone number without consent
 * not at all. `restorePrivateFields` is the inverse, for the editors' side:
 * before a correction replaces a listing, the values the form never saw come
 * back from the current file.
 */
import { approximateCircle, cellCentre } from '../geo.ts';
import { TRANSLATION_LOCALES, translationSchema, type ListingFrontMatter } from '../../schema/listing.ts';
import type { PublicListing } from './public-listing.ts';

/** What `/submit/edit/<id>.json` holds: the public listing in the file's own shape. */
export interface EditData {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** The published listing written back as front matter: nothing private is in it. */
export function editDataOf(listing: PublicListing): EditData {
  const {
    id,
    place,
    districts,
    contact,
    descriptionHtml: _html,
    descriptionText: _text,
    descriptionSource,
    ...shared
  } = listing;
  const data: Record<string, unknown> = { ...shared };
  if (place?.precision === 'exact') {
    const { precision, ...rest } = place;
    data.location = { ...rest, precision };
  } else if (place) {
    data.location = {
      area: place.area,
      lat: place.lat,
      lng: place.lng,
      precision: 'approximate',
      ...(place.accessibility ? { accessibility: place.accessibility } : {}),
    };
  }
  const declared = Object.values(districts).find((d) => d.source === 'declared');
  if (declared) data.schoolDistrict = declared.schoolId;
  if (contact) {
    const { phone, ...rest } = contact;
    data.contact = { ...rest, ...(phone ? { phone, phoneConsent: true } : {}) };
  }
  return { id, data, body: descriptionSource };
}

type Location = NonNullable<ListingFrontMatter['location']>;
type Translations = NonNullable<ListingFrontMatter['translations']>;

/** The corrected translations with an approximate place's private venue and directions back from the file. */
function restoreTranslatedPlaceNotes(corrected: unknown, current: Translations | undefined): Translations | undefined {
  if (!current) return undefined;
  const out = structuredClone((corrected ?? {}) as Translations);
  let changed = false;
  for (const locale of TRANSLATION_LOCALES) {
    for (const key of ['placeName', 'access'] as const) {
      const value = current[locale]?.[key];
      if (value === undefined || out[locale]?.[key] !== undefined) continue;
      (out[locale] ??= {})[key] = value;
      changed = true;
    }
    // In the schema's order, where an editor expects each note.
    const translation = out[locale];
    if (translation) {
      const order = Object.keys(translationSchema.shape);
      out[locale] = Object.fromEntries(
        Object.entries(translation).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)),
      );
    }
  }
  return changed ? out : undefined;
}
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
    // Their translations were never published either.
    const translations = restoreTranslatedPlaceNotes(corrected.translations, current.translations);
    if (translations) out.translations = translations;
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
