/**
 * When a listing's information counts as stale: it was last confirmed more
 * than `months` months before `today`. One rule for the validator's warning
 * and the listing page's notice, which the browser re-judges on the day read.
 */
import { addMonths, type CivilDate } from '../core/civil-date.ts';
import { facts as jaFacts } from '../i18n/ja/facts.ts';
import type { Messages } from '../i18n/messages.ts';

export function isStale(verifiedOn: CivilDate, months: number, today: CivilDate): boolean {
  return verifiedOn < addMonths(today, -months);
}

/** Whole months from the day a listing was confirmed to `today`: 0 until a month has passed. */
export function monthsSince(verifiedOn: CivilDate, today: CivilDate): number {
  let months = 0;
  while (months < 1200 && addMonths(verifiedOn, months + 1) <= today) months++;
  return months;
}

/** 「3か月前に確認」, "Checked 3 months ago", in the locale's words (Japanese by default). */
export function freshnessInWords(verifiedOn: CivilDate, today: CivilDate, words: Messages['facts'] = jaFacts): string {
  return words.checkedAgo(monthsSince(verifiedOn, today));
}
