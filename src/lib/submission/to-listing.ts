/**
 * A draft becomes the front matter and body of one listing file, and the
 * schema's verdict on it comes back keyed by the draft's own fields, so the
 * form can put each message beside the field that caused it.
 */
import { z } from 'astro/zod';
import { volunteerErrorMap } from '../../schema/error-map.ts';
import { ID_PATTERN } from '../../core/ids.ts';
import { listingSchema } from '../../schema/listing.ts';
import { readPhone } from '../../core/phone-number.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import { FORM_KEYS, linesOf, type RuleDraft, type SubmissionDraft } from './draft.ts';
import { asciiDigits, yenText } from '../../core/typed-text.ts';

/** A number when the text is one, else the text itself, so the schema names what is wrong. */
function numberOrText(text: string): number | string | undefined {
  const plain = asciiDigits(text).replace(/[,，円]/g, '');
  if (plain === '') return undefined;
  return /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : text;
}

function text(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

function time(value: string): string {
  return asciiDigits(value).replace(/^(\d):/, '0$1:');
}

/** Only keys with values, so the file has no empty fields. */
function compact<T extends Record<string, unknown>>(record: T): Partial<T> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? (out as Partial<T>) : undefined;
}

export function ruleToFrontMatter(rule: RuleDraft): Record<string, unknown> {
  const monthly = rule.pattern === 'monthly-nth';
  const byDay =
    monthly && rule.weeks.length > 0 ? rule.weeks.flatMap((w) => rule.days.map((d) => `${w}${d}`)) : [...rule.days];
  const interval = rule.pattern === 'every-other-week' ? 2 : rule.interval > 1 ? rule.interval : undefined;
  return compact({
    freq: monthly ? 'monthly' : 'weekly',
    byDay,
    interval,
    startDate: text(asciiDigits(rule.startDate)),
    endDate: text(asciiDigits(rule.endDate)),
    byMonth: rule.months.length > 0 && rule.months.length < 12 ? [...rule.months].sort((a, b) => a - b) : undefined,
    opens: time(rule.opens),
    closes: time(rule.closes),
    label: text(rule.label),
  })!;
}

