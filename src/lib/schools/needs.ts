/**
 * What a child or family needs, as school staff think of it, and which
 * listings answer each need. One listing can answer several.
 */
import type { Kind, Service } from '../../schema/vocabulary.ts';
import { facts as jaFacts } from '../../i18n/ja/facts.ts';
import { KIND_INFO } from '../kinds.ts';

/** The needs in Japanese; each locale names them in `facts.needs` of its dictionary, in this order. */
export const NEEDS = jaFacts.needs;
export type Need = keyof typeof NEEDS;
export const NEED_VALUES = Object.keys(NEEDS) as Need[];

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
  // Typed as a Need, so a kind's need misspelt in KIND_INFO fails the type check.
  const byKind: Need | null = KIND_INFO[listing.kind].need;
  if (byKind) found.add(byKind);
  if (listing.kind !== 'volunteer') {
    for (const service of listing.services ?? []) {
      const need = BY_SERVICE[service];
      if (need) found.add(need);
    }
  }
  return NEED_VALUES.filter((need) => found.has(need));
}
