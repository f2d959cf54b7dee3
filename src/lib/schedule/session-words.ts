/** Sessions in Japanese: 「12月12日（土） 11:00〜14:00」. */
import { addDays, parseCivil, weekdayIndex, weekdayJa, type CivilDate } from '../../core/civil-date.ts';
import { timeRange } from '../schedule-words.ts';
import type { Session } from './expand.ts';

export function sessionInWords(session: Session): string {
  const { month, day } = parseCivil(session.date);
  const label = session.label ? `（${session.label}）` : '';
  return `${month}月${day}日（${weekdayJa(session.date)}） ${timeRange(session.opens, session.closes)}${label}`;
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

export const BADGE_TEXT: Record<Exclude<DayBadge, undefined>, string> = {
  today: '本日開催',
  'today-ended': '本日は終了しました',
  'this-week': '今週開催',
};

/** 「12月12日（土）」, with 「今日」 or 「明日」 in front when it is. */
export function agendaDayHeading(date: CivilDate, today: CivilDate): string {
  const { month, day } = parseCivil(date);
  const base = `${month}月${day}日（${weekdayJa(date)}）`;
  if (date === today) return `今日 ${base}`;
  if (date === addDays(today, 1)) return `明日 ${base}`;
  return base;
}

/** The line under an agenda entry: 「子ども食堂・浜寺公民館（臨時: クリスマス会）」. */
export function agendaEntryMeta(kindLabel: string, place: string, session: Session): string {
  const note = session.label ? (session.extra ? `臨時: ${session.label}` : session.label) : session.extra ? '臨時' : '';
  return [kindLabel, place].filter(Boolean).join('・') + (note ? `（${note}）` : '');
}
