/**
 * The controlled vocabularies of the content format: the values editors type,
 * which are the public contract. The words each value is shown as live in
 * src/i18n (`ja/vocabulary.ts`), typed by these values, so they may be
 * reworded freely and a value without a label fails the type check.
 */
import { WEEKDAY_CODES, type Weekday } from '../core/civil-date.ts';

export const KIND_VALUES = ['kodomo-shokudo', 'free-school', 'ibasho', 'consultation', 'volunteer'] as const;
export type Kind = (typeof KIND_VALUES)[number];

export const SERVICE_VALUES = [
  'meal',
  'bento',
  'food-pantry',
  'study',
  'play',
  'free-space',
  'consultation',
  'parenting',
  'baby-food',
  'school-alternative',
  'online',
  'volunteer-matching',
] as const;
export type Service = (typeof SERVICE_VALUES)[number];

export const AUDIENCE_VALUES = ['infant', 'elementary', 'junior-high', 'high-school', 'guardian', 'everyone'] as const;
export type AudienceGroup = (typeof AUDIENCE_VALUES)[number];

export const COST_FOR_VALUES = ['child', 'adult', 'guardian', 'everyone'] as const;
export type CostFor = (typeof COST_FOR_VALUES)[number];

export const COST_PER_VALUES = ['visit', 'month', 'year'] as const;
export type CostPer = (typeof COST_PER_VALUES)[number];

export const RESERVATION_METHOD_VALUES = ['phone', 'line', 'web', 'email', 'in-person'] as const;
export type ReservationMethod = (typeof RESERVATION_METHOD_VALUES)[number];

export const ALLERGY_VALUES = ['available', 'consult', 'none'] as const;
export type AllergySupport = (typeof ALLERGY_VALUES)[number];

/** Whether the child's own school may count days here as attendance (出席扱い). */
export const ATTENDANCE_CREDIT_VALUES = ['yes', 'consult', 'no', 'unknown'] as const;
export type AttendanceCredit = (typeof ATTENDANCE_CREDIT_VALUES)[number];

export const GRADE_VALUES = ['elementary', 'junior-high', 'high-school'] as const;
export type Grade = (typeof GRADE_VALUES)[number];

export const VOLUNTEER_DIRECTION_VALUES = ['offer', 'seek'] as const;
export type VolunteerDirection = (typeof VOLUNTEER_DIRECTION_VALUES)[number];

export const STATUS_VALUES = ['active', 'paused', 'closed'] as const;
export type Status = (typeof STATUS_VALUES)[number];

export const VERIFIED_BY_VALUES = ['operator', 'official', 'unconfirmed'] as const;
export type VerifiedBy = (typeof VERIFIED_BY_VALUES)[number];

export const PRECISION_VALUES = ['exact', 'approximate'] as const;
export type Precision = (typeof PRECISION_VALUES)[number];

export const SCHOOL_LEVEL_VALUES = ['elementary', 'junior-high'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVEL_VALUES)[number];

export type { Weekday };
/** RFC 5545 order, Monday first, as Japanese calendars print the week. */
export const WEEKDAY_VALUES = WEEKDAY_CODES;
