/**
 * What a volunteer fills in on `/submit/`, in the shape a form edits: text as
 * typed, choices as vocabulary values. One draft becomes one listing file
 * (`to-listing.ts`); the same draft travels through an issue form
 * (`issue-form.ts`), so the web form, the issue and the file always agree.
 */
import type {
  AllergySupport,
  AttendanceCredit,
  AudienceGroup,
  CostFor,
  CostPer,
  Grade,
  Kind,
  Precision,
  ReservationMethod,
  Service,
  VolunteerDirection,
  Weekday,
} from '../../schema/vocabulary.ts';

/** How a rule repeats, as the schedule builder offers it. */
export type RulePattern = 'weekly' | 'every-other-week' | 'monthly-nth';

export interface RuleDraft {
  pattern: RulePattern;
  days: Weekday[];
  /** For `monthly-nth`: 1–5 counts from the start of the month, -1 is the last. */
  weeks: number[];
  opens: string;
  closes: string;
  /** The first day the rule applies; the day an every-other-week rule counts from. */
  startDate: string;
  endDate: string;
  /** Months the rule runs in; empty = every month. */
  months: number[];
  /** Weeks or months between sessions beyond what the pattern says (3 = every third). Kept from existing files. */
  interval: number;
  label: string;
}

export interface CostRowDraft {
  for: CostFor;
  /** Yen as typed. */
  yen: string;
  per: CostPer;
  label: string;
}

export interface ExtraDateDraft {
  date: string;
  opens: string;
  closes: string;
  note: string;
}

/** yes / no / not answered, for questions that may be left open. */
export type Answer = '' | 'yes' | 'no';

export interface SubmissionDraft {
  /** `correction` when started from an existing listing (`?edit=<id>`). */
  mode: 'new' | 'correction';
  /** The file name and URL; suggested from the reading for new listings. */
  id: string;

  // 1. About the place
  kind: Kind | '';
  name: string;
  nameKana: string;
  summary: string;
  organization: string;
  services: Service[];
  description: string;
  status: 'active' | 'paused' | 'closed';

  // 2. Where
  /** `place`: somewhere people go; `online`: no place at all. */
  placeType: 'place' | 'online';
  precision: Precision;
  placeName: string;
  address: string;
  area: string;
  lat: string;
  lng: string;
  access: string;
  accessibility: string;
  /** Offered online as well as (or instead of) at the place. */
  online: boolean;

  // 3. When
  /** `rules`: regular days; `irregular`: 不定期, described in words only. */
  scheduleType: 'rules' | 'irregular';
  rules: RuleDraft[];
  closedOnHolidays: boolean;
  scheduleNote: string;
  closedDates: string[];
  extraDates: ExtraDateDraft[];

  // 4. For whom
  audience: AudienceGroup[];
  guardianRequired: boolean;
  districtOnly: boolean;
  audienceNote: string;
  grades: Grade[];
  attendanceCredit: AttendanceCredit | '';
  visits: Answer;
  freeSchoolOnline: boolean;
  freeSchoolNote: string;
  /** One topic per line (consultation windows). */
  topics: string;
  anonymous: Answer;
  consultationNote: string;
  volunteerDirection: VolunteerDirection | '';
  /** One activity per line (volunteers). */
  activities: string;
  volunteerNote: string;
  volunteersWanted: boolean;
  /** One role per line. */
  volunteerRoles: string;
  volunteeringNote: string;

  // 5. Cost and food
  costs: CostRowDraft[];
  costNote: string;
  reservation: Answer;
  reservationMethods: ReservationMethod[];
  reservationNote: string;
  allergy: AllergySupport | '';
  foodNote: string;

  // 6. Contact and consent
  phone: string;
  /** Whether the phone may be published; unanswered is never taken as yes. */
  phoneConsent: Answer;
  phoneHours: string;
  email: string;
  website: string;
  line: string;
  form: string;
  /** The sender runs the place (the listing then counts as confirmed by the operator). */
  isOperator: Answer;
  /** For the editors only: never written into the listing. */
  submitterContact: string;
  message: string;

  /**
   * Fields of an existing listing the form does not edit (links, alert,
   * languages, …), carried through unchanged so a correction loses nothing.
   */
  preserved: Record<string, unknown>;
  /**
   * For corrections of an approximate place: the published (rounded) point the
   * form started from. Left unchanged, it tells the editors to keep the true point.
   */
  publishedPoint?: { lat: number; lng: number };
}

/**
 * The front-matter fields the form edits. Every other field of a listing
 * (links, alert, languages, schoolDistrict, …) rides along in `preserved`.
 */
export const FORM_KEYS: ReadonlySet<string> = new Set([
  'kind',
  'name',
  'nameKana',
  'summary',
  'organization',
  'services',
  'status',
  'location',
  'online',
  'schedule',
  'closedDates',
  'extraDates',
  'closedOnHolidays',
  'scheduleNote',
  'audience',
  'freeSchool',
  'consultation',
  'volunteer',
  'volunteering',
  'cost',
  'reservation',
  'food',
  'contact',
  'verified',
]);

export function emptyRule(): RuleDraft {
  return {
    pattern: 'weekly',
    days: [],
    weeks: [],
    opens: '',
    closes: '',
    startDate: '',
    endDate: '',
    months: [],
    interval: 1,
    label: '',
  };
}

export function emptyCost(): CostRowDraft {
  return { for: 'child', yen: '', per: 'visit', label: '' };
}

export function emptyDraft(): SubmissionDraft {
  return {
    mode: 'new',
    id: '',
    kind: '',
    name: '',
    nameKana: '',
    summary: '',
    organization: '',
    services: [],
    description: '',
    status: 'active',
    placeType: 'place',
    precision: 'exact',
    placeName: '',
    address: '',
    area: '',
    lat: '',
    lng: '',
    access: '',
    accessibility: '',
    online: false,
    scheduleType: 'rules',
    rules: [emptyRule()],
    closedOnHolidays: false,
    scheduleNote: '',
    closedDates: [],
    extraDates: [],
    audience: [],
    guardianRequired: false,
    districtOnly: false,
    audienceNote: '',
    grades: [],
    attendanceCredit: '',
    visits: '',
    freeSchoolOnline: false,
    freeSchoolNote: '',
    topics: '',
    anonymous: '',
    consultationNote: '',
    volunteerDirection: '',
    activities: '',
    volunteerNote: '',
    volunteersWanted: false,
    volunteerRoles: '',
    volunteeringNote: '',
    costs: [],
    costNote: '',
    reservation: '',
    reservationMethods: [],
    reservationNote: '',
    allergy: '',
    foodNote: '',
    phone: '',
    phoneConsent: '',
    phoneHours: '',
    email: '',
    website: '',
    line: '',
    form: '',
    isOperator: '',
    submitterContact: '',
    message: '',
    preserved: {},
  };
}

/** Lines of a multi-line field, trimmed, without blanks. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n|[、,]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
