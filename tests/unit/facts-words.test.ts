/**
 * Structured facts in each locale's words: days and times, dates, sessions,
 * badges, costs, distances, open-day dates and needs. Japanese is covered
 * line by line in schedule-words.test.ts and session-words.test.ts; here the
 * same facts read in English and やさしい日本語, whose furigana marks are
 * checked both as marks and as the base text a screen reader gets.
 */
import { describe, expect, it } from 'vitest';
import { ruby, withoutRuby } from '../../src/core/ruby.ts';
import { messages, LOCALES } from '../../src/i18n/index.ts';
import { facts as en } from '../../src/i18n/en/facts.ts';
import { facts as easy } from '../../src/i18n/easy/facts.ts';
import { facts as ja } from '../../src/i18n/ja/facts.ts';
import { directoryLive as enLive } from '../../src/i18n/en/directory-live.ts';
import { directoryLive as easyLive } from '../../src/i18n/easy/directory-live.ts';
import { directoryLive as jaLive } from '../../src/i18n/ja/directory-live.ts';
import { formatDistance } from '../../src/lib/geo.ts';
import { costInWords } from '../../src/lib/listing-words.ts';
import { ruleInWords, scheduleInWords } from '../../src/lib/schedule-words.ts';
import { agendaDayHeading, badgeInWords, sessionInWords } from '../../src/lib/schedule/session-words.ts';
import { openOnDateInWords } from '../../src/lib/search/filters.ts';
import { concernsIn, CONCERNS } from '../../src/lib/referral/concerns.ts';
import { NEED_VALUES } from '../../src/lib/schools/needs.ts';
import type { ScheduleRule } from '../../src/schema/schedule.ts';
import { rule } from './support/schedule-rule.ts';

/** Easy words as read without furigana. */
const plain = (text: string) => withoutRuby(text);

describe('schedules in English', () => {
  it.each<[Partial<ScheduleRule>, string]>([
    [{ byDay: ['2SA', '4SA'] }, '2nd and 4th Saturday of every month, 11:00–14:00'],
    [{ byDay: ['-1SA'] }, 'Last Saturday of every month, 11:00–14:00'],
    [{ byDay: ['-2SU'] }, 'Second to last Sunday of every month, 11:00–14:00'],
    [{ byDay: ['1SA', '-1SA'] }, '1st and last Saturday of every month, 11:00–14:00'],
    [{ byDay: ['3SU', '1SA'] }, '1st Saturday and 3rd Sunday of every month, 11:00–14:00'],
    [{ byDay: ['2SA'], interval: 2 }, '2nd Saturday of every other month, 11:00–14:00'],
    [{ byDay: ['2SA'], interval: 3 }, '2nd Saturday of every 3 months, 11:00–14:00'],
    [{ freq: 'weekly', byDay: ['WE'] }, 'Every Wednesday, 11:00–14:00'],
    [{ freq: 'weekly', byDay: ['FR', 'MO', 'WE'] }, 'Every Monday, Wednesday and Friday, 11:00–14:00'],
    [{ freq: 'weekly', byDay: ['WE'], interval: 2 }, 'Every other Wednesday, 11:00–14:00'],
    [{ freq: 'weekly', byDay: ['WE'], interval: 3 }, 'Every 3 weeks on Wednesday, 11:00–14:00'],
    [
      { freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '10:00', closes: '16:00' },
      'Weekdays, 10:00–16:00',
    ],
    [{ freq: 'weekly', byDay: ['SU', 'SA'] }, 'Weekends, 11:00–14:00'],
    [{ freq: 'weekly', byDay: ['SA'], opens: '09:30', closes: '12:00' }, 'Every Saturday, 9:30–12:00'],
    [
      { byDay: ['2SA'], byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12] },
      '2nd Saturday of every month, 11:00–14:00 (closed in August)',
    ],
    [{ byDay: ['2SA'], byMonth: [8, 7] }, '2nd Saturday of every month, 11:00–14:00 (July and August only)'],
    [{ byDay: ['2SA'], label: '学習支援' }, '学習支援: 2nd Saturday of every month, 11:00–14:00'],
  ])('%o → %s', (overrides, expected) => {
    expect(ruleInWords(rule(overrides), undefined, en)).toBe(expected);
  });

  it('says how long a rule runs', () => {
    const trial = rule({ freq: 'weekly', byDay: ['TU'], startDate: '2027-01-12', endDate: '2027-03-23' });
    expect(ruleInWords(trial, '2026-11-24', en)).toBe('Every Tuesday, 11:00–14:00 (12 January 2027 to 23 March 2027)');
    expect(ruleInWords(trial, '2027-02-01', en)).toBe('Every Tuesday, 11:00–14:00 (until 23 March 2027)');
  });

  it('says public holidays are closed once: after the only rule, or on a line under several', () => {
    expect(
      scheduleInWords({ schedule: [rule({ byDay: ['2SA', '4SA'] })], closedOnHolidays: true }, undefined, en),
    ).toEqual(['2nd and 4th Saturday of every month, 11:00–14:00, closed on public holidays']);
    expect(
      scheduleInWords(
        { schedule: [rule({ byDay: ['2SA'] }), rule({ freq: 'weekly', byDay: ['WE'] })], closedOnHolidays: true },
        undefined,
        en,
      ),
    ).toEqual([
      '2nd Saturday of every month, 11:00–14:00',
      'Every Wednesday, 11:00–14:00',
      'All closed on public holidays',
    ]);
    expect(scheduleInWords({}, undefined, en)).toEqual(['Ask the contact for dates']);
  });
});

