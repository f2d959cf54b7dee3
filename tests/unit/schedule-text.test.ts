import { describe, expect, it } from 'vitest';
import { scheduleFromText } from '../../src/lib/import/schedule-text.ts';
import { scheduleRuleSchema } from '../../src/schema/schedule.ts';

const times = '11:00～14:00';

describe('scheduleFromText reads what says one thing', () => {
  it.each([
    ['毎月第2・第4土曜日', { freq: 'monthly', byDay: ['2SA', '4SA'] }],
    ['毎週土曜日', { freq: 'weekly', byDay: ['SA'] }],
    ['第1土曜日', { freq: 'monthly', byDay: ['1SA'] }],
    ['第２・第４日曜', { freq: 'monthly', byDay: ['2SU', '4SU'] }],
    ['毎月最終日曜日', { freq: 'monthly', byDay: ['-1SU'] }],
    ['毎月第3金曜日と最終金曜日', { freq: 'monthly', byDay: ['3FR', '-1FR'] }],
    ['毎週月・水・金', { freq: 'weekly', byDay: ['MO', 'WE', 'FR'] }],
    ['月水金', { freq: 'weekly', byDay: ['MO', 'WE', 'FR'] }],
    ['平日', { freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }],
    ['毎日', { freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }],
  ])('%s', (text, rule) => {
    const reading = scheduleFromText(text, times);
    expect(reading).toEqual({ rules: [{ ...rule, opens: '11:00', closes: '14:00' }] });
    if ('rules' in reading) for (const r of reading.rules) expect(scheduleRuleSchema.safeParse(r).success).toBe(true);
  });

  it('leaves out the months a note says are off', () => {
    expect(scheduleFromText('毎月最終日曜日（8月は休み）', times)).toEqual({
      rules: [
        {
          freq: 'monthly',
          byDay: ['-1SU'],
          byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12],
          opens: '11:00',
          closes: '14:00',
        },
      ],
    });
    expect(scheduleFromText('毎週水曜日（8月・12月は休み）', times)).toMatchObject({
      rules: [{ byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11] }],
    });
  });

  it('reads times written in the text itself', () => {
    expect(scheduleFromText('毎週土曜日 10:00～15:00')).toEqual({
      rules: [{ freq: 'weekly', byDay: ['SA'], opens: '10:00', closes: '15:00' }],
    });
    expect(scheduleFromText('第2土曜日 午前10時から午後2時まで')).toEqual({
      rules: [{ freq: 'monthly', byDay: ['2SA'], opens: '10:00', closes: '14:00' }],
    });
  });
});

describe('scheduleFromText keeps the words when they do not say one thing', () => {
  it.each([
    ['隔週土曜日', 'no-start-date'],
    ['隔週水曜日（要確認）', 'no-start-date'],
    ['不定期', 'irregular'],
    ['日程はお問い合わせください', 'irregular'],
    ['夏休み中の平日', 'unreadable'],
    ['第2土曜日と第4日曜日', 'unreadable'],
    ['毎週第2土曜日', 'unreadable'],
    ['週3回程度', 'unreadable'],
  ])('%s → %s', (text, reason) => {
    expect(scheduleFromText(text, times)).toEqual({ note: text, reason });
  });

  it('says when only the times are missing, and keeps the text exactly as written', () => {
    expect(scheduleFromText(' 毎週土曜日 ')).toEqual({ note: '毎週土曜日', reason: 'no-times' });
    expect(scheduleFromText('毎週土曜日', 'お昼ごろ')).toEqual({ note: '毎週土曜日', reason: 'unreadable' });
  });
});
