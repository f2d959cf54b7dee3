/**
 * Structured facts in やさしい日本語, as the 2020 guideline
 * (「在留支援のためのやさしい日本語ガイドライン」) advises: 午前・午後 rather
 * than the 24-hour clock, 「から」「まで」 rather than 〜, whole weekday names,
 * 「2回目の 土曜日」 rather than 第2土曜日, short phrases with spaces between
 * them, and furigana on every kanji (`{漢字|かんじ}` in an `easy` template,
 * `ruby()` where the word is built here). The shapes are
 * src/i18n/ja/facts.ts's.
 */
import { parseCivil, weekdayIndex, type CivilDate } from '../../core/civil-date.ts';
import { easy, ruby } from '../../core/ruby.ts';
import type { CostFor, CostPer, Weekday } from '../../schema/vocabulary.ts';
import type { Messages } from '../messages.ts';
import type { OpenOnExtra, RoundedDistance, RuleDays, RuleFacts, SessionFacts } from '../ja/facts.ts';

const WEEKDAY: Record<Weekday, string> = {
  MO: easy`{月曜日|げつようび}`,
  TU: easy`{火曜日|かようび}`,
  WE: easy`{水曜日|すいようび}`,
  TH: easy`{木曜日|もくようび}`,
  FR: easy`{金曜日|きんようび}`,
  SA: easy`{土曜日|どようび}`,
  SU: easy`{日曜日|にちようび}`,
};
const WEEKDAY_BY_INDEX: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const COST_FOR: Record<CostFor, string> = {
  child: easy`{子|こ}ども`,
  adult: easy`{大人|おとな}`,
  guardian: easy`{保護者|ほごしゃ}`,
  everyone: 'だれでも',
};
const COST_PER: Record<CostPer, string> = {
  visit: easy`1{回|かい}`,
  month: easy`1か{月|げつ}`,
  year: easy`1{年|ねん}`,
};

const WEEKDAY_SET: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/** Days of the month whose 日 is not read にち. */
const DAY_READINGS: Record<number, string> = {
  1: 'ついたち',
  2: 'ふつか',
  3: 'みっか',
  4: 'よっか',
  5: 'いつか',
  6: 'むいか',
  7: 'なのか',
  8: 'ようか',
  9: 'ここのか',
  10: 'とおか',
  14: 'じゅうよっか',
  20: 'はつか',
  24: 'にじゅうよっか',
};

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** 「A」「Aと B」「A、B、C」 */
function list(items: readonly string[]): string {
  if (items.length === 2) return `${items[0]}と ${items[1]}`;
  return items.join('、');
}

/** 「12日」 with its reading: ついたち, ふつか … are read as a whole. */
function dayOfMonth(day: number): string {
  const reading = DAY_READINGS[day];
  return reading ? ruby(`${day}日`, reading) : `${day}${ruby('日', 'にち')}`;
}

function monthWord(month: number): string {
  return `${month}${ruby('月', 'がつ')}`;
}

function weekdayOf(date: CivilDate): string {
  return WEEKDAY[WEEKDAY_BY_INDEX[weekdayIndex(date)]!];
}

function date(value: CivilDate, withWeekday = false): string {
  const { year, month, day } = parseCivil(value);
  const base = `${year}${ruby('年', 'ねん')}${monthWord(month)}${dayOfMonth(day)}`;
  return withWeekday ? `${base}（${weekdayOf(value)}）` : base;
}

/** 「12月12日（土曜日）」 */
function monthDay(value: CivilDate): string {
  const { month, day } = parseCivil(value);
  return `${monthWord(month)}${dayOfMonth(day)}（${weekdayOf(value)}）`;
}

/** 「午前10時」「午後2時30分」: the guideline's 午前・午後 instead of the 24-hour clock. */
function time(hhmm: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  const h = hours % 24;
  const half = h < 12 ? easy`{午前|ごぜん}` : easy`{午後|ごご}`;
  const shown = h < 12 ? h : h === 12 ? 12 : h - 12;
  // 分 is read ぷん after 1, 3, 4, 6, 8 and 0, ふん after 2, 5, 7 and 9.
  const fun = [2, 5, 7, 9].includes(minutes % 10) ? 'ふん' : 'ぷん';
  return `${half}${shown}${ruby('時', 'じ')}${minutes ? `${minutes}${ruby('分', fun)}` : ''}`;
}

