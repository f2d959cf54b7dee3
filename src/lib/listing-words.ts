/** Short Japanese phrases for cards and pages: cost, audience, reservation, place. */
import { type AudienceGroup } from '../schema/vocabulary.ts';
import { vocabulary } from '../i18n/ja/vocabulary.ts';
import type { PublicListing } from './privacy/public-listing.ts';

const {
  audience: AUDIENCE_GROUPS,
  costFor: COST_FOR,
  costPer: COST_PER,
  reservationMethod: RESERVATION_METHODS,
} = vocabulary;

function yen(amount: number): string {
  return amount === 0 ? '無料' : `${amount.toLocaleString('ja-JP')}円`;
}

/** 「子ども無料・大人300円」 */
export function costInWords(cost: PublicListing['cost']): string | undefined {
  if (!cost) return undefined;
  return cost.options
    .map((option) => {
      const who = option.label ? `${COST_FOR[option.for]}（${option.label}）` : COST_FOR[option.for];
      const per = option.per && option.per !== 'visit' ? `${COST_PER[option.per]}` : '';
      return `${who}${per}${yen(option.yen)}`;
    })
    .join('・');
}

/** True when a child can come for free. */
export function isFreeForChildren(cost: PublicListing['cost']): boolean {
  return !!cost?.options.some((o) => (o.for === 'child' || o.for === 'everyone') && o.yen === 0);
}

const AUDIENCE_ORDER = Object.keys(AUDIENCE_GROUPS) as AudienceGroup[];

/** What the site says when a listing does not say who may come (an imported list often does not). */
export const AUDIENCE_UNKNOWN_TEXT = '対象は直接お問い合わせください';

/**
 * What the site says for a fact the listing leaves unknown where the fact has a row of its own
 * (a free school's grades, 出席扱い, 見学): the row stays, and says to ask rather than show a default.
 */
export const FACT_UNKNOWN_TEXT = '直接お問い合わせください';

/** 「小学生・中学生・保護者」, or that it is not known. */
export function audienceInWords(audience: PublicListing['audience']): string {
  if (!audience) return AUDIENCE_UNKNOWN_TEXT;
  return [...audience.groups]
    .sort((a, b) => AUDIENCE_ORDER.indexOf(a) - AUDIENCE_ORDER.indexOf(b))
    .map((g) => AUDIENCE_GROUPS[g])
    .join('・');
}

export function reservationInWords(reservation: PublicListing['reservation']): string | undefined {
  if (!reservation) return undefined;
  if (!reservation.required) return '予約不要';
  const methods = reservation.methods?.map((m) => RESERVATION_METHODS[m]).join('・');
  return methods ? `要予約（${methods}）` : '要予約';
}

/** Where, in one phrase: the area of an approximate place, else the place or address. */
export function placeInWords(listing: PublicListing): string {
  const { place } = listing;
  if (!place) return listing.online ? 'オンライン' : '場所は直接お問い合わせください';
  if (place.precision === 'approximate') return `${place.area}（おおよその場所）`;
  return place.placeName ?? place.address;
}

/** Where, in full: name and address for exact places; the area alone for approximate ones. */
export function placeWithAddress(listing: PublicListing): string {
  const { place } = listing;
  if (place?.precision === 'exact') return [place.placeName, place.address].filter(Boolean).join(' ');
  return placeInWords(listing);
}

/**
 * A maps app link: directions to an exact place (by its point, which every
 * maps app routes to), or a search for the area of an approximate one
 * (「付近」 and the like removed, which maps apps do not understand) — never
 * directions to a point that is not the place.
 */
export function mapsLink(listing: PublicListing, addressPrefix: string): { href: string; label: string } | undefined {
  const { place } = listing;
  if (!place) return undefined;
  if (place.precision === 'approximate') {
    const area = `${addressPrefix}${place.area.replace(/(付近|周辺|あたり|界隈)$/u, '')}`;
    return {
      href: `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(area)}`,
      label: '地図アプリでこの地域を開く',
    };
  }
  return {
    href: `https://www.google.com/maps/dir/?api=1&destination=${place.lat},${place.lng}`,
    label: '地図アプリで道順を見る',
  };
}
