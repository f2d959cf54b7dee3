/**
 * The facts every view of a listing shows — the listing page, its card, the
 * school entry, the print entry and the form preview — worked out once from
 * the public listing, so the views cannot disagree on a rule (an approximate
 * place shows its area only; a phone number appears only when it is public).
 * The phrases themselves come from listing-words.ts and schedule-words.ts.
 */
import type { CivilDate } from '../core/civil-date.ts';
import { telHref } from '../core/tel.ts';
import type { Messages } from '../i18n/index.ts';
// The listing words themselves, not messages(): the form's preview runs this in the browser, and
// messages() would carry every page's words into the form's script.
import { listing as listingWords } from '../i18n/ja/listing.ts';
import { facts as jaFacts } from '../i18n/ja/facts.ts';
import { vocabulary as jaVocabulary } from '../i18n/ja/vocabulary.ts';
import { isStale } from './freshness.ts';
import {
  audienceInWords,
  costInWords,
  mapsLink,
  placeInWords,
  placeWithAddress,
  reservationInWords,
} from './listing-words.ts';
import type { PublicListing } from './privacy/public-listing.ts';
import { scheduleInWords, type FactWords } from './schedule-words.ts';

export interface ListingViewContext {
  /** The day the view is built for; schedules and freshness are judged on it. */
  today: CivilDate;
  /** Months after which the confirmed date counts as stale (site.yaml `staleAfterMonths`). */
  staleAfterMonths?: number;
  /** The region's address prefix, for a maps app link to an approximate area. */
  addressPrefix?: string;
  words?: Messages['listing'];
  /** The locale's facts (days, costs, dates) and labels of vocabulary values; Japanese by default. */
  facts?: FactWords;
  vocabulary?: Messages['vocabulary'];
}

export interface ListingView {
  id: string;
  name: string;
  kind: { value: PublicListing['kind']; label: string };
  status: { value: PublicListing['status']; label: string; inactive: boolean; closed: boolean };
  /** One line per opening rule, in words; `note` only stands in when there are no rules. */
  schedule: { lines: string[]; note?: string };
  place: {
    precision?: 'exact' | 'approximate';
    /** In one phrase: 「○○会館」, or 「○○付近（おおよその場所）」. */
    short: string;
    /** Name and address for an exact place; the short phrase otherwise. */
    full: string;
    /** Name and address for an exact place; the area alone for an approximate one. */
    plain?: string;
    /** Label and text of each known fact about the place, in reading order. */
    facts: Array<[string, string]>;
    /** 「○○小学校区」 or 「○○小学校区付近」, when the listing has an elementary district. */
    district?: string;
    maps?: { href: string; label: string };
  };
  audience: string;
  cost?: string;
  reservation?: string;
  services?: string;
  /** Only when the operator agreed to publish the number (the public listing holds no other). */
  phone?: { text: string; href: string; hours?: string };
  /** The first way to get in touch when there is no phone. */
  firstContact?: { href: string; label: string };
  freshness: { date: CivilDate; text: string; stale: boolean };
  volunteeringWanted: boolean;
  /**
   * A free school's own facts in words, for every free school: a fact its file leaves
   * out (an imported list rarely says it) reads 「直接お問い合わせください」.
   */
  freeSchool?: { grades: string; attendanceCredit: string; visits: string; online?: string; note?: string };
}

const GRADE_ORDER = Object.keys(jaVocabulary.grade);

