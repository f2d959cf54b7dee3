/**
 * Short phrases for cards and pages: cost, audience, reservation, place, in
 * the words of a locale's facts and vocabulary (Japanese by default, for what
 * editors read: CSV and the Japanese calendar).
 */
import { type AudienceGroup } from '../schema/vocabulary.ts';
import { vocabulary as jaVocabulary } from '../i18n/ja/vocabulary.ts';
import { facts as jaFacts } from '../i18n/ja/facts.ts';
import type { Messages } from '../i18n/messages.ts';
import type { PublicListing } from './privacy/public-listing.ts';
import type { FactWords } from './schedule-words.ts';

type Vocabulary = Messages['vocabulary'];

/** 「子ども無料・大人300円」 */
export function costInWords(cost: PublicListing['cost'], words: FactWords = jaFacts): string | undefined {
  if (!cost) return undefined;
  return words.cost(cost.options);
}

/** True when a child can come for free. */
export function isFreeForChildren(cost: PublicListing['cost']): boolean {
  return !!cost?.options.some((o) => (o.for === 'child' || o.for === 'everyone') && o.yen === 0);
}

const AUDIENCE_ORDER = Object.keys(jaVocabulary.audience) as AudienceGroup[];

/** What the site says when a listing does not say who may come (an imported list often does not). */
export const AUDIENCE_UNKNOWN_TEXT = jaFacts.audienceUnknown;

/**
 * What the site says for a fact the listing leaves unknown where the fact has a row of its own
 * (a free school's grades, 出席扱い, 見学): the row stays, and says to ask rather than show a default.
 */
export const FACT_UNKNOWN_TEXT = jaFacts.factUnknown;

/** 「小学生・中学生・保護者」, or that it is not known. */
export function audienceInWords(
  audience: PublicListing['audience'],
  words: FactWords = jaFacts,
  labels: Vocabulary = jaVocabulary,
): string {
  if (!audience) return words.audienceUnknown;
  return words.list(
    [...audience.groups]
      .sort((a, b) => AUDIENCE_ORDER.indexOf(a) - AUDIENCE_ORDER.indexOf(b))
      .map((g) => labels.audience[g]),
  );
}

export function reservationInWords(
  reservation: PublicListing['reservation'],
  words: FactWords = jaFacts,
  labels: Vocabulary = jaVocabulary,
): string | undefined {
  if (!reservation) return undefined;
  if (!reservation.required) return words.reservation.notRequired;
  return words.reservation.required(reservation.methods?.map((m) => labels.reservationMethod[m]) ?? []);
}

/** Where, in one phrase: the area of an approximate place, else the place or address. */
export function placeInWords(listing: PublicListing, words: FactWords = jaFacts): string {
  const { place } = listing;
  if (!place) return listing.online ? words.place.online : words.place.unknown;
  if (place.precision === 'approximate') return words.place.approximate(place.area);
  return place.placeName ?? place.address;
}

/** Where, in full: name and address for exact places; the area alone for approximate ones. */
export function placeWithAddress(listing: PublicListing, words: FactWords = jaFacts): string {
  const { place } = listing;
  if (place?.precision === 'exact') return [place.placeName, place.address].filter(Boolean).join(' ');
  return placeInWords(listing, words);
}

/**
 * A maps app link: directions to an exact place (by its point, which every
 * maps app routes to), or a search for the area of an approximate one
 * (「付近」 and the like removed, which maps apps do not understand) — never
 * directions to a point that is not the place.
 */
export function mapsLink(
  listing: PublicListing,
  addressPrefix: string,
  words: FactWords = jaFacts,
): { href: string; label: string } | undefined {
  const { place } = listing;
  if (!place) return undefined;
  if (place.precision === 'approximate') {
    const area = `${addressPrefix}${place.area.replace(/(付近|周辺|あたり|界隈)$/u, '')}`;
    return {
      href: `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(area)}`,
      label: words.place.mapsArea,
    };
  }
  return {
    href: `https://www.google.com/maps/dir/?api=1&destination=${place.lat},${place.lng}`,
    label: words.place.mapsDirections,
  };
}
