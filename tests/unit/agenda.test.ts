import { describe, expect, it } from 'vitest';
import { agenda, isOnAgenda, type AgendaSource } from '../../src/lib/schedule/agenda.ts';
import { addDays } from '../../src/core/civil-date.ts';
import { isJapaneseHoliday } from '../../src/lib/schedule/holidays.ts';
import { agendaDayHeading, agendaEntryMeta } from '../../src/lib/schedule/session-words.ts';
import { rule } from './support/schedule-rule.ts';

const sources: AgendaSource[] = [
  { id: 'cafeteria', status: 'active', schedule: { schedule: [rule({ byDay: ['2SA', '4SA'] })] } },
  {
    id: 'free-school',
    status: 'active',
    schedule: {
      schedule: [rule({ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '10:00', closes: '16:00' })],
      closedOnHolidays: true,
    },
  },
  { id: 'early', status: 'active', schedule: { schedule: [rule({ byDay: ['SA'], opens: '09:00', closes: '10:00' })] } },
  { id: 'paused', status: 'paused', schedule: { schedule: [rule({ byDay: ['SA'] })] } },
  { id: 'no-rule', status: 'active', schedule: {} },
];

describe('the 14-day agenda', () => {
  const days = agenda(sources, '2026-11-21', isJapaneseHoliday);

  it('covers 14 days from the first, keeping empty days', () => {
    expect(days).toHaveLength(14);
    expect(days[0]!.date).toBe('2026-11-21');
    expect(days.at(-1)!.date).toBe('2026-12-04');
    expect(days[1]!.entries).toEqual([]); // a Sunday
  });

  it('orders a day by opening time, and leaves out paused listings and holidays', () => {
    const saturday = days.find((d) => d.date === '2026-11-28')!;
    expect(saturday.entries.map((e) => e.id)).toEqual(['early', 'cafeteria']);
    // 2026-11-23 is 勤労感謝の日: the free school is closed.
    expect(days.find((d) => d.date === '2026-11-23')!.entries).toEqual([]);
    expect(days.find((d) => d.date === '2026-11-24')!.entries.map((e) => e.id)).toEqual(['free-school']);
    expect(days.flatMap((d) => d.entries).some((e) => e.id === 'paused' || e.id === 'no-rule')).toBe(false);
  });
});

describe('agenda words', () => {
  it('name today and tomorrow, and mark extra sessions', () => {
    expect(agendaDayHeading('2026-12-31', '2026-12-31')).toBe('今日 12月31日（木）');
    expect(agendaDayHeading('2027-01-01', '2026-12-31')).toBe('明日 1月1日（金）');
    expect(agendaDayHeading('2027-01-02', '2026-12-31')).toBe('1月2日（土）');
    const session = { date: '2026-12-23', opens: '16:00', closes: '19:00' };
    expect(agendaEntryMeta('子ども食堂', '津久野会館', { ...session, extra: true, label: 'クリスマス会' })).toBe(
      '子ども食堂・津久野会館（臨時: クリスマス会）',
    );
    expect(agendaEntryMeta('子ども食堂', '津久野会館', session)).toBe('子ども食堂・津久野会館');
  });
});

describe('the agenda data', () => {
  const extraOnly: AgendaSource = {
    id: 'extra-only',
    status: 'active',
    schedule: { extraDates: [{ date: '2026-12-05', opens: '10:00', closes: '12:00' }] },
  };
  const all = [...sources, extraOnly];

  it('leaves out only the listings the agenda never lists', () => {
    expect(all.filter(isOnAgenda).map((s) => s.id)).toEqual(['cafeteria', 'free-school', 'early', 'extra-only']);
    for (let offset = 0; offset < 60; offset += 3) {
      const from = addDays('2026-11-21', offset);
      expect(agenda(all.filter(isOnAgenda), from, isJapaneseHoliday), from).toEqual(
        agenda(all, from, isJapaneseHoliday),
      );
    }
  });
});