describe('schedules in やさしい日本語', () => {
  it.each<[Partial<ScheduleRule>, string]>([
    [{ byDay: ['2SA', '4SA'] }, '毎月 2回目と 4回目の 土曜日 午前11時から 午後2時まで'],
    [{ byDay: ['-1SA'] }, '毎月 最後の 土曜日 午前11時から 午後2時まで'],
    [{ byDay: ['2SA'], interval: 2 }, '2か月に 1回 2回目の 土曜日 午前11時から 午後2時まで'],
    [{ freq: 'weekly', byDay: ['WE'], opens: '15:00', closes: '18:00' }, '毎週 水曜日 午後3時から 午後6時まで'],
    [{ freq: 'weekly', byDay: ['WE'], interval: 2 }, '2週間に 1回 水曜日 午前11時から 午後2時まで'],
    [
      { freq: 'weekly', byDay: ['MO', 'FR'], opens: '09:30', closes: '12:15' },
      '毎週 月曜日と 金曜日 午前9時30分から 午後12時15分まで',
    ],
    [{ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }, '毎週 月曜日から 金曜日まで 午前11時から 午後2時まで'],
    [{ byDay: ['2SA'], byMonth: [7, 8] }, '毎月 2回目の 土曜日 午前11時から 午後2時まで（7月と 8月だけ）'],
    [
      { byDay: ['2SA'], byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12] },
      '毎月 2回目の 土曜日 午前11時から 午後2時まで（8月は お休み）',
    ],
  ])('%o → %s', (overrides, expected) => {
    expect(plain(ruleInWords(rule(overrides), undefined, easy))).toBe(expected);
  });

  it('writes no 〜 and no 24-hour time, and puts furigana on the kanji it writes', () => {
    const line = ruleInWords(rule({ byDay: ['2SA'], opens: '16:00', closes: '18:30' }), undefined, easy);
    expect(line).not.toMatch(/〜|\d\d:\d\d/);
    expect(line).toContain(ruby('午後', 'ごご'));
    expect(line).toContain(ruby('土曜日', 'どようび'));
    expect(line).toContain(`30${ruby('分', 'ぷん')}`);
    // No kanji is left without its reading.
    expect(line.replace(/\uE000[^\uE002]*\uE002/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says public holidays are closed, and what to do without a rule', () => {
    const [line] = scheduleInWords({ schedule: [rule({ byDay: ['2SA'] })], closedOnHolidays: true }, undefined, easy);
    expect(plain(line!)).toBe('毎月 2回目の 土曜日 午前11時から 午後2時まで（祝日は お休み）');
    expect(plain(scheduleInWords({}, undefined, easy)[0]!)).toBe('いつ 開いているかは、連絡先に 聞いてください');
  });

  it('reads the day of the month as people say it', () => {
    expect(easy.date('2027-01-01')).toBe(`2027${ruby('年', 'ねん')}1${ruby('月', 'がつ')}${ruby('1日', 'ついたち')}`);
    expect(plain(easy.date('2026-11-20', true))).toBe('2026年11月20日（金曜日）');
    expect(easy.date('2026-11-12')).toContain(`12${ruby('日', 'にち')}`);
  });
});

describe('dates, sessions and badges', () => {
  const session = { date: '2026-12-12', opens: '11:00', closes: '14:00', label: 'クリスマス会' };

  it('says a session in each locale', () => {
    expect(sessionInWords(session)).toBe('12月12日（土） 11:00〜14:00（クリスマス会）');
    expect(sessionInWords(session, en)).toBe('Sat 12 December, 11:00–14:00 (クリスマス会)');
    expect(plain(sessionInWords(session, easy))).toBe('12月12日（土曜日） 午前11時から 午後2時まで（クリスマス会）');
  });

  it('names today and tomorrow in agenda headings', () => {
    expect(agendaDayHeading('2026-12-12', '2026-12-12', en)).toBe('Today, Sat 12 December');
    expect(agendaDayHeading('2026-12-13', '2026-12-12', en)).toBe('Tomorrow, Sun 13 December');
    expect(agendaDayHeading('2026-12-14', '2026-12-12', en)).toBe('Mon 14 December');
    expect(plain(agendaDayHeading('2026-12-12', '2026-12-12', easy))).toBe('今日 12月12日（土曜日）');
    expect(plain(agendaDayHeading('2026-12-13', '2026-12-12', easy))).toBe('明日 12月13日（日曜日）');
  });

  it('has a badge for each state in every locale', () => {
    for (const words of [ja, en, easy]) {
      for (const badge of ['today', 'today-ended', 'this-week'] as const)
        expect(badgeInWords(badge, words)).not.toBe('');
      expect(badgeInWords(undefined, words)).toBe('');
    }
    expect(badgeInWords('today-ended', en)).toBe('Finished for today');
  });

  it('writes full dates', () => {
    expect(ja.date('2026-11-24', true)).toBe('2026年11月24日（火）');
    expect(en.date('2026-11-24')).toBe('24 November 2026');
    expect(en.date('2026-11-24', true)).toBe('Tue 24 November 2026');
  });

  it('says the date an open-day choice means', () => {
    // 2026-11-24 is a Tuesday.
    expect(openOnDateInWords('today', '2026-11-24', en)).toBe(' (Tue 24 November)');
    expect(openOnDateInWords('saturday', '2026-11-24', en)).toBe(' (28 November)');
    expect(openOnDateInWords('saturday', '2026-11-28', en)).toBe(' (28 November, today)');
    expect(openOnDateInWords('sunday', '2026-11-28', en)).toBe(' (29 November, tomorrow)');
    expect(plain(openOnDateInWords('tomorrow', '2026-11-24', easy))).toBe('（11月25日 水曜日）');
    expect(plain(openOnDateInWords('saturday', '2026-11-28', easy))).toBe('（11月28日、今日）');
    expect(openOnDateInWords('2026-12-01', '2026-11-24', en)).toBe('');
  });
});

describe('costs', () => {
  const cost = (
    ...options: Array<{
      for: 'child' | 'adult' | 'guardian' | 'everyone';
      yen: number;
      per?: 'visit' | 'month' | 'year';
      label?: string;
    }>
  ) => ({ options });

  it('mixes free and paid', () => {
    const mixed = cost({ for: 'child', yen: 0 }, { for: 'adult', yen: 300 });
    expect(costInWords(mixed)).toBe('子ども無料・大人300円');
    expect(costInWords(mixed, en)).toBe('Children free, adults ¥300');
    expect(plain(costInWords(mixed, easy)!)).toBe('子どもは 無料、大人は 300円');
  });

  it('says what a payment covers, and thousands', () => {
    const monthly = cost({ for: 'adult', yen: 3000, per: 'month', label: '会員' });
    expect(costInWords(monthly)).toBe('大人（会員）月額3,000円');
    expect(costInWords(monthly, en)).toBe('Adults (会員) ¥3,000 a month');
    expect(plain(costInWords(monthly, easy)!)).toBe('大人（会員）は 1か月 3,000円');
    expect(costInWords(cost({ for: 'everyone', yen: 0 }), en)).toBe('Everyone free');
    expect(costInWords(undefined, en)).toBeUndefined();
  });
});

describe('distances', () => {
  it.each([
    [20, '約 50 m', 'about 50 m', '約 50メートル'],
    [812, '約 800 m', 'about 800 m', '約 800メートル'],
    [990, '約 1.0 km', 'about 1.0 km', '約 1.0キロメートル'],
    [1234, '約 1.2 km', 'about 1.2 km', '約 1.2キロメートル'],
  ])('%d m', (metres, inJa, inEn, inEasy) => {
    expect(formatDistance(metres)).toBe(inJa);
    expect(formatDistance(metres, en)).toBe(inEn);
    expect(plain(formatDistance(metres, easy))).toBe(inEasy);
  });

  it('leaves out "about" where the sentence says within', () => {
    expect(formatDistance(800, ja, false)).toBe('800 m');
    expect(formatDistance(800, en, false)).toBe('800 m');
  });
});

describe('counts and lists', () => {
  it('counts one and many', () => {
    expect(enLive.count(1)).toBe('1 place');
    expect(enLive.count(0)).toBe('0 places');
    expect(enLive.count(12)).toBe('12 places');
    expect(enLive.filterCount(1)).toBe(' (1 filter)');
    expect(enLive.filterCount(3)).toBe(' (3 filters)');
    expect(plain(easyLive.count(3))).toBe('3件');
    expect(jaLive.count(3)).toBe('3 件');
  });

  it('joins lists as each language does', () => {
    expect(ja.list(['小学生', '中学生', '保護者'])).toBe('小学生・中学生・保護者');
    expect(en.list(['a'])).toBe('a');
    expect(en.list(['a', 'b'])).toBe('a and b');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(easy.list(['a', 'b'])).toBe('aと b');
  });
});

describe('every locale', () => {
  it('names every need and every concern, with a label for each of its links', () => {
    for (const locale of LOCALES) {
      const words = messages(locale);
      for (const need of NEED_VALUES) expect(words.facts.needs[need]).not.toBe('');
      const concerns = concernsIn(words.concerns);
      expect(concerns.map((c) => c.id)).toEqual(CONCERNS.map((c) => c.id));
      for (const concern of concerns) {
        expect(concern.title).not.toBe('');
        expect(concern.steps.length).toBeGreaterThan(0);
        for (const link of concern.links) expect(link.label).not.toBe('');
      }
    }
  });

  it('keeps the centre placeholders the steps need', () => {
    for (const locale of LOCALES) {
      const { concerns } = messages(locale);
      expect(concerns.parenting.steps.join('')).toContain('{centerHelpsWith}');
      for (const id of ['meal', 'after-school', 'school-difficulty', 'study', 'parenting'] as const) {
        expect(concerns[id].steps.join('')).toContain('{center}');
      }
    }
  });

  it('gives English pages no Japanese in the facts it writes itself', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const lines = [
      ...scheduleInWords(
        { schedule: [rule({ byDay: ['2SA', '-1SU'], byMonth: [4, 5] })], closedOnHolidays: true },
        '2026-01-01',
        en,
      ),
      en.cost([{ for: 'guardian', yen: 500, per: 'year' }]),
      en.reservation.required(['LINE']),
      en.place.approximate('Hamadera'),
      ...Object.values(en.needs),
      ...Object.values(en.badge),
    ];
    for (const line of lines) expect(line).not.toMatch(japanese);
  });
});

