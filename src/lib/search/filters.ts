/**
 * Directory filters: their state, how it is written in the URL (so a link
 * shared by a school opens the same view), and which records pass. Within one
 * filter any chosen value may match; across filters all must.
 */
import {
  AUDIENCE_VALUES,
  KIND_VALUES,
  SERVICE_VALUES,
  WEEKDAY_VALUES,
  type AudienceGroup,
  type Kind,
  type Service,
  type Weekday,
} from '../../schema/vocabulary.ts';
import { addDays, weekdayIndex, type CivilDate } from '../../core/civil-date.ts';
import { facts as jaFacts } from '../../i18n/ja/facts.ts';
import type { Messages } from '../../i18n/messages.ts';
import { expandSessions, type HolidayLookup } from '../schedule/expand.ts';
import { isRealDate } from '../../core/civil-date.ts';
import { distanceMetres, measuringPoint } from '../geo.ts';
import { NEED_VALUES, needsOf, type Need } from '../schools/needs.ts';
import { isForSchoolLevel } from '../schools/school-listings.ts';
import type { FilterRecord, SearchSchool } from './search-data.ts';

export interface FilterState {
  kinds: Kind[];
  services: Service[];
  ages: AudienceGroup[];
  /** Children pay nothing. */
  free: boolean;
  /** No reservation needed. */
  noReservation: boolean;
  /** 「ボランティア募集中」: the place is looking for volunteers (`volunteering.wanted`). */
  volunteering: boolean;
  /** School id: places in this school's district (of its own level). */
  district: string;
  /**
   * School id: what the school's page lists — places for its pupils in its
   * district or within the walking radius — so its 'more' link opens the same set.
   */
  near: string;
  /** What a child or family needs (meal, study…), as school pages group places. */
  need: Need | '';
  days: Weekday[];
  /** Show paused and closed listings too. */
  includeInactive: boolean;
  /** 「開いている日」: '' (any), today, tomorrow, saturday, sunday, or a YYYY-MM-DD date. */
  openOn: string;
}

export const EMPTY_FILTERS: FilterState = {
  kinds: [],
  services: [],
  ages: [],
  free: false,
  noReservation: false,
  volunteering: false,
  district: '',
  near: '',
  need: '',
  days: [],
  includeInactive: false,
  openOn: '',
};

/** URL parameter names: short, stable, and free of anything typed. */
export const PARAM = {
  kind: 'kind',
  service: 'service',
  age: 'age',
  free: 'free',
  noReservation: 'noreserve',
  volunteering: 'volunteering',
  near: 'near',
  need: 'need',
  district: 'district',
  day: 'day',
  includeInactive: 'all',
  openOn: 'open',
  query: 'q',
} as const;

function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

/** Reads filters from a query string; unknown values are ignored, never trusted. */
export function filtersFromParams(params: URLSearchParams, schoolIds: readonly string[]): FilterState {
  const district = params.get(PARAM.district) ?? '';
  const near = params.get(PARAM.near) ?? '';
  const need = params.get(PARAM.need) ?? '';
  return {
    kinds: pick(params.getAll(PARAM.kind), KIND_VALUES),
    services: pick(params.getAll(PARAM.service), SERVICE_VALUES),
    ages: pick(params.getAll(PARAM.age), AUDIENCE_VALUES),
    free: params.get(PARAM.free) === '1',
    noReservation: params.get(PARAM.noReservation) === '1',
    volunteering: params.get(PARAM.volunteering) === '1',
    district: schoolIds.includes(district) ? district : '',
    near: schoolIds.includes(near) ? near : '',
    need: (NEED_VALUES as readonly string[]).includes(need) ? (need as Need) : '',
    days: pick(params.getAll(PARAM.day), WEEKDAY_VALUES),
    includeInactive: params.get(PARAM.includeInactive) === '1',
    openOn: validOpenOn(params.get(PARAM.openOn) ?? ''),
  };
}

const OPEN_WORDS = ['today', 'tomorrow', 'saturday', 'sunday'];

function validOpenOn(value: string): string {
  if (OPEN_WORDS.includes(value)) return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? value : '';
}

/** The calendar date 「開いている日」 asks about, seen from `today` in Tokyo. */
export function resolveOpenOn(openOn: string, today: CivilDate): CivilDate | undefined {
  const weekday = weekdayIndex(today); // 0 = Monday
  switch (openOn) {
    case '':
      return undefined;
    case 'today':
      return today;
    case 'tomorrow':
      return addDays(today, 1);
    case 'saturday':
      return addDays(today, (5 - weekday + 7) % 7);
    case 'sunday':
      return addDays(today, (6 - weekday + 7) % 7);
    default:
      return openOn;
  }
}

