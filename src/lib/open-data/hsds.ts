/**
 * The published listings as Open Referral HSDS 3.0 services, the exchange
 * format of service directories: each service with its organization, its
 * place (service_at_locations → location), schedules as RFC 5545 rules,
 * cost options, languages, phones, status and assured date. Ids are UUIDs
 * derived from the listing's id, so they stay the same from build to build.
 * From public listings only: an approximate place is its published circle's
 * centre and its area; there is no address object, because HSDS requires a
 * postal code the listings do not have (the address text is the location's
 * description instead).
 */
import { createHash } from 'node:crypto';
import type { PublicListing } from '../privacy/public-listing.ts';

/** A name-based UUID (RFC 9562 version 5, SHA-1) under the site's own namespace. */
export function stableUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export interface HsdsOptions {
  /** The site's public address: the namespace of every id, and the base of service URLs. */
  readonly siteUrl: string;
  readonly pageUrl: (listing: PublicListing) => string;
  /** The listing's schedule in words, for the schedule's description. */
  readonly scheduleWords: (listing: PublicListing) => string[];
  /** Words for the audience, for eligibility_description. */
  readonly audienceWords: (listing: PublicListing) => string;
}

const STATUS: Record<PublicListing['status'], string> = {
  active: 'active',
  paused: 'temporarily closed',
  closed: 'defunct',
};

/** `HH:MM` in Japan as HSDS's times with their offset. */
function tokyoTime(time: string): string {
  return `${time}:00+09:00`;
}

export function hsdsService(listing: PublicListing, options: HsdsOptions) {
  const id = (part: string) => stableUuid(options.siteUrl, `${listing.id}#${part}`);
  const serviceId = id('service');
  const { place, contact } = listing;
  const organizationName = listing.organization ?? listing.name;
  const locationId = id('location');
  const words = options.scheduleWords(listing).join('。');
  const schedules = (listing.schedule ?? []).map((rule, index) => ({
    id: id(`schedule-${index}`),
    service_id: serviceId,
    freq: rule.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    byday: rule.byDay.join(','),
    ...(rule.interval ? { interval: rule.interval } : {}),
    ...(rule.startDate ? { dtstart: rule.startDate, valid_from: rule.startDate } : {}),
    ...(rule.endDate ? { valid_to: rule.endDate, until: rule.endDate } : {}),
    ...(rule.byMonth ? { notes: `${rule.byMonth.join('・')}月のみ` } : {}),
    opens_at: tokyoTime(rule.opens),
    closes_at: tokyoTime(rule.closes),
    timezone: 9,
    description: words,
  }));
  const irregular = listing.scheduleNote
    ? [{ id: id('schedule-note'), service_id: serviceId, description: listing.scheduleNote }]
    : [];
  return {
    id: serviceId,
    name: listing.name,
    description: [listing.summary, listing.descriptionText].filter(Boolean).join('\n\n'),
    url: contact?.website ?? options.pageUrl(listing),
    ...(contact?.email ? { email: contact.email } : {}),
    status: STATUS[listing.status],
    eligibility_description: options.audienceWords(listing),
    assured_date: listing.verified.date,
    organization: { id: id('organization'), name: organizationName, description: organizationName },
    phones: contact?.phone ? [{ id: id('phone'), service_id: serviceId, number: contact.phone }] : [],
    schedules: [...schedules, ...irregular],
    cost_options: (listing.cost?.options ?? []).map((option, index) => ({
      id: id(`cost-${index}`),
      service_id: serviceId,
      option: option.label ?? option.for,
      currency: 'JPY',
      amount: option.yen,
      amount_description: option.per ?? 'visit',
    })),
    languages: [
      { id: id('language-ja'), service_id: serviceId, name: '日本語', code: 'ja' },
      ...(listing.languages ?? []).map((code) => ({ id: id(`language-${code}`), service_id: serviceId, code })),
    ],
    service_at_locations: place
      ? [
          {
            id: id('service-at-location'),
            service_id: serviceId,
            location_id: locationId,
            location: {
              id: locationId,
              location_type: 'physical',
              name: place.precision === 'exact' ? (place.placeName ?? listing.name) : place.area,
              description:
                place.precision === 'exact'
                  ? place.address
                  : `${place.area}（おおよその場所：半径${place.radiusM}mの円の中心 / approximate: centre of a ${place.radiusM} m circle）`,
              latitude: Number(place.lat.toFixed(6)),
              longitude: Number(place.lng.toFixed(6)),
              ...(place.precision === 'exact' && place.access ? { transportation: place.access } : {}),
            },
          },
        ]
      : [],
  };
}

export function hsdsServices(listings: readonly PublicListing[], options: HsdsOptions) {
  return listings.map((listing) => hsdsService(listing, options));
}
