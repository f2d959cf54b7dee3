/**
 * The search data the directory page fetches: one record per listing with its
 * text already folded for matching, and the facts the filters need. Built
 * from public listings only, so nothing private can reach it.
 */
import type { PublicListing } from '../privacy/public-listing.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import type { ListedDay } from '../schedule/agenda.ts';
import type { ScheduleInput } from '../schedule/expand.ts';
import { isFreeForChildren, placeInWords } from '../listing-words.ts';
import { normalizeForMatch, normalizeForSearch, type SynonymTable } from '../../core/text-normalize.ts';
import { parseByDay } from '../../schema/schedule.ts';
import {
  type AudienceGroup,
  type SchoolLevel,
  type Kind,
  type Service,
  type Status,
  type Weekday,
} from '../../schema/vocabulary.ts';
import { vocabulary } from '../../i18n/ja/vocabulary.ts';

const { kind: KINDS, service: SERVICES } = vocabulary;

/** Folded text fields, searched with different weights. */
export interface SearchText {
  name: string;
  kana: string;
  /** The reading folded without synonym rewriting, so a typo in a long kana query still lands. */
  kanaPlain: string;
  org: string;
  summary: string;
  place: string;
  /** 行き方 (JR阪和線 鳳駅から徒歩7分): exact places only, since an approximate place's directions are private. */
  access: string;
  district: string;
  services: string;
  description: string;
  /** The listing's own translations of its name (English, やさしい日本語); absent when it has none, to keep the data small. */
  nameTranslated?: string;
  /** Its translated summaries; absent when it has none. */
  summaryTranslated?: string;
}

/** What the filters, today's badges and the agenda read of a listing: its search record without the text. */
export interface FilterRecord {
  id: string;
  /** As shown: the name, and where it is in words (an area only, for approximate places). */
  /**
   * `place` in Japanese words; `area` (an approximate place's) and `online`
   * let a page in another language say the same in its own words.
   */
  display: { name: string; place: string; area?: string; online?: true };
  kind: Kind;
  services: Service[];
  ages: AudienceGroup[];
  free: boolean;
  noReservation: boolean;
  /** Looking for volunteers (「ボランティア募集中」). */
  volunteering: boolean;
  /** The school whose district the place is in, at each level (src/lib/schools/district.ts). */
  districts: Partial<Record<SchoolLevel, string>>;
  /** Weekdays any rule falls on. */
  days: Weekday[];
  status: Status;
  /** Published point (rounded for approximate places). */
  lat?: number;
  lng?: number;
  /** Metres of uncertainty for approximate places; absent for exact ones. */
  radiusM?: number;
  /** Opening rules, for 「開いている日」 and today's badges computed in the browser. */
  schedule: ScheduleInput;
}

export interface SearchRecord extends FilterRecord {
  text: SearchText;
}

export interface SearchSchool {
  id: string;
  name: string;
  level: 'elementary' | 'junior-high';
  lat: number;
  lng: number;
}

export interface SearchData {
  synonyms: string[][];
  /** How far from a school its page looks (`referral.nearbyRadiusM`), for the directory's near filter. */
  nearbyRadiusM: number;
  /** Public holidays (civil dates) for the window the page may be read in. */
  holidays: string[];
  schools: SearchSchool[];
  listings: SearchRecord[];
}

/**
 * /agenda-data.json: what the agenda redraws its days from, for the day it is
 * read and the filters in its address. Only active listings with dates, and
 * no search text: at prefecture size a fifth of the search data, fetched and
 * read in a fraction of the time.
 */
export interface AgendaData extends Omit<SearchData, 'synonyms' | 'listings'> {
  listings: FilterRecord[];
}

/** What an agenda entry shows of its listing (the place is unknown when there is no point). */
export type AgendaName = Pick<FilterRecord, 'id' | 'display' | 'kind' | 'lat'>;

/**
 * /agenda-ahead.json: the agenda as the build saw it for AGENDA_AHEAD_DAYS
 * days from its date, each day's first `perDay` sessions and how many more.
 * The agenda read on a later day without filters draws its 14 days from here,
 * a small file, instead of fetching every listing's rules and expanding them;
 * a day's full list, a filter or a day past the window needs AgendaData.
 */
