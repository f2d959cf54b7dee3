/**
 * Structured facts in words: days and times, dates, costs, distances, the
 * day badges and the dates 「開いている日」 means. Facts are data, so every locale
 * shows them in its own words (src/i18n/en/facts.ts, src/i18n/easy/facts.ts).
 *
 * src/lib works out the shape of a fact (which weekdays, which ordinals,
 * which months, the rounded distance) and hands it here; only the grammar
 * lives in a dictionary. Browser scripts load one locale's facts, never a
 * whole dictionary, so this file imports only the little it needs.
 */
import { formatDateJa, parseCivil, weekdayJa, type CivilDate } from '../../core/civil-date.ts';
import type { CostFor, CostPer, Weekday } from '../../schema/vocabulary.ts';
import { vocabulary } from './vocabulary.ts';

/** The days of a rule, worked out by src/lib/schedule-words.ts. */
export type RuleDays =
  | {
      /** Every (or every `interval`-th) week on these days, Monday first and without repeats. */
      readonly every: 'week';
      readonly days: readonly Weekday[];
      readonly interval: number;
      /** The rule was written as monthly but names no week of the month. */
      readonly monthly: boolean;
    }
  | {
      /** Given weeks of every (or every `interval`-th) month: 2 = the 2nd, -1 = the last. */
      readonly every: 'month';
      readonly days: readonly { readonly weekday: Weekday; readonly ordinals: readonly number[] }[];
      readonly interval: number;
    };

/** One opening rule, as facts to put in words. */
export interface RuleFacts {
  readonly label?: string | undefined;
  readonly days: RuleDays;
  readonly opens: string;
  readonly closes: string;
  /** Months the rule is limited to, sorted; absent when it runs all year. */
  readonly months?: readonly number[] | undefined;
  /** A start date still ahead of the day the words are for. */
  readonly start?: CivilDate | undefined;
  readonly end?: CivilDate | undefined;
}

export interface SessionFacts {
  readonly date: CivilDate;
  readonly opens: string;
  readonly closes: string;
  readonly label?: string | undefined;
}

export interface CostOptionFacts {
  readonly for: CostFor;
  readonly label?: string | undefined;
  readonly per?: CostPer | undefined;
  readonly yen: number;
}

/** A distance rounded for reading: metres below 1 km, else kilometres with one decimal. */
export interface RoundedDistance {
  readonly value: number;
  readonly unit: 'm' | 'km';
}

/** What the date a 「開いている日」 choice resolved to is called besides its date. */
export type OpenOnExtra = 'weekday' | 'today' | 'tomorrow' | 'none';

const { weekday: WEEKDAYS, costFor: COST_FOR, costPer: COST_PER } = vocabulary;

const WEEKDAY_SET: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** 「月・水・金曜日」「平日」「土日」 */
function weekdaysInWords(days: readonly Weekday[]): string {
  if (sameSet(days, WEEKDAY_SET)) return '平日';
  if (sameSet(days, ['SA', 'SU'])) return '土日';
  if (days.length === 7) return '毎日';
  return `${days.map((d) => WEEKDAYS[d]).join('・')}曜日`;
}

function ordinalWord(ordinal: number): string {
  if (ordinal === -1) return '最終';
  if (ordinal < 0) return `最後から${-ordinal}番目の`;
  return `第${ordinal}`;
}

/** 「毎週水曜日」「隔週水曜日」「毎月 第2・第4土曜日」「毎月最終土曜日」 */
function ruleDays(rule: RuleDays): string {
  const { interval } = rule;
  if (rule.every === 'week') {
    const days = weekdaysInWords(rule.days);
    if (interval === 2) return `隔週${days}`;
    if (interval > 2) return `${interval}週ごとの${days}`;
    if (days === '平日' || days === '毎日' || days === '土日') return rule.monthly ? `毎月 ${days}` : days;
    return `毎週${days}`;
  }
  const words = rule.days
    .map(({ weekday, ordinals }) => `${ordinals.map(ordinalWord).join('・')}${WEEKDAYS[weekday]}曜日`)
    .join('・');
  const prefix = interval === 2 ? '隔月' : interval > 2 ? `${interval}か月ごとの` : '毎月';
  // 「毎月 第2土曜日」 but 「毎月最終土曜日」, as people write them.
  return words.startsWith('第') ? `${prefix} ${words}` : `${prefix}${words}`;
}

function months(list: readonly number[] | undefined): string {
  if (!list) return '';
  if (list.length >= 9) {
    const missing = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !list.includes(m));
    return `（${missing.map((m) => `${m}月`).join('・')}はお休み）`;
  }
  return `（${list.map((m) => `${m}月`).join('・')}のみ）`;
}

function period(start: CivilDate | undefined, end: CivilDate | undefined): string {
  const from = start ? formatDateJa(start) : undefined;
  const until = end ? formatDateJa(end) : undefined;
  if (from && until) return `（${from}〜${until}）`;
  if (from) return `（${from}から）`;
  if (until) return `（${until}まで）`;
  return '';
}

function time(hhmm: string): string {
  return hhmm.replace(/^0(\d)/, '$1');
}

function timeRange(opens: string, closes: string): string {
  return `${time(opens)}〜${time(closes)}`;
}

/** 「12月12日（土）」 */
function monthDay(date: CivilDate): string {
  const { month, day } = parseCivil(date);
  return `${month}月${day}日（${weekdayJa(date)}）`;
}

