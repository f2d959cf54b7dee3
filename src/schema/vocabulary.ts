/**
 * The controlled vocabularies of the content format, with the Japanese label
 * each value is shown as. Values are the public contract (editors type them);
 * labels may be reworded freely.
 */
import { WEEKDAY_CODES, type Weekday } from '../core/civil-date.ts';

export const KINDS = {
  'kodomo-shokudo': '子ども食堂',
  'free-school': 'フリースクール',
  ibasho: 'こどもの居場所',
  consultation: '相談窓口',
  volunteer: '新たな担い手・ボランティア',
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_VALUES = Object.keys(KINDS) as [Kind, ...Kind[]];

/** English names, for URLs read aloud and the English side of messages. */
export const KINDS_EN: Record<Kind, string> = {
  'kodomo-shokudo': "Kids' cafeteria",
  'free-school': 'Free school',
  ibasho: 'Youth space',
  consultation: 'Consultation',
  volunteer: 'Volunteers and new providers',
};

export const SERVICES = {
  meal: '食事',
  bento: 'お弁当の配布',
  'food-pantry': 'フードパントリー（食品の配布）',
  study: '学習支援',
  play: '遊び・体験',
  'free-space': '自由に過ごせる場所',
  consultation: '相談',
  parenting: '子育て支援',
  'baby-food': '離乳食',
  'school-alternative': '学校以外の学びの場',
  online: 'オンライン',
  'volunteer-matching': 'ボランティアの募集・紹介',
} as const;
export type Service = keyof typeof SERVICES;
export const SERVICE_VALUES = Object.keys(SERVICES) as [Service, ...Service[]];

export const AUDIENCE_GROUPS = {
  infant: '乳幼児',
  elementary: '小学生',
  'junior-high': '中学生',
  'high-school': '高校生',
  guardian: '保護者',
  everyone: 'どなたでも',
} as const;
export type AudienceGroup = keyof typeof AUDIENCE_GROUPS;
export const AUDIENCE_VALUES = Object.keys(AUDIENCE_GROUPS) as [AudienceGroup, ...AudienceGroup[]];

export const COST_FOR = {
  child: '子ども',
  adult: '大人',
  guardian: '保護者',
  everyone: 'どなたでも',
} as const;
export type CostFor = keyof typeof COST_FOR;
export const COST_FOR_VALUES = Object.keys(COST_FOR) as [CostFor, ...CostFor[]];

export const COST_PER = {
  visit: '1回',
  month: '月額',
  year: '年額',
} as const;
export type CostPer = keyof typeof COST_PER;
export const COST_PER_VALUES = Object.keys(COST_PER) as [CostPer, ...CostPer[]];

export const RESERVATION_METHODS = {
  phone: '電話',
  line: 'LINE',
  web: 'ウェブフォーム',
  email: 'メール',
  'in-person': '窓口・直接',
} as const;
export type ReservationMethod = keyof typeof RESERVATION_METHODS;
export const RESERVATION_METHOD_VALUES = Object.keys(RESERVATION_METHODS) as [
  ReservationMethod,
  ...ReservationMethod[],
];

export const ALLERGY_SUPPORT = {
  available: '対応あり',
  consult: '要相談',
  none: '対応なし',
} as const;
export type AllergySupport = keyof typeof ALLERGY_SUPPORT;
export const ALLERGY_VALUES = Object.keys(ALLERGY_SUPPORT) as [AllergySupport, ...AllergySupport[]];

/** Whether the child's own school may count days here as attendance (出席扱い). */
export const ATTENDANCE_CREDIT = {
  yes: '出席扱いの実績あり',
  consult: '在籍校と相談',
  no: '出席扱いなし',
  unknown: '不明',
} as const;
export type AttendanceCredit = keyof typeof ATTENDANCE_CREDIT;
export const ATTENDANCE_CREDIT_VALUES = Object.keys(ATTENDANCE_CREDIT) as [AttendanceCredit, ...AttendanceCredit[]];

export const GRADES = {
  elementary: '小学生',
  'junior-high': '中学生',
  'high-school': '高校生',
} as const;
export type Grade = keyof typeof GRADES;
export const GRADE_VALUES = Object.keys(GRADES) as [Grade, ...Grade[]];

export const VOLUNTEER_DIRECTIONS = {
  offer: '手伝えます（担い手・支援の申し出）',
  seek: '手伝ってほしい（担い手・支援の募集）',
} as const;
export type VolunteerDirection = keyof typeof VOLUNTEER_DIRECTIONS;
export const VOLUNTEER_DIRECTION_VALUES = Object.keys(VOLUNTEER_DIRECTIONS) as [
  VolunteerDirection,
  ...VolunteerDirection[],
];

export const STATUSES = {
  active: '開催中',
  paused: '休止中',
  closed: '終了',
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_VALUES = Object.keys(STATUSES) as [Status, ...Status[]];

export const VERIFIED_BY = {
  operator: '運営者',
  official: '公的な情報源',
  unconfirmed: '未確認',
} as const;
export type VerifiedBy = keyof typeof VERIFIED_BY;
export const VERIFIED_BY_VALUES = Object.keys(VERIFIED_BY) as [VerifiedBy, ...VerifiedBy[]];

export const PRECISIONS = {
  exact: '正確な場所',
  approximate: 'おおよその場所（地域のみ公開）',
} as const;
export type Precision = keyof typeof PRECISIONS;
export const PRECISION_VALUES = Object.keys(PRECISIONS) as [Precision, ...Precision[]];

export const SCHOOL_LEVELS = {
  elementary: '小学校',
  'junior-high': '中学校',
} as const;
export type SchoolLevel = keyof typeof SCHOOL_LEVELS;
export const SCHOOL_LEVEL_VALUES = Object.keys(SCHOOL_LEVELS) as [SchoolLevel, ...SchoolLevel[]];

export const WEEKDAYS: Record<Weekday, string> = {
  MO: '月',
  TU: '火',
  WE: '水',
  TH: '木',
  FR: '金',
  SA: '土',
  SU: '日',
};
export type { Weekday };
/** RFC 5545 order, Monday first, as Japanese calendars print the week. */
export const WEEKDAY_VALUES = [...WEEKDAY_CODES] as [Weekday, ...Weekday[]];