export interface AgendaAhead {
  /** The first day, the build's date in Tokyo. */
  from: CivilDate;
  perDay: number;
  days: ListedDay[];
  /** The listings the days list, once each. */
  listings: AgendaName[];
}

/** An agenda entry's listing, named as the listing's language version names it. */
export function agendaName(listing: PublicListing): AgendaName {
  return {
    id: listing.id,
    display: displayOf(listing),
    kind: listing.kind,
    ...(listing.place ? { lat: listing.place.lat } : {}),
  };
}

/**
 * /en/agenda-names.json, /easy/agenda-names.json: how that language names each
 * listing on the agenda, by id, for the agenda redrawn from AgendaData.
 */
export type AgendaNames = Record<string, FilterRecord['display']>;

/** A search record without its text. */
export function filterRecord({ text: _text, ...record }: SearchRecord): FilterRecord {
  return record;
}

/** Long descriptions are cut: the start says what a place is, and the data stays small. */
const DESCRIPTION_CHARS = 300;

/** The translated names and summaries, each only when some translation has one. */
function translatedText(listing: PublicListing, fold: (text: string) => string): Partial<SearchText> {
  const translations = Object.values(listing.translations ?? {});
  const joined = (key: 'name' | 'summary') =>
    fold(
      translations
        .map((t) => t[key])
        .filter(Boolean)
        .join(' '),
    );
  const name = joined('name');
  const summary = joined('summary');
  return { ...(name ? { nameTranslated: name } : {}), ...(summary ? { summaryTranslated: summary } : {}) };
}

/** What a list shows of a listing: its name, and where it is in Japanese words and as facts. */
export function displayOf(listing: PublicListing): FilterRecord['display'] {
  const { place } = listing;
  return {
    name: listing.name,
    place: placeInWords(listing),
    ...(place?.precision === 'approximate' ? { area: place.area } : {}),
    ...(!place && listing.online ? { online: true as const } : {}),
  };
}

export function toSearchRecord(listing: PublicListing, synonyms: SynonymTable): SearchRecord {
  const fold = (text: string | undefined) => (text ? normalizeForSearch(text, synonyms) : '');
  const place = listing.place;
  const placeText =
    place?.precision === 'exact'
      ? [place.placeName, place.address].filter(Boolean).join(' ')
      : place?.precision === 'approximate'
        ? place.area
        : listing.online
          ? 'オンライン'
          : '';
  const days = new Set<Weekday>();
  for (const rule of listing.schedule ?? []) {
    for (const token of rule.byDay) {
      const parsed = parseByDay(token);
      if (parsed) days.add(parsed.weekday);
    }
  }
  return {
    id: listing.id,
    display: displayOf(listing),
    kind: listing.kind,
    services: listing.services ?? [],
    ages: listing.audience?.groups ?? [],
    free: isFreeForChildren(listing.cost),
    noReservation: listing.reservation ? !listing.reservation.required : false,
    volunteering: listing.volunteering?.wanted === true,
    districts: Object.fromEntries(
      Object.entries(listing.districts).map(([level, district]) => [level, district.schoolId]),
    ) as SearchRecord['districts'],
    days: [...days],
    status: listing.status,
    ...(place ? { lat: place.lat, lng: place.lng } : {}),
    ...(place?.precision === 'approximate' ? { radiusM: place.radiusM } : {}),
    schedule: {
      ...(listing.schedule ? { schedule: listing.schedule } : {}),
      ...(listing.closedDates ? { closedDates: listing.closedDates } : {}),
      ...(listing.extraDates ? { extraDates: listing.extraDates } : {}),
      ...(listing.closedOnHolidays ? { closedOnHolidays: true } : {}),
    },
    text: {
      name: fold(listing.name),
      kana: fold(listing.nameKana),
      kanaPlain: normalizeForMatch(listing.nameKana),
      org: fold(listing.organization),
      summary: fold(listing.summary ?? ''),
      place: fold(placeText),
      access: fold(place?.precision === 'exact' ? place.access : undefined),
      district: fold(listing.districts.elementary?.schoolName),
      services: fold([KINDS[listing.kind], ...(listing.services ?? []).map((s) => SERVICES[s])].join(' ')),
      description: fold(listing.descriptionText.slice(0, DESCRIPTION_CHARS)),
      ...translatedText(listing, fold),
    },
  };
}