export const facts = {
  /** 「2026年11月24日」, or 「2026年11月24日（火）」. */
  date: (date: CivilDate, withWeekday = false) => formatDateJa(date, withWeekday),
  /** Items of a list written as one line: 「小学生・中学生・保護者」. */
  list: (items: readonly string[]) => items.join('・'),
  timeRange,
  schedule: {
    /** What the site says when a listing gives no rule. */
    none: '日程は直接お問い合わせください',
    days: ruleDays,
    rule: (rule: RuleFacts) =>
      `${rule.label ? `【${rule.label}】` : ''}${ruleDays(rule.days)} ${timeRange(rule.opens, rule.closes)}${months(rule.months)}${period(rule.start, rule.end)}`,
    /** After the only rule: 「毎週水曜日 15:00〜18:00（祝日はお休み）」. */
    holidaysOneRule: (line: string) => `${line}（祝日はお休み）`,
    /** A line of its own under several rules, since `closedOnHolidays` closes every one of them. */
    holidaysAllRules: 'いずれも祝日はお休み',
  },
  /** 「12月12日（土） 11:00〜14:00（クリスマス会）」 */
  session: (session: SessionFacts) =>
    `${monthDay(session.date)} ${timeRange(session.opens, session.closes)}${session.label ? `（${session.label}）` : ''}`,
  badge: {
    today: '本日開催',
    'today-ended': '本日は終了しました',
    'this-week': '今週開催',
  },
  /** An agenda day: 「12月12日（土）」, with 「今日」 or 「明日」 in front when it is. */
  dayHeading: (date: CivilDate, relative: 'today' | 'tomorrow' | undefined) =>
    `${relative === 'today' ? '今日 ' : relative === 'tomorrow' ? '明日 ' : ''}${monthDay(date)}`,
  /** The line under an agenda entry: 「子ども食堂・浜寺公民館（臨時: クリスマス会）」. */
  agendaMeta: (kind: string, place: string, session: { label?: string | undefined; extra?: boolean | undefined }) => {
    const note = session.label
      ? session.extra
        ? `臨時: ${session.label}`
        : session.label
      : session.extra
        ? '臨時'
        : '';
    return [kind, place].filter(Boolean).join('・') + (note ? `（${note}）` : '');
  },
  /** The agenda's words that its script writes again for the day the page is read. */
  agenda: {
    emptyDay: 'この日の予定はありません。',
    /** Under a day that lists only its first sessions. */
    more: (count: number) => `この日は、ほかに ${count} 件の予定があります。`,
    /** The button that lists the rest of that day. */
    showAll: (count: number) => `この日の予定をすべて表示（ほか ${count} 件）`,
    fromToday: (date: string) =>
      `${date}（今日）から14日間の予定です。お出かけ前に、それぞれの連絡先にご確認ください。`,
  },
  /** 「子ども無料・大人300円」「大人（会員）月額3,000円」 */
  cost: (options: readonly CostOptionFacts[]) =>
    options
      .map((option) => {
        const who = option.label ? `${COST_FOR[option.for]}（${option.label}）` : COST_FOR[option.for];
        const per = option.per && option.per !== 'visit' ? COST_PER[option.per] : '';
        return `${who}${per}${option.yen === 0 ? '無料' : `${option.yen.toLocaleString('ja-JP')}円`}`;
      })
      .join('・'),
  audienceUnknown: '対象は直接お問い合わせください',
  /** A fact the listing leaves unknown where the fact has a row of its own. */
  factUnknown: '直接お問い合わせください',
  reservation: {
    notRequired: '予約不要',
    required: (methods: readonly string[]) => (methods.length ? `要予約（${methods.join('・')}）` : '要予約'),
  },
  place: {
    online: 'オンライン',
    unknown: '場所は直接お問い合わせください',
    approximate: (area: string) => `${area}（おおよその場所）`,
    mapsArea: '地図アプリでこの地域を開く',
    mapsDirections: '地図アプリで道順を見る',
  },
  /** 「約 800 m」「約 1.2 km」, or without 「約」 where the sentence says 以内. */
  distance: ({ value, unit }: RoundedDistance, about = true) =>
    `${about ? '約 ' : ''}${unit === 'm' ? value : value.toFixed(1)} ${unit}`,
  /** After a 「開いている日」 choice: 「（11月24日・火曜日）」「（11月28日・今日）」. */
  openOnDate: (date: CivilDate, extra: OpenOnExtra) => {
    const { month, day } = parseCivil(date);
    const word =
      extra === 'weekday' ? `${weekdayJa(date)}曜日` : extra === 'today' ? '今日' : extra === 'tomorrow' ? '明日' : '';
    return `（${month}月${day}日${word ? `・${word}` : ''}）`;
  },
  /** How long ago a listing was last confirmed: 「3か月前に確認」. */
  checkedAgo: (months: number) =>
    months < 1 ? '1か月以内に確認' : months >= 12 ? '1年以上前に確認' : `${months}か月前に確認`,
  /** What a child or family needs, as school pages group places and the directory filters them. */
  needs: {
    meal: 'ごはん・食事',
    study: '学習',
    'after-school': '放課後の居場所',
    'school-difficulty': '学校に行きづらいとき',
    consultation: '相談',
  },
  /** The calendar file's words: an event's title and the line pointing to the page. */
  calendar: {
    title: (name: string, _kind: string, note: string | undefined) => (note ? `${name}：${note}` : name),
    checkPage: (url: string) =>
      `最新の日程・お休みは掲載ページで確かめてください / Check the page for the latest dates: ${url}`,
    language: 'JA',
  },
} as const;
