import { describe, expect, it } from 'vitest';
import { ruleSchedules, serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('schema.org Schedule', () => {
  it('expresses 第2・第4土曜 with byDay and byMonthWeek', () => {
    expect(
      ruleSchedules({ freq: 'monthly', byDay: ['4SA', '2SA'], opens: '11:00', closes: '14:00' }, ['2026-12-26']),
    ).toEqual([
      {
        '@type': 'Schedule',
        repeatFrequency: 'P1M',
        byDay: 'https://schema.org/Saturday',
        byMonthWeek: [2, 4],
        startTime: '11:00',
        endTime: '14:00',
        scheduleTimezone: 'Asia/Tokyo',
        exceptDate: ['2026-12-26'],
      },
    ]);
  });

  it('gives every other week as P2W from its start date, one Schedule per weekday', () => {
    const schedules = ruleSchedules(
      { freq: 'weekly', byDay: ['WE', 'FR'], interval: 2, startDate: '2026-04-01', opens: '16:00', closes: '18:00' },
      [],
    );
    expect(schedules.map((s) => [s.byDay, s.repeatFrequency, s.startDate])).toEqual([
      ['https://schema.org/Wednesday', 'P2W', '2026-04-01'],
      ['https://schema.org/Friday', 'P2W', '2026-04-01'],
    ]);
  });

  it('leaves out byMonthWeek for the last week, which schema.org cannot say', () => {
    const [schedule] = ruleSchedules({ freq: 'monthly', byDay: ['-1SA'], opens: '11:00', closes: '13:00' }, []);
    expect(schedule).not.toHaveProperty('byMonthWeek');
    expect(schedule!.repeatFrequency).toBe('P1M');
  });
});

describe('serialising JSON-LD', () => {
  it('cannot close its script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>&\u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>&\u2028' });
  });
});
