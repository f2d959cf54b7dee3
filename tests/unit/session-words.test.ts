import { describe, expect, it } from 'vitest';
import { BADGE_TEXT, dayBadge, tokyoTimeOfDay } from '../../src/lib/schedule/session-words.ts';
import type { Session } from '../../src/lib/schedule/expand.ts';

const session = (date: string, opens: string, closes: string): Session => ({ date, opens, closes });

describe('the time of day in Tokyo', () => {
  it.each([
    ['2026-12-12T14:00:00+09:00', '14:00'],
    ['2026-12-12T04:59:00Z', '13:59'],
    ['2026-12-31T08:05:00-08:00', '01:05'], // already the next day in Tokyo
    ['2026-12-11T15:00:00Z', '00:00'],
  ])('%s → %s', (instant, expected) => {
    expect(tokyoTimeOfDay(new Date(instant))).toBe(expected);
  });
});

describe('today’s badge', () => {
  const today = '2026-12-12'; // a Saturday
  const lunch = session(today, '11:00', '14:00');

  it('says 本日開催 until the session closes, then that it is over', () => {
    expect(dayBadge([lunch], today, '09:00')).toBe('today');
    expect(dayBadge([lunch], today, '13:59')).toBe('today');
    expect(dayBadge([lunch], today, '14:00')).toBe('today-ended');
    expect(dayBadge([lunch], today, '20:00')).toBe('today-ended');
    expect(BADGE_TEXT['today-ended']).toBe('本日は終了しました');
  });

  it('waits for the last of several sessions today', () => {
    const evening = session(today, '17:00', '19:00');
    expect(dayBadge([lunch, evening], today, '15:00')).toBe('today');
    expect(dayBadge([lunch, evening], today, '19:00')).toBe('today-ended');
  });

  it('without a time of day (at build time) cannot know, and says 本日開催', () => {
    expect(dayBadge([lunch], today)).toBe('today');
  });

  it('says 今週開催 for a session later this week, and nothing after Sunday', () => {
    expect(dayBadge([session('2026-12-13', '10:00', '12:00')], today, '20:00')).toBe('this-week');
    expect(dayBadge([session('2026-12-14', '10:00', '12:00')], today, '20:00')).toBeUndefined();
  });
});
