/**
 * What a child or family needs, as school staff think of it, and which
 * listings answer each need. One listing can answer several.
 */
import type { Kind, Service } from '../../schema/vocabulary.ts';
import type { Messages } from '../../i18n/messages.ts';
import { KIND_INFO } from '../kinds.ts';

/** A need; each locale names it in `facts.needs` of its dictionary (the dictionaries' keys are the contract). */
export type Need = keyof Messages['facts']['needs'];

/** Every need once, in the order lists show them; a need missing here fails the type check. */
const NEED_ORDER = {
  meal: 0,
  study: 1,
  'after-school': 2,
  'school-difficulty': 3,
  consultation: 4,
} as const satisfies Record<Need, number>;
export const NEED_VALUES = (Object.keys(NEED_ORDER) as Need[]).sort((a, b) => NEED_ORDER[a] - NEED_ORDER[b]);

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

/** The needs a listing answers, in the order of NEED_VALUES. Volunteer offers answer none by themselves. */
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