/**
 * The date a 「開いている日」 choice means, for its label: 今日（11月24日・火曜日）,
 * 今度の土曜日（11月28日）, 今度の土曜日（11月28日・今日）. Computed in the browser
 * for the day the page is read; a page built days ago must not state a date.
 */
export function openOnDateInWords(openOn: string, today: CivilDate, words: Messages['facts'] = jaFacts): string {
  const date = resolveOpenOn(openOn, today);
  if (!date || !OPEN_WORDS.includes(openOn)) return '';
  const named = openOn === 'saturday' || openOn === 'sunday';
  const extra = !named ? 'weekday' : date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : 'none';
  return words.openOnDate(date, extra);
}

/** Writes filters (and, only when the user chose to share it, the query) as a query string. */
export function filtersToParams(state: FilterState, sharedQuery = ''): URLSearchParams {
  const params = new URLSearchParams();
  for (const kind of state.kinds) params.append(PARAM.kind, kind);
  for (const service of state.services) params.append(PARAM.service, service);
  for (const age of state.ages) params.append(PARAM.age, age);
  if (state.free) params.set(PARAM.free, '1');
  if (state.noReservation) params.set(PARAM.noReservation, '1');
  if (state.volunteering) params.set(PARAM.volunteering, '1');
  if (state.district) params.set(PARAM.district, state.district);
  if (state.near) params.set(PARAM.near, state.near);
  if (state.need) params.set(PARAM.need, state.need);
  for (const day of state.days) params.append(PARAM.day, day);
  if (state.includeInactive) params.set(PARAM.includeInactive, '1');
  if (state.openOn) params.set(PARAM.openOn, state.openOn);
  if (sharedQuery.trim()) params.set(PARAM.query, sharedQuery.trim());
  return params;
}

export function isEmpty(state: FilterState): boolean {
  return filtersToParams(state).toString() === '';
}

export interface FilterContext {
  /** The date 「開いている日」 resolved to, if set. */
  openDate?: CivilDate;
  isHoliday: HolidayLookup;
  /** The schools the district and near filters name. */
  schools?: readonly SearchSchool[];
  /** How far from a school its page looks (`referral.nearbyRadiusM`), for the near filter. */
  nearbyRadiusM?: number;
}

/** In the school's district, or within its page's radius of it, as the school page decides (school-listings.ts). */
function isNearSchool(record: FilterRecord, school: SearchSchool, radiusM: number): boolean {
  if (record.districts[school.level] === school.id) return true;
  if (record.lat === undefined || record.lng === undefined) return false;
  const point = measuringPoint({ lat: record.lat, lng: record.lng }, record.radiusM !== undefined);
  return distanceMetres(school, point) <= radiusM;
}

export function passesFilters(
  record: FilterRecord,
  state: FilterState,
  context: FilterContext = { isHoliday: () => false },
): boolean {
  if (!state.includeInactive && record.status !== 'active') return false;
  if (state.kinds.length > 0 && !state.kinds.includes(record.kind)) return false;
  if (state.services.length > 0 && !state.services.some((s) => record.services.includes(s))) return false;
  if (
    state.ages.length > 0 &&
    !record.ages.includes('everyone') &&
    !state.ages.some((age) => record.ages.includes(age))
  ) {
    return false;
  }
  if (state.free && !record.free) return false;
  if (state.noReservation && !record.noReservation) return false;
  if (state.volunteering && !record.volunteering) return false;
  if (state.district) {
    const level = context.schools?.find((s) => s.id === state.district)?.level ?? 'elementary';
    if (record.districts[level] !== state.district) return false;
  }
  if (state.near) {
    const school = context.schools?.find((s) => s.id === state.near);
    if (!school || !isForSchoolLevel({ groups: record.ages }, school.level)) return false;
    if (!isNearSchool(record, school, context.nearbyRadiusM ?? 0)) return false;
  }
  if (state.need && !needsOf(record).includes(state.need)) return false;
  if (state.days.length > 0 && !state.days.some((day) => record.days.includes(day))) return false;
  if (context.openDate) {
    if (expandSessions(record.schedule, context.openDate, context.openDate, context.isHoliday).length === 0)
      return false;
  }
  return true;
}
