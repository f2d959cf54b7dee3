/** schema.org JSON-LD for a listing page, and its safe serialisation into a script tag. */
import { parseByDay, type ByDay, type ScheduleRule } from '../schema/schedule.ts';
import type { Weekday } from '../schema/vocabulary.ts';
import { KIND_INFO } from './kinds.ts';
import type { PublicListing } from './privacy/public-listing.ts';
import { isFreeForChildren } from './listing-words.ts';
import { DEFAULT_LOCALE, htmlLang, type Locale } from '../i18n/locales.ts';

/**
 * `locale` is the page's: the page's `inLanguage` says the language it is
 * read in (`ja` for both Japanese forms); the listing's own text stays as written.
 */
export function listingJsonLd(
  listing: PublicListing,
  pageUrl: string,
  addressPrefix: string,
  locale: Locale = DEFAULT_LOCALE,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': KIND_INFO[listing.kind].schemaType,
    '@id': pageUrl,
    url: pageUrl,
    name: listing.name,
    alternateName: listing.nameKana,
    description: listing.summary,
    // schema.org gives organisations no inLanguage: the page they are described on has it.
    mainEntityOfPage: { '@type': 'WebPage', url: pageUrl, inLanguage: htmlLang(locale) },
  };
  if (listing.organization) data.parentOrganization = { '@type': 'Organization', name: listing.organization };
  const { place } = listing;
  if (place?.precision === 'exact') {
    data.address = { '@type': 'PostalAddress', streetAddress: place.address, addressCountry: 'JP' };
    data.geo = { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lng };
  } else if (place?.precision === 'approximate') {
    // Only the area is public; no coordinates are given for approximate places.
    data.areaServed = { '@type': 'Place', name: `${addressPrefix}${place.area}` };
  }
  if (listing.contact?.phone) data.telephone = listing.contact.phone;
  if (listing.contact?.email) data.email = listing.contact.email;
  if (listing.contact?.website) data.sameAs = listing.contact.website;
  if (isFreeForChildren(listing.cost)) data.isAccessibleForFree = true;
  if (listing.languages?.length) data.knowsLanguage = ['ja', ...listing.languages];
  const schedules = (listing.schedule ?? []).flatMap((rule) => ruleSchedules(rule, listing.closedDates ?? []));
  if (schedules.length > 0) {
    // Sessions are modelled as one recurring Event, the schema.org home of Schedule.
    data.event = {
      '@type': 'Event',
      name: listing.name,
      eventSchedule: schedules,
      ...(listing.status !== 'active' ? { eventStatus: 'https://schema.org/EventPostponed' } : {}),
    };
  }
  return data;
}

const DAY_URL: Record<Weekday, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};

/**
 * One schema.org Schedule per weekday of a rule: `byDay` with `byMonthWeek`
 * expresses 第2・第4土曜. schema.org has no "last week of the month", so a
 * rule with `-1SA` keeps its weekday and monthly frequency without byMonthWeek.
 */
export function ruleSchedules(rule: ScheduleRule, exceptDates: readonly string[]): Record<string, unknown>[] {
  const byWeekday = new Map<Weekday, ByDay[]>();
  for (const token of rule.byDay.map(parseByDay)) {
    if (!token) continue;
    byWeekday.set(token.weekday, [...(byWeekday.get(token.weekday) ?? []), token]);
  }
  const interval = rule.interval ?? 1;
  return [...byWeekday].map(([weekday, tokens]) => {
    const ordinals = tokens.map((t) => t.ordinal).filter((o): o is number => o !== undefined);
    const monthWeeks = rule.freq === 'monthly' && ordinals.length === tokens.length && ordinals.every((o) => o > 0);
    return {
      '@type': 'Schedule',
      repeatFrequency: rule.freq === 'weekly' ? `P${interval}W` : `P${interval}M`,
      byDay: DAY_URL[weekday],
      ...(monthWeeks ? { byMonthWeek: [...ordinals].sort((a, b) => a - b) } : {}),
      ...(rule.byMonth ? { byMonth: rule.byMonth } : {}),
      startTime: rule.opens,
      endTime: rule.closes,
      scheduleTimezone: 'Asia/Tokyo',
      ...(rule.startDate ? { startDate: rule.startDate } : {}),
      ...(rule.endDate ? { endDate: rule.endDate } : {}),
      ...(exceptDates.length ? { exceptDate: exceptDates } : {}),
    };
  });
}

/**
 * JSON inside <script> ends at the first "</script>", whatever the quotes say;
 * escaping <, >, & and the JavaScript line separators keeps listing text inert.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
