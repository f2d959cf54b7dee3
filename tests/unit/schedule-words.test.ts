import { describe, expect, it } from 'vitest';
import { NO_RULE_TEXT, ruleInWords, scheduleInWords } from '../../src/lib/schedule-words.ts';
import type { ScheduleRule } from '../../src/schema/schedule.ts';
import { rule } from './support/schedule-rule.ts';

describe('schedule in words', () => {
  it.each<[Partial<ScheduleRule>, string]>([
    [{ byDay: ['2SA', '4SA'] }, '毎月 第2・第4土曜日 11:00〜14:00'],
    [{ byDay: ['4SA', '2SA'] }, '毎月 第2・第4土曜日 11:00〜14:00'],
    [{ byDay: ['-1SA'] }, '毎月最終土曜日 11:00〜14:00'],
    [{ byDay: ['-2SU'] }, '毎月最後から2番目の日曜日 11:00〜14:00'],
    [{ byDay: ['1SA', '-1SA'] }, '毎月 第1・最終土曜日 11:00〜14:00'],
    [{ byDay: ['3SU', '1SA'] }, '毎月 第1土曜日・第3日曜日 11:00〜14:00'],
    [{ byDay: ['2SA'], interval: 2, startDate: '2026-04-01' }, '隔月 第2土曜日 11:00〜14:00'],
    [{ freq: 'weekly', byDay: ['WE'] }, '毎週水曜日 11:00〜14:00'],
    [{ freq: 'weekly', byDay: ['FR', 'MO', 'WE'] }, '毎週月・水・金曜日 11:00〜14:00'],
    [{ freq: 'weekly', byDay: ['WE'], interval: 2, startDate: '2026-04-01' }, '隔週水曜日 11:00〜14:00'],
    [{ freq: 'weekly', byDay: ['WE'], interval: 3, startDate: '2026-04-01' }, '3週ごとの水曜日 11:00〜14:00'],
    [{ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '10:00', closes: '16:00' }, '平日 10:00〜16:00'],
    [{ freq: 'weekly', byDay: ['SU', 'SA'] }, '土日 11:00〜14:00'],
    [{ freq: 'weekly', byDay: ['SA'], opens: '09:30', closes: '12:00' }, '毎週土曜日 9:30〜12:00'],
    [{ byDay: ['SA'] }, '毎週土曜日 11:00〜14:00'],
    [{ byDay: ['2SA'], byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12] }, '毎月 第2土曜日 11:00〜14:00（8月はお休み）'],
    [{ byDay: ['2SA'], byMonth: [7, 8] }, '毎月 第2土曜日 11:00〜14:00（7月・8月のみ）'],
    [{ byDay: ['2SA'], label: '学習支援' }, '【学習支援】毎月 第2土曜日 11:00〜14:00'],
  ])('%o → %s', (overrides, expected) => {
    expect(ruleInWords(rule(overrides))).toBe(expected);
  });

  it('says how long a rule runs: its end always, its start while it is still to come', () => {
    const trial = rule({ freq: 'weekly', byDay: ['TU'], startDate: '2027-01-12', endDate: '2027-03-23' });
    expect(ruleInWords(trial, '2026-11-24')).toBe('毎週火曜日 11:00〜14:00（2027年1月12日〜2027年3月23日）');
    expect(ruleInWords(trial, '2027-02-01')).toBe('毎週火曜日 11:00〜14:00（2027年3月23日まで）');
    expect(ruleInWords(rule({ startDate: '2027-04-01' }), '2026-11-24')).toBe(
      '毎月 第2土曜日 11:00〜14:00（2027年4月1日から）',
    );
    // The day an every-other-week rule counts from, long past, is not mentioned.
    expect(
      ruleInWords(rule({ freq: 'weekly', byDay: ['WE'], interval: 2, startDate: '2026-04-01' }), '2026-11-24'),
    ).toBe('隔週水曜日 11:00〜14:00');
  });

  it('says once, for every rule, that holidays are closed', () => {
    const lines = scheduleInWords({
      schedule: [
        rule({ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '10:00', closes: '16:00' }),
        rule({ byDay: ['1SA'], opens: '10:00', closes: '12:00' }),
      ],
      closedOnHolidays: true,
    });
    expect(lines).toEqual(['平日 10:00〜16:00', '毎月 第1土曜日 10:00〜12:00', 'いずれも祝日はお休み']);
    // Not on a rule's own line, where it would read as that rule's alone.
    expect(lines.filter((line) => line.includes('祝日'))).toHaveLength(1);
  });

  it('keeps the holiday note on the line of the only rule', () => {
    expect(scheduleInWords({ schedule: [rule({})], closedOnHolidays: true })).toEqual([
      '毎月 第2土曜日 11:00〜14:00（祝日はお休み）',
    ]);
    expect(scheduleInWords({ schedule: [rule({}), rule({ byDay: ['4SA'] })] })).toEqual([
      '毎月 第2土曜日 11:00〜14:00',
      '毎月 第4土曜日 11:00〜14:00',
    ]);
  });

  it('says honestly when there is no rule', () => {
    expect(scheduleInWords({})).toEqual([NO_RULE_TEXT]);
    expect(scheduleInWords({ schedule: [] })).toEqual(['日程は直接お問い合わせください']);
  });
});
