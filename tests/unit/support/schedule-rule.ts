import type { ScheduleRule } from '../../../src/schema/schedule.ts';

/** A monthly 2nd-Saturday 11:00–14:00 rule, with the fields a test cares about changed. */
export const rule = (overrides: Partial<ScheduleRule>): ScheduleRule => ({
  freq: 'monthly',
  byDay: ['2SA'],
  opens: '11:00',
  closes: '14:00',
  ...overrides,
});
