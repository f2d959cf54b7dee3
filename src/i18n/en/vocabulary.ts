/**
 * The English label each value of a controlled vocabulary is shown as.
 *
 * Glossary: one English word for each Japanese term, in every file of this dictionary.
 *   子ども食堂            kids' cafeteria
 *   フリースクール        free school
 *   こどもの居場所        youth space ("a place to spend time" in running text)
 *   相談窓口              consultation service (the kind: "Consultation"); 相談する: get help
 *   担い手・ボランティア  volunteers and new providers; a 担い手 in running text: helper
 *   掲載 / 掲載情報       listing / listings
 *   一覧                  the list (the page: "Search the list"); さがす: search
 *   校区                  school district (小学校区 elementary school district, 中学校区 junior high school district)
 *   開催日                session, date (次の開催日 next dates; 臨時の開催日 extra date; お休みの日 closed day)
 *   休止中 / 終了         paused / closed for good; 開催中: running
 *   おおよその場所        approximate location (the circle on the map: "rough area")
 *   印刷リスト            print list (印刷リストに入れる: Add to print list)
 *   情報の訂正を知らせる  Report a correction
 *   最終確認日            last checked
 *   編集担当              the editors
 *   保護者                parents and carers
 *   こども家庭センター等  named by the site config; never translated here
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
  SchoolLevel,
  Service,
  Status,
  VerifiedBy,
  VolunteerDirection,
  Weekday,
} from '../../schema/vocabulary.ts';
import type { Messages } from '../messages.ts';

const kind: Record<Kind, string> = {
  'kodomo-shokudo': "Kids' cafeteria",
  'free-school': 'Free school',
  ibasho: 'Youth space',
  consultation: 'Consultation',
  volunteer: 'Volunteers and new providers',
};

const service: Record<Service, string> = {
  meal: 'Meals',
  bento: 'Packed meals (bento)',
  'food-pantry': 'Food pantry (free groceries)',
  study: 'Study support',
  play: 'Play and activities',
  'free-space': 'Drop-in space',
  consultation: 'Someone to talk to',
  parenting: 'Parenting support',
  'baby-food': 'Baby food',
  'school-alternative': 'Learning outside school',
  online: 'Online',
  'volunteer-matching': 'Volunteer matching',
};

const audience: Record<AudienceGroup, string> = {
  infant: 'Babies and toddlers',
  elementary: 'Elementary school children',
  'junior-high': 'Junior high school students',
  'high-school': 'High school students',
  guardian: 'Parents and carers',
  everyone: 'Everyone',
};

const costFor: Record<CostFor, string> = {
  child: 'Children',
  adult: 'Adults',
  guardian: 'Parents and carers',
  everyone: 'Everyone',
};

const costPer: Record<CostPer, string> = {
  visit: 'per visit',
  month: 'per month',
  year: 'per year',
};

const reservationMethod: Record<ReservationMethod, string> = {
  phone: 'Phone',
  line: 'LINE',
  web: 'Web form',
  email: 'E-mail',
  'in-person': 'In person',
};

const allergySupport: Record<AllergySupport, string> = {
  available: 'Catered for',
  consult: 'Ask first',
  none: 'Not catered for',
};

const attendanceCredit: Record<AttendanceCredit, string> = {
  yes: 'Has counted as school attendance before',
  consult: "Talk to the child's school",
  no: 'Does not count as school attendance',
  unknown: 'Not known',
};

const grade: Record<Grade, string> = {
  elementary: 'Elementary school',
  'junior-high': 'Junior high school',
  'high-school': 'High school',
};

const volunteerDirection: Record<VolunteerDirection, string> = {
  offer: 'We can help (offering time or support)',
  seek: "We're looking for help (helpers wanted)",
};

const status: Record<Status, string> = {
  active: 'Running',
  paused: 'Paused',
  closed: 'Closed for good',
};

const verifiedBy: Record<VerifiedBy, string> = {
  operator: 'Confirmed by the people who run it',
  official: 'From an official source',
  unconfirmed: 'Not confirmed',
};

const precision: Record<Precision, string> = {
  exact: 'Exact location',
  approximate: 'Approximate location (area only)',
};

const schoolLevel: Record<SchoolLevel, string> = {
  elementary: 'Elementary school',
  'junior-high': 'Junior high school',
};

/** Whole names: the form writes them as they are, and a schedule reads "2nd and 4th Saturday". */
const weekday: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export const vocabulary: Messages['vocabulary'] = {
  kind,
  // The same names: on an English page the kind's name is already English.
  kindEnglish: kind,
  service,
  audience,
  costFor,
  costPer,
  reservationMethod,
  allergySupport,
  attendanceCredit,
  grade,
  volunteerDirection,
  status,
  verifiedBy,
  precision,
  schoolLevel,
  weekday,
};
