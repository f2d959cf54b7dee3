/**
 * 「今週・来週の予定」: every session of active listings over the next days,
 * grouped by day. Pure, so the page's build-time fallback and the browser's
 * version for the day it is read come from the same code.
 */
import { addDays, type CivilDate } from '../../core/civil-date.ts';
import { byText, expandSessions, type HolidayLookup, type ScheduleInput, type Session } from './expand.ts';

export const AGENDA_DAYS = 14;

/**
 * Days from the build that /agenda-ahead.json covers: the agenda stays quick
 * to redraw for a month after the last build (a site is rebuilt when its
 * content changes, which may be weeks apart), and the file stays small.
 */
export const AGENDA_AHEAD_DAYS = AGENDA_DAYS + 31;

export interface AgendaSource {
  id: string;
  status: string;
  schedule: ScheduleInput;
}

export interface AgendaEntry {
  id: string;
  session: Session;
}

export interface AgendaDay {
  date: CivilDate;
  entries: AgendaEntry[];
}

/** Whether the agenda can ever list this source: active, with rules or added dates. */
export function isOnAgenda(source: Pick<AgendaSource, 'status' | 'schedule'>): boolean {
  const { schedule, extraDates } = source.schedule;
  return source.status === 'active' && ((schedule?.length ?? 0) > 0 || (extraDates?.length ?? 0) > 0);
}

/**
 * One entry per session from `from` for `days` days, in the order of the day,
 * then opening time, then the order of `sources` (the directory's reading
 * order). Days without sessions are kept, so the view shows they are empty.
 */
export function agenda(
  sources: readonly AgendaSource[],
  from: CivilDate,
  isHoliday: HolidayLookup,
  days = AGENDA_DAYS,
): AgendaDay[] {
  const to = addDays(from, days - 1);
  const byDate = new Map<CivilDate, AgendaEntry[]>();
  for (let i = 0; i < days; i++) byDate.set(addDays(from, i), []);
  for (const source of sources) {
    if (!isOnAgenda(source)) continue;
    for (const session of expandSessions(source.schedule, from, to, isHoliday)) {
      byDate.get(session.date)!.push({ id: source.id, session });
    }
  }
  return [...byDate].map(([date, entries]) => ({
    date,
    // Array.prototype.sort is stable: equal times keep the sources' order.
    entries: entries.sort((a, b) => byText(a.session.opens, b.session.opens)),
  }));
}

/** A day as the page lists it: its first `perDay` sessions, and how many more it has. */
export interface ListedDay {
  date: CivilDate;
  listed: AgendaEntry[];
  more: number;
}

export function listedOfDay(day: AgendaDay, perDay: number): ListedDay {
  return { date: day.date, listed: day.entries.slice(0, perDay), more: Math.max(0, day.entries.length - perDay) };
}