function freeSchoolView(
  listing: PublicListing,
  words: Messages['listing'],
  facts: FactWords,
  labels: Messages['vocabulary'],
): ListingView['freeSchool'] {
  if (listing.kind !== 'free-school') return undefined;
  const section = listing.freeSchool ?? {};
  const { kindSections: k } = words;
  return {
    grades: section.grades
      ? facts.list(
          [...section.grades]
            .sort((a, b) => GRADE_ORDER.indexOf(a) - GRADE_ORDER.indexOf(b))
            .map((g) => labels.grade[g]),
        )
      : facts.factUnknown,
    attendanceCredit: section.attendanceCredit ? labels.attendanceCredit[section.attendanceCredit] : facts.factUnknown,
    visits: section.visits === undefined ? facts.factUnknown : section.visits ? k.visitsYes : k.visitsNo,
    // Online is an extra a school may mention; not saying it is no claim either way, so no row.
    ...(section.online === undefined ? {} : { online: section.online ? k.onlineYes : k.onlineNo }),
    ...(section.note ? { note: section.note } : {}),
  };
}

export function listingView(listing: PublicListing, context: ListingViewContext): ListingView {
  const words = context.words ?? listingWords;
  const facts = context.facts ?? jaFacts;
  const labels = context.vocabulary ?? jaVocabulary;
  const { place, contact } = listing;
  const placeFacts: Array<[string, string]> = [];
  if (place?.precision === 'exact') {
    if (place.placeName) placeFacts.push([words.placeFacts.venue, place.placeName]);
    placeFacts.push([words.placeFacts.address, place.address]);
    if (place.access) placeFacts.push([words.placeFacts.access, place.access]);
  } else if (place) {
    placeFacts.push([words.placeFacts.area, place.area]);
  }
  if (place?.accessibility) placeFacts.push([words.placeFacts.accessibility, place.accessibility]);
  const elementary = listing.districts.elementary;
  const maps = context.addressPrefix === undefined ? undefined : mapsLink(listing, context.addressPrefix, facts);
  const cost = costInWords(listing.cost, facts);
  const reservation = reservationInWords(listing.reservation, facts, labels);
  const firstContact = contact?.phone
    ? undefined
    : contact?.line
      ? { href: contact.line, label: words.contact.line }
      : contact?.form
        ? { href: contact.form, label: words.contact.form }
        : contact?.email
          ? { href: `mailto:${contact.email}`, label: words.contact.email }
          : undefined;
  return {
    id: listing.id,
    name: listing.name,
    kind: { value: listing.kind, label: labels.kind[listing.kind] },
    status: {
      value: listing.status,
      label: labels.status[listing.status],
      inactive: listing.status !== 'active',
      closed: listing.status === 'closed',
    },
    schedule: {
      lines: scheduleInWords(listing, context.today, facts),
      ...(listing.scheduleNote && !listing.schedule?.length ? { note: listing.scheduleNote } : {}),
    },
    place: {
      ...(place ? { precision: place.precision } : {}),
      short: placeInWords(listing, facts),
      full: placeWithAddress(listing, facts),
      ...(place ? { plain: place.precision === 'approximate' ? place.area : placeWithAddress(listing, facts) } : {}),
      facts: placeFacts,
      ...(elementary ? { district: words.district(elementary.schoolName, elementary.source === 'nearest') } : {}),
      ...(maps ? { maps } : {}),
    },
    audience: audienceInWords(listing.audience, facts, labels),
    ...(cost ? { cost } : {}),
    ...(reservation ? { reservation } : {}),
    ...(listing.services?.length ? { services: facts.list(listing.services.map((s) => labels.service[s])) } : {}),
    ...(contact?.phone
      ? {
          phone: {
            text: contact.phone,
            href: telHref(contact.phone),
            ...(contact.phoneHours ? { hours: contact.phoneHours } : {}),
          },
        }
      : {}),
    ...(firstContact ? { firstContact } : {}),
    freshness: {
      date: listing.verified.date,
      text: facts.date(listing.verified.date),
      stale:
        context.staleAfterMonths === undefined
          ? false
          : isStale(listing.verified.date, context.staleAfterMonths, context.today),
    },
    volunteeringWanted: !!listing.volunteering?.wanted,
    ...(listing.kind === 'free-school' ? { freeSchool: freeSchoolView(listing, words, facts, labels) } : {}),
  };
}
