/**
 * When a listing's information counts as stale: it was last confirmed more
 * than `months` months before `today`. One rule for the validator's warning
 * and the listing page's notice, which the browser re-judges on the day read.
 */
import { addMonths, type CivilDate } from '../core/civil-date.ts';

export function isStale(verifiedOn: CivilDate, months: number, today: CivilDate): boolean {
  return verifiedOn < addMonths(today, -months);
}