export interface ListingFile {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * The listing a draft describes. `today` dates the confirmation: the sender
 * confirms it now, as the operator or not.
 */
export function draftToListing(draft: SubmissionDraft, today: CivilDate): ListingFile {
  const kind = draft.kind;
  const place = draft.placeType === 'place';
  const location = place
    ? compact({
        placeName: text(draft.placeName),
        // Kept for approximate places too: the editors see it, the site never publishes it.
        address: text(draft.address),
        area: text(draft.area),
        lat: numberOrText(draft.lat),
        lng: numberOrText(draft.lng),
        precision: draft.precision,
        access: text(draft.access),
        accessibility: text(draft.accessibility),
      })
    : undefined;
  const rules = draft.scheduleType === 'rules' ? draft.rules.map(ruleToFrontMatter) : [];
  const costs = draft.costs
    .filter((row) => row.yen.trim() !== '' || row.label.trim() !== '')
    .map((row) =>
      compact({
        for: row.for,
        yen: numberOrText(yenText(row.yen)),
        per: row.per === 'visit' ? undefined : row.per,
        label: text(row.label),
      }),
    );
  // The one normal form (072-261-0000) when the number can be read; else as typed, for the schema to explain.
  const typedPhone = draft.phone.trim();
  const readable = typedPhone ? readPhone(typedPhone) : undefined;
  const phone = readable?.ok ? readable.value : text(typedPhone);

  const data = compact({
    kind: kind || undefined,
    name: draft.name,
    nameKana: draft.nameKana,
    summary: draft.summary,
    organization: text(draft.organization),
    location,
    online: draft.online || draft.placeType === 'online' ? true : undefined,
    schoolDistrict: draft.preserved.schoolDistrict,
    schedule: rules,
    closedDates: draft.closedDates.map(asciiDigits).filter((d) => d !== ''),
    extraDates: draft.extraDates.map((extra) =>
      compact({
        date: asciiDigits(extra.date),
        opens: time(extra.opens),
        closes: time(extra.closes),
        note: text(extra.note),
      }),
    ),
    closedOnHolidays: draft.scheduleType === 'rules' && draft.closedOnHolidays ? true : undefined,
    scheduleNote: text(draft.scheduleNote),
    // Groups are written even when none is chosen, so the message is "choose one", not "missing".
    audience: {
      groups: draft.audience,
      ...compact({
        guardianRequired: draft.guardianRequired || undefined,
        districtOnly: draft.districtOnly || undefined,
        note: text(draft.audienceNote),
      }),
    },
    cost:
      costs.length > 0 || text(draft.costNote) ? compact({ options: costs, note: text(draft.costNote) }) : undefined,
    reservation:
      draft.reservation === ''
        ? undefined
        : compact({
            required: draft.reservation === 'yes',
            methods: draft.reservationMethods,
            note: text(draft.reservationNote),
          }),
    services: draft.services,
    food: draft.allergy ? compact({ allergy: draft.allergy, note: text(draft.foodNote) }) : undefined,
    freeSchool:
      kind === 'free-school'
        ? (compact({
            grades: draft.grades,
            attendanceCredit: draft.attendanceCredit || undefined,
            visits: draft.visits === '' ? undefined : draft.visits === 'yes',
            online: draft.freeSchoolOnline || undefined,
            note: text(draft.freeSchoolNote),
          }) ?? {})
        : undefined,
    consultation:
      kind === 'consultation'
        ? compact({
            topics: linesOf(draft.topics),
            anonymous: draft.anonymous === '' ? undefined : draft.anonymous === 'yes',
            note: text(draft.consultationNote),
          })
        : undefined,
    volunteer:
      kind === 'volunteer'
        ? (compact({
            direction: draft.volunteerDirection || undefined,
            activities: linesOf(draft.activities),
            note: text(draft.volunteerNote),
          }) ?? {})
        : undefined,
    volunteering:
      draft.volunteersWanted || linesOf(draft.volunteerRoles).length > 0 || text(draft.volunteeringNote)
        ? compact({
            wanted: draft.volunteersWanted,
            roles: linesOf(draft.volunteerRoles),
            note: text(draft.volunteeringNote),
          })
        : undefined,
    contact: compact({
      phone,
      // Consent is written only when answered; "no" is written too, so the number stays private.
      phoneConsent: phone && draft.phoneConsent !== '' ? draft.phoneConsent === 'yes' : undefined,
      phoneHours: text(draft.phoneHours),
      email: text(draft.email),
      website: text(draft.website),
      line: text(draft.line),
      form: text(draft.form),
    }),
    ...withoutFormFields(draft.preserved),
    status: draft.status,
    verified: {
      date: today,
      by: draft.isOperator === 'yes' ? 'operator' : 'unconfirmed',
      source: draft.isOperator === 'yes' ? 'ウェブフォームからの申請（運営者）' : 'ウェブフォームからの申請',
    },
  })!;
  const body = draft.description.replace(/\r\n?/g, '\n').trim();
  return { id: draft.id.trim(), data, body };
}

/** Preserved fields, less any the draft holds itself; schoolDistrict is written in its usual place above. */
function withoutFormFields(preserved: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(preserved).filter(([key]) => !FORM_KEYS.has(key) && key !== 'schoolDistrict'),
  );
}

/** Messages keyed by draft field: `name`, `rules.0.closes`, `costs.1.yen`, `extraDates.0.date`. */
export type FieldErrors = Record<string, string>;

const SECTION_FIELDS: Record<string, Record<string, string>> = {
  location: {
    placeName: 'placeName',
    address: 'address',
    area: 'area',
    lat: 'lat',
    lng: 'lng',
    precision: 'precision',
    access: 'access',
    accessibility: 'accessibility',
  },
  audience: { groups: 'audience', guardianRequired: 'audience', districtOnly: 'audience', note: 'audienceNote' },
  reservation: { required: 'reservation', methods: 'reservationMethods', note: 'reservationNote' },
  food: { allergy: 'allergy', note: 'foodNote' },
  freeSchool: {
    grades: 'grades',
    attendanceCredit: 'attendanceCredit',
    visits: 'visits',
    online: 'freeSchoolOnline',
    note: 'freeSchoolNote',
  },
  consultation: { topics: 'topics', anonymous: 'anonymous', note: 'consultationNote' },
  volunteer: { direction: 'volunteerDirection', activities: 'activities', note: 'volunteerNote' },
  volunteering: { wanted: 'volunteersWanted', roles: 'volunteerRoles', note: 'volunteeringNote' },
  contact: {
    phone: 'phone',
    phoneConsent: 'phoneConsent',
    phoneHours: 'phoneHours',
    email: 'email',
    website: 'website',
    line: 'line',
    form: 'form',
  },
};

