/**
 * What a child or family needs, as school staff think of it, and which
 * listings answer each need. One listing can answer several.
 */
import type { Kind, Service } from '../../schema/vocabulary.ts';

export const NEEDS = {
  meal: 'ごはん・食事',
  study: '学習',
  'after-school': '放課後の居場所',
  'school-difficulty': '学校に行きづらいとき',
  consultation: '相談',
} as const;
export type Need = keyof typeof NEEDS;
export const NEED_VALUES = Object.keys(NEEDS) as Need[];

const BY_KIND: Partial<Record<Kind, Need>> = {
  'kodomo-shokudo': 'meal',
  ibasho: 'after-school',
  'free-school': 'school-difficulty',
  consultation: 'consultation',
};

const BY_SERVICE: Partial<Record<Service, Need>> = {
  meal: 'meal',
  bento: 'meal',
  'food-pantry': 'meal',
  study: 'study',
  'free-space': 'after-school',
  play: 'after-school',
  'school-alternative': 'school-difficulty',
  consultation: 'consultation',
};

/** The needs a listing answers, in the order of NEEDS. Volunteer offers answer none by themselves. */
export function needsOf(listing: { kind: Kind; services?: readonly Service[] }): Need[] {
  const found = new Set<Need>();
  const byKind = BY_KIND[listing.kind];
  if (byKind) found.add(byKind);
  if (listing.kind !== 'volunteer') {
    for (const service of listing.services ?? []) {
      const need = BY_SERVICE[service];
      if (need) found.add(need);
    }
  }
  return NEED_VALUES.filter((need) => found.has(need));
}