function timeRange(opens: string, closes: string): string {
  return `${time(opens)}から ${time(closes)}まで`;
}

function ordinalWord(ordinal: number): string {
  if (ordinal === -1) return easy`{最後|さいご}`;
  if (ordinal < 0) return easy`{最後|さいご}から ${-ordinal}{番目|ばんめ}`;
  if (ordinal === 0) return easy`{毎週|まいしゅう}`;
  return easy`${ordinal}{回目|かいめ}`;
}

function ruleDays(rule: RuleDays): string {
  const { interval } = rule;
  if (rule.every === 'week') {
    const names = sameSet(rule.days, WEEKDAY_SET)
      ? `${WEEKDAY.MO}から ${WEEKDAY.FR}まで`
      : rule.days.length === 7
        ? undefined
        : list(rule.days.map((d) => WEEKDAY[d]));
    if (names === undefined)
      return interval > 1 ? easy`${interval}{週間|しゅうかん}に 1{回|かい}` : easy`{毎日|まいにち}`;
    if (interval > 1) return easy`${interval}{週間|しゅうかん}に 1{回|かい} ${names}`;
    return easy`{毎週|まいしゅう} ${names}`;
  }
  const days = rule.days
    .map(({ weekday, ordinals }) => `${list(ordinals.map(ordinalWord))}の ${WEEKDAY[weekday]}`)
    .join('、');
  const every = interval > 1 ? easy`${interval}か{月|げつ}に 1{回|かい}` : easy`{毎月|まいつき}`;
  return `${every} ${days}`;
}

function months(value: readonly number[] | undefined): string {
  if (!value) return '';
  if (value.length >= 9) {
    const missing = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !value.includes(m));
    return easy`（${list(missing.map(monthWord))}は お{休|やす}み）`;
  }
  return `（${list(value.map(monthWord))}だけ）`;
}

function period(start: CivilDate | undefined, end: CivilDate | undefined): string {
  if (start && end) return `（${date(start)}から ${date(end)}まで）`;
  if (start) return `（${date(start)}から）`;
  if (end) return `（${date(end)}まで）`;
  return '';
}