const SECTION_DEFAULT: Record<string, string> = {
  location: 'placeType',
  audience: 'audience',
  freeSchool: 'grades',
  consultation: 'topics',
  volunteer: 'volunteerDirection',
  volunteering: 'volunteerRoles',
  contact: 'phone',
  reservation: 'reservation',
  food: 'allergy',
  verified: 'isOperator',
};

const RULE_FIELDS: Record<string, string> = {
  freq: 'pattern',
  byDay: 'days',
  interval: 'pattern',
  startDate: 'startDate',
  endDate: 'endDate',
  byMonth: 'months',
  opens: 'opens',
  closes: 'closes',
  label: 'label',
};

/** The draft field a schema path points at. */
export function draftFieldOf(path: readonly PropertyKey[], draft: SubmissionDraft): string {
  const [head, second, third] = path.map(String);
  if (head === undefined) return 'name';
  if (head === 'schedule') {
    if (second === undefined) return 'scheduleType';
    return `rules.${second}.${third !== undefined ? (RULE_FIELDS[third] ?? 'days') : 'days'}`;
  }
  if (head === 'extraDates') return second === undefined ? 'extraDates' : `extraDates.${second}.${third ?? 'date'}`;
  if (head === 'closedDates') return second === undefined ? 'closedDates' : `closedDates.${second}`;
  if (head === 'cost') {
    if (second === 'options' && path[2] !== undefined)
      return `costs.${String(path[2])}.${path[3] !== undefined ? String(path[3]) : 'yen'}`;
    return second === 'note' ? 'costNote' : 'costs';
  }
  const section = SECTION_FIELDS[head];
  if (section) return (second !== undefined ? section[second] : undefined) ?? SECTION_DEFAULT[head] ?? head;
  if (head in SECTION_DEFAULT) return SECTION_DEFAULT[head]!;
  if (head in draft && head !== 'preserved') return head;
  return 'preserved';
}

const ID_MESSAGE =
  'ファイル名（ID）は半角の小文字英字・数字・ハイフンだけにしてください（例: otori-minna-shokudo）/ Use lowercase ASCII letters, digits and hyphens (e.g. otori-minna-shokudo)';

/**
 * Every problem with the draft, by field. The schema's own messages are used
 * as they are, so the form says exactly what `npm run validate` would.
 */
export function validateDraft(draft: SubmissionDraft, today: CivilDate): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => {
    errors[field] ??= message;
  };
  const file = draftToListing(draft, today);
  if (!ID_PATTERN.test(file.id)) add('id', ID_MESSAGE);
  const result = listingSchema.safeParse(file.data, { error: volunteerErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        add('preserved', `不明な項目です: ${issue.keys.join(', ')} / Unknown field(s)`);
        continue;
      }
      add(draftFieldOf(issue.path, draft), issue.message);
    }
  }
  if (draft.scheduleType === 'irregular' && draft.scheduleNote.trim() === '') {
    add(
      'scheduleNote',
      '不定期の場合は、いつ開くかの説明（例: 月1回程度、日程は LINE でお知らせ）を書いてください / For an irregular schedule, say in words when it opens',
    );
  }
  if (draft.scheduleType === 'rules') {
    draft.rules.forEach((rule, index) => {
      if (rule.pattern === 'monthly-nth' && rule.weeks.length === 0) {
        add(`rules.${index}.weeks`, '第何週かを選んでください / Choose which week(s) of the month');
      }
    });
  }
  // These say it in the form's own words, over the schema's words for file editors.
  if (draft.placeType === 'place' && (draft.lat.trim() === '' || draft.lng.trim() === '')) {
    delete errors.lat;
    add(
      'lat',
      '地図をタップするか、緯度・経度を入れて場所を示してください / Tap the map or enter latitude and longitude',
    );
  }
  if (draft.phone.trim() !== '' && draft.phoneConsent === '') {
    delete errors.phoneConsent;
    add(
      'phoneConsent',
      '電話番号をサイトに載せてよいか選んでください（選ばないと公開しません）/ Choose whether the phone number may be published',
    );
  }
  if (draft.isOperator === '') {
    add('isOperator', '運営している方かどうかを選んでください / Say whether you run this place');
  }
  return errors;
}

export function parseListing(file: ListingFile) {
  return listingSchema.safeParse(file.data, { error: volunteerErrorMap }) as z.ZodSafeParseResult<
    z.infer<typeof listingSchema>
  >;
}
