/**
 * A draft that starts from an existing listing, for corrections
 * (`/submit/?edit=<id>`). The form only ever sees the published listing: an
 * approximate place arrives as its area and its published circle's centre
 * (which lies outside the place's grid cell), and a phone number
 * without consent not at all. The issue script puts the private values back
 * from the file (`restorePrivateFields` in `apply-correction.ts`).
 */
import { parseByDay } from '../../core/by-day.ts';
import type { ListingFrontMatter } from '../../schema/listing.ts';
import type { ScheduleRule } from '../../schema/schedule.ts';
import type { Weekday } from '../../schema/vocabulary.ts';
import type { PublicListing } from '../privacy/public-listing.ts';
import { FORM_KEYS, emptyDraft, emptyRule, type Answer, type RuleDraft, type SubmissionDraft } from './draft.ts';

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

/** Monthly rules mixing weeks per weekday (1SA and 3SU) become one rule per weekday: the same sessions. */
function rulesToDrafts(rule: ScheduleRule): RuleDraft[] {
  const tokens = rule.byDay.map(parseByDay).filter((t) => t !== undefined);
  const base = {
    ...emptyRule(),
    opens: rule.opens,
    closes: rule.closes,
    startDate: rule.startDate ?? '',
    endDate: rule.endDate ?? '',
    months: rule.byMonth ? [...rule.byMonth] : [],
    interval: rule.interval ?? 1,
    label: rule.label ?? '',
  };
  if (rule.freq === 'weekly') {
    const days = tokens.map((t) => t.weekday);
    return [{ ...base, pattern: base.interval === 2 ? 'every-other-week' : 'weekly', days }];
  }
  const weeksByDay = new Map<Weekday, number[]>();
  for (const token of tokens) {
    const weeks = weeksByDay.get(token.weekday) ?? [];
    if (token.ordinal !== undefined) weeks.push(token.ordinal);
    weeksByDay.set(token.weekday, weeks);
  }
  // Weekdays sharing the same weeks stay together: 第2・第4 土・日.
  const groups = new Map<string, { weeks: number[]; days: Weekday[] }>();
  for (const [day, weeks] of weeksByDay) {
    const key = [...weeks].sort().join(',');
    const group = groups.get(key) ?? { weeks: [...weeks].sort((a, b) => (a > 0 && b > 0 ? a - b : b - a)), days: [] };
    group.days.push(day);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ ...base, pattern: 'monthly-nth', ...group }));
}

function answer(value: boolean | undefined): Answer {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

/** A correction draft from front matter (public or full) and the description. */
export function draftFromListing(id: string, fm: ListingFrontMatter, body: string): SubmissionDraft {
  const draft = emptyDraft();
  const location = fm.location;
  Object.assign(draft, {
    mode: 'correction',
    id,
    kind: fm.kind,
    name: fm.name,
    nameKana: fm.nameKana,
    summary: fm.summary ?? '',
    organization: fm.organization ?? '',
    services: fm.services ?? [],
    description: body,
    status: fm.status,
    placeType: location ? 'place' : 'online',
    precision: location?.precision ?? 'exact',
    placeName: location?.placeName ?? '',
    address: location?.address ?? '',
    area: location?.area ?? '',
    lat: location ? String(location.lat) : '',
    lng: location ? String(location.lng) : '',
    access: location?.access ?? '',
    accessibility: location?.accessibility ?? '',
    online: fm.online === true && Boolean(location),
    scheduleType: fm.schedule && fm.schedule.length > 0 ? 'rules' : fm.scheduleNote ? 'irregular' : 'rules',
    rules: fm.schedule && fm.schedule.length > 0 ? fm.schedule.flatMap(rulesToDrafts) : [emptyRule()],
    closedOnHolidays: fm.closedOnHolidays ?? false,
    scheduleNote: fm.scheduleNote ?? '',
    closedDates: [...(fm.closedDates ?? [])],
    extraDates: (fm.extraDates ?? []).map((e) => ({
      date: e.date,
      opens: e.opens,
      closes: e.closes,
      note: e.note ?? '',
    })),
    audience: [...(fm.audience?.groups ?? [])],
    guardianRequired: fm.audience?.guardianRequired ?? false,
    districtOnly: fm.audience?.districtOnly ?? false,
    audienceNote: fm.audience?.note ?? '',
    grades: fm.freeSchool?.grades ?? [],
    attendanceCredit: fm.freeSchool?.attendanceCredit ?? '',
    visits: answer(fm.freeSchool?.visits),
    freeSchoolOnline: fm.freeSchool?.online ?? false,
    freeSchoolNote: fm.freeSchool?.note ?? '',
    topics: (fm.consultation?.topics ?? []).join('\n'),
    anonymous: answer(fm.consultation?.anonymous),
    consultationNote: fm.consultation?.note ?? '',
    volunteerDirection: fm.volunteer?.direction ?? '',
    activities: (fm.volunteer?.activities ?? []).join('\n'),
    volunteerNote: fm.volunteer?.note ?? '',
    volunteersWanted: fm.volunteering?.wanted ?? false,
    volunteerRoles: (fm.volunteering?.roles ?? []).join('\n'),
    volunteeringNote: fm.volunteering?.note ?? '',
    costs: (fm.cost?.options ?? []).map((o) => ({
      for: o.for,
      yen: String(o.yen),
      per: o.per ?? 'visit',
      label: o.label ?? '',
    })),
    costNote: fm.cost?.note ?? '',
    reservation: answer(fm.reservation?.required),
    reservationMethods: fm.reservation?.methods ?? [],
    reservationNote: fm.reservation?.note ?? '',
    allergy: fm.food?.allergy ?? '',
    foodNote: fm.food?.note ?? '',
    phone: fm.contact?.phone ?? '',
    phoneConsent: fm.contact?.phone ? answer(fm.contact.phoneConsent) : '',
    phoneHours: fm.contact?.phoneHours ?? '',
    email: fm.contact?.email ?? '',
    website: fm.contact?.website ?? '',
    line: fm.contact?.line ?? '',
    form: fm.contact?.form ?? '',
  } satisfies Partial<SubmissionDraft>);
  draft.preserved = Object.fromEntries(Object.entries(fm).filter(([key]) => !FORM_KEYS.has(key)));
  if (location?.precision === 'approximate') draft.publishedPoint = { lat: location.lat, lng: location.lng };
  return draft;
}
