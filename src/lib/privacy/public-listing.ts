/**
 * The published form of a listing: what may appear in any built file. This is
 * the one place where privacy rules are applied — a phone without consent is
 * dropped, and an approximate place keeps only its area and a circle that
 * reveals no more than its grid cell (`approximateCircle` in geo.ts) — so
 * pages, data files and search indexes never see the private values.
 */
import {
  TRANSLATION_LOCALES,
  type ListingFrontMatter,
  type ListingTranslation,
  type TranslationLocale,
} from '../../schema/listing.ts';
import type { School } from '../../schema/school.ts';
import { approximateCircle, measuringPoint } from '../geo.ts';
import { districtOf, type DistrictSource } from '../schools/district.ts';
import { SCHOOL_LEVEL_VALUES, type SchoolLevel } from '../../schema/vocabulary.ts';
import { descriptionText, renderDescription } from '../markdown.ts';

export type PublicPlace =
  | {
      precision: 'exact';
      placeName?: string;
      address: string;
      lat: number;
      lng: number;
      access?: string;
      accessibility?: string;
    }
  | {
      precision: 'approximate';
      area: string;
      /**
       * Centre of the published circle: outside the grid cell the true point
       * lies in, at least 150 m from any point of it.
       */
      lat: number;
      lng: number;
      /** The whole cell, and so the true point, lies within this many metres of lat/lng. */
      radiusM: number;
      accessibility?: string;
    };

export interface PublicDistrict {
  schoolId: string;
  schoolName: string;
  /** How the district was found (src/lib/schools/district.ts): named, inside a boundary, or the nearest school. */
  source: DistrictSource;
}

/** The place's school district at each level, by the one rule of district.ts. */
export type PublicDistricts = Partial<Record<SchoolLevel, PublicDistrict>>;

type Shared = Omit<ListingFrontMatter, 'location' | 'contact' | 'schoolDistrict' | 'translations'>;

/** A listing's translations as published: only what its Japanese publishes, in the file's shape. */
export type PublicTranslations = Partial<Record<TranslationLocale, ListingTranslation>>;

export interface PublicListing extends Shared {
  id: string;
  place?: PublicPlace;
  districts: PublicDistricts;
  /** Absent when nothing is translated; see `publicTranslations`. */
  translations?: PublicTranslations;
  contact?: {
    /** Present only when the operator consented to publication. */
    phone?: string;
    phoneHours?: string;
    email?: string;
    website?: string;
    line?: string;
    form?: string;
  };
  /** Safe HTML rendered from the Markdown body. */
  descriptionHtml: string;
  descriptionText: string;
  /** The Markdown as written, for the correction form. */
  descriptionSource: string;
}

export interface SchoolRef extends Pick<School, 'name' | 'level' | 'lat' | 'lng' | 'district'> {
  id: string;
}

function publicPlace(location: NonNullable<ListingFrontMatter['location']>): PublicPlace {
  if (location.precision === 'approximate') {
    const circle = approximateCircle(location);
    return {
      precision: 'approximate',
      area: location.area!,
      lat: circle.lat,
      lng: circle.lng,
      radiusM: circle.radiusM,
      ...(location.accessibility ? { accessibility: location.accessibility } : {}),
    };
  }
  return {
    precision: 'exact',
    address: location.address!,
    lat: location.lat,
    lng: location.lng,
    ...(location.placeName ? { placeName: location.placeName } : {}),
    ...(location.access ? { access: location.access } : {}),
    ...(location.accessibility ? { accessibility: location.accessibility } : {}),
  };
}

/** The place notes each precision publishes (as `publicPlace` does for the Japanese). */
const PUBLISHED_PLACE_NOTES: Record<'exact' | 'approximate', ReadonlyArray<keyof ListingTranslation>> = {
  exact: ['placeName', 'access', 'accessibility'],
  approximate: ['area', 'accessibility'],
};

/**
 * A translation may say no more than its Japanese: an approximate place's
 * translated venue and directions stay private like the Japanese ones, an
 * exact place's area is not shown in any language, and a place note of a
 * listing without a place has nothing to describe.
 */
export function publicTranslations(data: ListingFrontMatter): PublicTranslations | undefined {
  const out: PublicTranslations = {};
  const published = data.location ? PUBLISHED_PLACE_NOTES[data.location.precision] : [];
  for (const locale of TRANSLATION_LOCALES) {
    const translation = data.translations?.[locale];
    if (!translation) continue;
    const { name, summary, description, ...place } = translation;
    const kept: ListingTranslation = {
      ...(name ? { name } : {}),
      ...(summary && data.summary ? { summary } : {}),
      ...(description ? { description } : {}),
    };
    for (const key of published) {
      const value = place[key as keyof typeof place];
      if (value) kept[key as keyof typeof place] = value;
    }
    if (Object.keys(kept).length > 0) out[locale] = kept;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function toPublicListing(
  id: string,
  data: ListingFrontMatter,
  body: string,
  schools: readonly SchoolRef[],
): PublicListing {
  const { location, contact, schoolDistrict, translations: _translations, ...shared } = data;
  const translations = publicTranslations(data);
  const place = location ? publicPlace(location) : undefined;

  // Judged from the published place alone; an approximate place's circle by its cell's centre,
  // since the circle's centre lies outside the cell, maybe in another district.
  const from = place && measuringPoint(place, place.precision === 'approximate');
  const districts: PublicDistricts = {};
  for (const level of SCHOOL_LEVEL_VALUES) {
    const match = districtOf(from, schools, level, schoolDistrict);
    if (match) districts[level] = { schoolId: match.school.id, schoolName: match.school.name, source: match.source };
  }

  let publicContact: PublicListing['contact'];
  if (contact) {
    const { phone, phoneConsent, ...rest } = contact;
    publicContact = { ...rest, ...(phone && phoneConsent === true ? { phone } : {}) };
    if (Object.keys(publicContact).length === 0) publicContact = undefined;
  }

  return {
    ...shared,
    id,
    ...(place ? { place } : {}),
    ...(translations ? { translations } : {}),
    districts,
    ...(publicContact ? { contact: publicContact } : {}),
    descriptionHtml: renderDescription(body),
    descriptionText: descriptionText(body),
    descriptionSource: body.trim(),
  };
}
