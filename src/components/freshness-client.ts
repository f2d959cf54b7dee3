/**
 * Judges dated notices on a listing page for the day it is read, not the day
 * it was built: the "not confirmed for N months" warning appears once it is
 * due, and dates in the past ([data-until]) disappear from the lists.
 */
import { tokyoToday } from '../core/civil-date.ts';
import { isStale } from '../lib/freshness.ts';

export function startFreshness(today = tokyoToday()): void {
  for (const warning of document.querySelectorAll<HTMLElement>('[data-stale-warning]')) {
    const verified = warning.dataset.verified;
    const months = Number(warning.dataset.staleAfterMonths);
    if (verified && months > 0) warning.hidden = !isStale(verified, months, today);
  }
  for (const item of document.querySelectorAll<HTMLElement>('[data-until]')) {
    if (item.dataset.until! < today) item.hidden = true;
  }
  // A list left with nothing to show goes, with its heading.
  for (const list of document.querySelectorAll<HTMLElement>('[data-dated-list]')) {
    const empty = [...list.children].every((child) => (child as HTMLElement).hidden);
    list.hidden = empty;
    const heading = list.previousElementSibling;
    if (heading instanceof HTMLElement && heading.tagName === 'H3') heading.hidden = empty;
  }
}