export const facts: Messages['facts'] = {
  date,
  list,
  timeRange,
  schedule: {
    none: easy`いつ {開|ひら}いているかは、{連絡先|れんらくさき}に {聞|き}いてください`,
    days: ruleDays,
    rule: (rule: RuleFacts) =>
      `${rule.label ? `【${rule.label}】` : ''}${ruleDays(rule.days)} ${timeRange(rule.opens, rule.closes)}${months(rule.months)}${period(rule.start, rule.end)}`,
    holidaysOneRule: (line: string) => easy`${line}（{祝日|しゅくじつ}は お{休|やす}み）`,
    holidaysAllRules: easy`どれも {祝日|しゅくじつ}は お{休|やす}みです`,
  },
  session: (session: SessionFacts) =>
    `${monthDay(session.date)} ${timeRange(session.opens, session.closes)}${session.label ? `（${session.label}）` : ''}`,
  badge: {
    today: easy`{今日|きょう} あります`,
    'today-ended': easy`{今日|きょう}は もう {終|お}わりました`,
    'this-week': easy`{今週|こんしゅう} あります`,
  },
  dayHeading: (value: CivilDate, relative: 'today' | 'tomorrow' | undefined) =>
    `${relative === 'today' ? easy`{今日|きょう} ` : relative === 'tomorrow' ? easy`{明日|あした} ` : ''}${monthDay(value)}`,
  agendaMeta: (kind: string, place: string, session: { label?: string | undefined; extra?: boolean | undefined }) => {
    const special = easy`{特別|とくべつ}な {日|ひ}`;
    const note = session.label
      ? session.extra
        ? `${special}: ${session.label}`
        : session.label
      : session.extra
        ? special
        : '';
    return [kind, place].filter(Boolean).join('、') + (note ? `（${note}）` : '');
  },
  agenda: {
    emptyDay: easy`この {日|ひ}は ありません。`,
    more: (count: number) => easy`この {日|ひ}は、ほかに ${count}{件|けん} あります。`,
    showAll: (count: number) => easy`この {日|ひ}を ぜんぶ {見|み}る（ほかに ${count}{件|けん}）`,
    fromToday: (value: string) =>
      easy`${value}（{今日|きょう}）から 14{日間|にちかん}の {予定|よてい}です。{行|い}く {前|まえ}に、{連絡先|れんらくさき}に {聞|き}いてください。`,
  },
  cost: (options) =>
    options
      .map((option) => {
        const who = option.label ? `${COST_FOR[option.for]}（${option.label}）` : COST_FOR[option.for];
        const per = option.per && option.per !== 'visit' && option.yen !== 0 ? `${COST_PER[option.per]} ` : '';
        const amount = option.yen === 0 ? easy`{無料|むりょう}` : easy`${option.yen.toLocaleString('ja-JP')}{円|えん}`;
        return `${who}は ${per}${amount}`;
      })
      .join('、'),
  audienceUnknown: easy`だれが {行|い}けるかは、{連絡先|れんらくさき}に {聞|き}いてください`,
  factUnknown: easy`{連絡先|れんらくさき}に {聞|き}いてください`,
  reservation: {
    notRequired: easy`{予約|よやく}は いりません`,
    required: (methods) =>
      methods.length
        ? easy`{予約|よやく}が {必要|ひつよう}です（${methods.join('、')}）`
        : easy`{予約|よやく}が {必要|ひつよう}です`,
  },
  place: {
    online: 'オンライン（インターネット）',
    unknown: easy`{場所|ばしょ}は {連絡先|れんらくさき}に {聞|き}いてください`,
    approximate: (area: string) => easy`${area}（だいたいの {場所|ばしょ}）`,
    mapsArea: easy`{地図|ちず}の アプリで この あたりを {見|み}る`,
    mapsDirections: easy`{地図|ちず}の アプリで {行|い}き{方|かた}を {見|み}る`,
  },
  /** No abbreviations (the guideline): メートル and キロメートル, not m and km. */
  distance: ({ value, unit }: RoundedDistance, about = true) =>
    `${about ? easy`{約|やく} ` : ''}${unit === 'm' ? `${value}メートル` : `${value.toFixed(1)}キロメートル`}`,
  openOnDate: (value: CivilDate, extra: OpenOnExtra) => {
    const { month, day } = parseCivil(value);
    const base = `${monthWord(month)}${dayOfMonth(day)}`;
    if (extra === 'weekday') return `（${base} ${weekdayOf(value)}）`;
    if (extra === 'today') return easy`（${base}、{今日|きょう}）`;
    if (extra === 'tomorrow') return easy`（${base}、{明日|あした}）`;
    return `（${base}）`;
  },
  checkedAgo: (months: number) =>
    months < 1
      ? easy`この 1か{月|げつ}の {間|あいだ}に {確|たし}かめました`
      : months >= 12
        ? easy`1{年|ねん}より {前|まえ}に {確|たし}かめました`
        : easy`${months}か{月|げつ} {前|まえ}に {確|たし}かめました`,
  needs: {
    meal: 'ごはん',
    study: easy`{勉強|べんきょう}`,
    'after-school': easy`{学校|がっこう}の {後|あと}に いる {場所|ばしょ}`,
    'school-difficulty': easy`{学校|がっこう}に {行|い}きにくい とき`,
    consultation: easy`{相談|そうだん}`,
  },
  /** Calendar apps show plain text: no furigana here. */
  calendar: {
    title: (name: string, _kind: string, note: string | undefined) => (note ? `${name}：${note}` : name),
    checkPage: (url: string) => `あたらしい 日にちと お休みは、このページで 見てください: ${url}`,
    language: 'JA',
  },
};