describe('やさしい日本語 furigana', () => {
  const bareKanji = (text: string) => text.replace(/\uE000[^\uE002]*\uE002/g, '').match(/[\u4e00-\u9fff]/g) ?? [];
  const sample = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'function'
        ? [String(value.length === 1 ? value(2) : value('X', 'Y'))]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(sample)
          : [];

  it('reads every kanji the live words and facts write', () => {
    const texts = [
      ...sample(easyLive),
      ...sample(easy.badge),
      ...sample(easy.needs),
      ...sample(easy.place),
      ...sample(easy.reservation),
      easy.schedule.none,
      easy.schedule.holidaysAllRules,
      easy.audienceUnknown,
      easy.factUnknown,
      easy.agenda.emptyDay,
      easy.agenda.fromToday('X'),
      easy.checkedAgo(3),
      easy.cost([{ for: 'guardian', yen: 1000, per: 'year' }]),
      easy.date('2026-02-24', true),
      easy.distance({ value: 800, unit: 'm' }),
      easy.openOnDate('2026-11-24', 'tomorrow'),
    ];
    for (const text of texts)
      expect({ text: withoutRuby(text), bare: bareKanji(text) }).toEqual({ text: withoutRuby(text), bare: [] });
  });

  it('reads every kanji of the referral concerns', () => {
    for (const text of sample(messages('easy').concerns)) expect(bareKanji(text)).toEqual([]);
  });

  it('leaves English live words free of Japanese', () => {
    for (const text of sample(enLive)) expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
