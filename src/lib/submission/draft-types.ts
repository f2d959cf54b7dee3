/**
 * What a volunteer fills in on `/submit/`, in the shape a form edits: text as
 * typed, choices as vocabulary values. Each field is described once in
 * `field-catalogue.ts`, from which the empty draft, the file and the issue
 * forms follow; this file only holds the shapes, so the catalogue can name them.
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

/** Translated place notes by language and key (`{ en: { access: '…' } }`), as in the file. */
export type OtherTranslations = Partial<Record<'en' | 'easy', Record<string, string>>>;

/** Which of the two issue forms, and which kind of submission: a new listing or a correction. */
export type FormMode = 'new' | 'correction';

/** yes / no / not answered, for questions that may be left open. */
export type Answer = '' | 'yes' | 'no';

export interface SubmissionDraft {
  /** `correction` when started from an existing listing (`?edit=<id>`). */
  mode: FormMode;
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

  // 1b. Other languages (optional): the listing's own words, translated by people, never by machine.
  nameEn: string;
  summaryEn: string;
  descriptionEn: string;
  nameEasy: string;
  summaryEasy: string;
  descriptionEasy: string;
  /**
   * Translated place notes (venue, area, directions, access) of an existing
   * listing, by language: the form does not edit them, so a correction keeps them.
   */
  otherTranslations: OtherTranslations;

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
  /** The id of the school whose district the place is in, when the sender knows it; else worked out from the map. */
  schoolDistrict: string;

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
  /** Languages besides Japanese the staff speak, as codes (en、zh、vi), separated as typed. */
  languages: string;
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
  /** One link per line: its label, a space, its URL (「活動の記録 https://…」). */
  links: string;
  /** The sender runs the place (the listing then counts as confirmed by the operator). */
  isOperator: Answer;
  /** For the editors only: never written into the listing. */
  submitterContact: string;
  message: string;

  /**
   * Fields of an existing listing the form does not edit (alert, sample, and
   * any the catalogue marks form-less), carried through unchanged so a
   * correction loses nothing.
   */
  preserved: Record<string, unknown>;
  /**
   * For corrections of an approximate place: the published (rounded) point the
   * form started from. Left unchanged, it tells the editors to keep the true point.
   */
  publishedPoint?: { lat: number; lng: number };
}

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

/** Lines of a multi-line field, trimmed, without blanks. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n|[、,]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
