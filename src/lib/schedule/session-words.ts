/** Sessions in words: 「12月12日（土） 11:00〜14:00」, "Sat 12 December, 11:00–14:00". */
import { addDays, weekdayIndex, type CivilDate } from '../../core/civil-date.ts';
import { facts as jaFacts } from '../../i18n/ja/facts.ts';
import type { FactWords } from '../schedule-words.ts';
import type { Session } from './expand.ts';

export function sessionInWords(session: Session, words: FactWords = jaFacts): string {
  return words.session(session);
}

/** The Sunday that ends the Monday-first week of `date`. */
export function endOfWeek(date: CivilDate): CivilDate {
  return addDays(date, 6 - weekdayIndex(date));
}

export type DayBadge = 'today' | 'today-ended' | 'this-week' | undefined;

/** The time of day in Asia/Tokyo, `HH:MM` as schedules write it (Japan has no daylight saving). */
export function tokyoTimeOfDay(now: Date = new Date()): string {
  const shifted = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  return `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * 「本日開催」 when a session falls today, 「本日は終了しました」 once the last of
 * today's sessions has closed (when the time of day `now` is known: the
 * browser knows it, a build does not), 「今週開催」 when one falls later this week.
 */
export function dayBadge(sessions: readonly Session[], today: CivilDate, now?: string): DayBadge {
  const todays = sessions.filter((s) => s.date === today);
  if (todays.length > 0) return now === undefined || todays.some((s) => s.closes > now) ? 'today' : 'today-ended';
  const sunday = endOfWeek(today);
  if (sessions.some((s) => s.date > today && s.date <= sunday)) return 'this-week';
  return undefined;
}

/** The Japanese badges; other locales' are `facts.badge` of their dictionary. */
export const BADGE_TEXT: Record<Exclude<DayBadge, undefined>, string> = jaFacts.badge;

/** A badge's words in a locale, or '' for none. */
export function badgeInWords(badge: DayBadge, words: FactWords = jaFacts): string {
  return badge ? words.badge[badge] : '';
}

/** 「12月12日（土）」, with 「今日」 or 「明日」 in front when it is. */
export function agendaDayHeading(date: CivilDate, today: CivilDate, words: FactWords = jaFacts): string {
  const relative = date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : undefined;
  return words.dayHeading(date, relative);
}

/** The line under an agenda entry: 「子ども食堂・浜寺公民館（臨時: クリスマス会）」. */
export function agendaEntryMeta(
  kindLabel: string,
  place: string,
  session: Session,
  words: FactWords = jaFacts,
): string {
  return words.agendaMeta(kindLabel, place, session);
}
