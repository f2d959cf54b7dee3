/**
 * Structured facts in English: "2nd and 4th Saturday of every month,
 * 11:00–14:00, closed on public holidays", "Children free, adults ¥300",
 * "about 1.2 km". The shapes are src/i18n/ja/facts.ts's; only the grammar is
 * English. Dates are written day first with the month's name, which no
 * reader can misread; times stay on the 24-hour clock, as Japanese
 * timetables and the places' own notices print them.
 */
import { parseCivil, weekdayIndex, type CivilDate } from '../../core/civil-date.ts';
import type { CostFor, CostPer, Weekday } from '../../schema/vocabulary.ts';
import type { Messages } from '../messages.ts';
import type { OpenOnExtra, RoundedDistance, RuleDays, RuleFacts, SessionFacts } from '../ja/facts.ts';

const WEEKDAY: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const COST_FOR: Record<CostFor, string> = {
  child: 'children',
  adult: 'adults',
  guardian: 'parents',
  everyone: 'everyone',
};
const COST_PER: Record<CostPer, string> = { visit: 'a visit', month: 'a month', year: 'a year' };

const WEEKDAY_SET: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
function nth(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

function ordinalWord(ordinal: number): string {
  if (ordinal === -1) return 'last';
  if (ordinal === -2) return 'second to last';
  if (ordinal < 0) return `${nth(-ordinal)} to last`;
  if (ordinal === 0) return 'every';
  return nth(ordinal);
}

function ruleDays(rule: RuleDays): string {
  const { interval } = rule;
  if (rule.every === 'week') {
    const special = sameSet(rule.days, WEEKDAY_SET)
      ? 'weekdays'
      : sameSet(rule.days, ['SA', 'SU'])
        ? 'weekends'
        : rule.days.length === 7
          ? 'every day'
          : undefined;
    if (special) {
      if (interval === 2) return `${capitalised(special)}, every other week`;
      if (interval > 2) return `${capitalised(special)}, every ${interval} weeks`;
      return capitalised(special);
    }
    const names = list(rule.days.map((d) => WEEKDAY[d]));
    if (interval === 2) return `Every other ${names}`;
    if (interval > 2) return `Every ${interval} weeks on ${names}`;
    return `Every ${names}`;
  }
  const days = list(rule.days.map(({ weekday, ordinals }) => `${list(ordinals.map(ordinalWord))} ${WEEKDAY[weekday]}`));
  const of = interval === 2 ? 'every other month' : interval > 2 ? `every ${interval} months` : 'every month';
  return capitalised(`${days} of ${of}`);
}

function date(value: CivilDate, withWeekday = false): string {
  const { year, month, day } = parseCivil(value);
  return `${withWeekday ? `${WEEKDAY_SHORT[weekdayIndex(value)]} ` : ''}${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Sat 12 December" */
function dayAndMonth(value: CivilDate): string {
  const { month, day } = parseCivil(value);
  return `${WEEKDAY_SHORT[weekdayIndex(value)]} ${day} ${MONTHS[month - 1]}`;
}

function months(value: readonly number[] | undefined): string {
  if (!value) return '';
  if (value.length >= 9) {
    const missing = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !value.includes(m));
    return ` (closed in ${list(missing.map((m) => MONTHS[m - 1]!))})`;
  }
  return ` (${list(value.map((m) => MONTHS[m - 1]!))} only)`;
}

function period(start: CivilDate | undefined, end: CivilDate | undefined): string {
  if (start && end) return ` (${date(start)} to ${date(end)})`;
  if (start) return ` (from ${date(start)})`;
  if (end) return ` (until ${date(end)})`;
  return '';
}

function time(hhmm: string): string {
  return hhmm.replace(/^0(\d)/, '$1');
}

function timeRange(opens: string, closes: string): string {
  return `${time(opens)}–${time(closes)}`;
}

export const facts: Messages['facts'] = {
  date,
  list,
  timeRange,
  schedule: {
    none: 'Ask the contact for dates',
    days: ruleDays,
    rule: (rule: RuleFacts) =>
      `${rule.label ? `${rule.label}: ` : ''}${ruleDays(rule.days)}, ${timeRange(rule.opens, rule.closes)}${months(rule.months)}${period(rule.start, rule.end)}`,
    holidaysOneRule: (line: string) => `${line}, closed on public holidays`,
    holidaysAllRules: 'All closed on public holidays',
  },
  session: (session: SessionFacts) =>
    `${dayAndMonth(session.date)}, ${timeRange(session.opens, session.closes)}${session.label ? ` (${session.label})` : ''}`,
  badge: {
    today: 'Open today',
    'today-ended': 'Finished for today',
    'this-week': 'Open this week',
  },
  dayHeading: (value: CivilDate, relative: 'today' | 'tomorrow' | undefined) =>
    `${relative === 'today' ? 'Today, ' : relative === 'tomorrow' ? 'Tomorrow, ' : ''}${dayAndMonth(value)}`,
  agendaMeta: (kind: string, place: string, session: { label?: string | undefined; extra?: boolean | undefined }) => {
    const note = session.label
      ? session.extra
        ? `extra date: ${session.label}`
        : session.label
      : session.extra
        ? 'extra date'
        : '';
    return [kind, place].filter(Boolean).join(' · ') + (note ? ` (${note})` : '');
  },
  agenda: {
    emptyDay: 'Nothing on this day.',
    more: (count: number) => `${count} more on this day.`,
    showAll: (count: number) => `Show everything on this day (${count} more)`,
    fromToday: (value: string) =>
      `Dates for the 14 days from ${value} (today). Before you go, check with each place's contact.`,
  },
  cost: (options) =>
    capitalised(
      options
        .map((option) => {
          const who = option.label ? `${COST_FOR[option.for]} (${option.label})` : COST_FOR[option.for];
          const amount = option.yen === 0 ? 'free' : `¥${option.yen.toLocaleString('en-US')}`;
          const per = option.yen !== 0 && option.per && option.per !== 'visit' ? ` ${COST_PER[option.per]}` : '';
          return `${who} ${amount}${per}`;
        })
        .join(', '),
    ),
  audienceUnknown: 'Ask the contact who can come',
  factUnknown: 'Ask the contact',
  reservation: {
    notRequired: 'No booking needed',
    required: (methods) => (methods.length ? `Booking needed (${list(methods)})` : 'Booking needed'),
  },
  place: {
    online: 'Online',
    unknown: 'Ask the contact where',
    approximate: (area: string) => `${area} (approximate location)`,
    mapsArea: 'Open this area in a maps app',
    mapsDirections: 'Get directions in a maps app',
  },
  distance: ({ value, unit }: RoundedDistance, about = true) =>
    `${about ? 'about ' : ''}${unit === 'm' ? value : value.toFixed(1)} ${unit}`,
  openOnDate: (value: CivilDate, extra: OpenOnExtra) => {
    const { month, day } = parseCivil(value);
    const base = `${day} ${MONTHS[month - 1]}`;
    if (extra === 'weekday') return ` (${WEEKDAY_SHORT[weekdayIndex(value)]} ${base})`;
    if (extra === 'today') return ` (${base}, today)`;
    if (extra === 'tomorrow') return ` (${base}, tomorrow)`;
    return ` (${base})`;
  },
  checkedAgo: (months: number) =>
    months < 1
      ? 'Checked within the last month'
      : months >= 12
        ? 'Checked over a year ago'
        : `Checked ${months} ${months === 1 ? 'month' : 'months'} ago`,
  needs: {
    meal: 'Meals',
    study: 'Study',
    'after-school': 'A place after school',
    'school-difficulty': 'When school is hard',
    consultation: 'Advice and support',
  },
  calendar: {
    title: (name: string, kind: string, note: string | undefined) => `${name} (${kind})${note ? `: ${note}` : ''}`,
    checkPage: (url: string) => `Check the page for the latest dates and closures: ${url}`,
    language: 'EN',
  },
};
