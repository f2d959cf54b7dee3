/**
 * Opening rules, modelled on RFC 5545 recurrence: weekly or monthly, `byDay`
 * tokens with an optional ordinal (`2SA` = 2nd Saturday, `-1SA` = last), an
 * `interval` counted from `startDate`, and times in Asia/Tokyo.
 */
import { z } from 'astro/zod';
import { minutesOf } from '../core/civil-date.ts';
import { civilDateSchema, note, oneLine, timeSchema, wrongType } from './primitives.ts';
import { byDayHint } from './error-map.ts';
import { WEEKDAY_VALUES } from './vocabulary.ts';

export { BY_DAY_PATTERN, parseByDay, type ByDay } from '../core/by-day.ts';
import { BY_DAY_PATTERN, parseByDay } from '../core/by-day.ts';

const byDayToken = z
  .string({
    error: wrongType('曜日は "SA" や "2SA" のような文字列で書いてください / Write days as text such as "SA" or "2SA"'),
  })
  .regex(BY_DAY_PATTERN, {
    error: (issue) =>
      byDayHint(issue.input) ??
      `曜日は ${WEEKDAY_VALUES.join('・')} に、必要なら第N週（2SA＝第2土曜、-1SA＝最終土曜）を付けて書いてください / Use ${WEEKDAY_VALUES.join(', ')}, optionally with an ordinal (2SA = 2nd Saturday, -1SA = last Saturday)`,
  });

function closesAfterOpens(value: { opens: string; closes: string }, ctx: z.RefinementCtx) {
  if (minutesOf(value.closes) <= minutesOf(value.opens)) {
    ctx.addIssue({
      code: 'custom',
      path: ['closes'],
      message:
        '終了時刻は開始時刻より後にしてください（日付をまたぐ時間帯は登録できません）/ Closing time must be after opening time (sessions cannot run past midnight)',
    });
  }
}

export const scheduleRuleSchema = z
  .strictObject({
    /** `weekly` or `monthly`. */
    freq: z.enum(['weekly', 'monthly']),
    /** Days the rule falls on: `SA`, or for monthly rules `2SA`, `-1SA`. */
    byDay: z.array(byDayToken).min(1, { error: '曜日を1つ以上書いてください / List at least one day' }),
    /** Every Nth week or month (2 = every other). Needs `startDate`. */
    interval: z
      .int({ error: wrongType('間隔は整数で書いてください / Interval must be a whole number') })
      .min(1)
      .max(12)
      .optional(),
    /** The first date the rule applies from; the date an `interval` counts from. */
    startDate: civilDateSchema.optional(),
    /** The last date the rule applies (inclusive). */
    endDate: civilDateSchema.optional(),
    /** Months the rule runs in (1–12); omit for every month. */
    byMonth: z
      .array(
        z
          .int()
          .min(1, { error: '月は 1〜12 で書いてください / Months are 1–12' })
          .max(12, { error: '月は 1〜12 で書いてください / Months are 1–12' }),
      )
      .min(1)
      .optional(),
    opens: timeSchema,
    closes: timeSchema,
    /** What happens in this slot, when a listing has several (「学習支援」). */
    label: oneLine(40).optional(),
  })
  .superRefine((rule, ctx) => {
    closesAfterOpens(rule, ctx);
    rule.byDay.forEach((token, index) => {
      const parsed = parseByDay(token);
      if (parsed?.ordinal !== undefined && rule.freq === 'weekly') {
        ctx.addIssue({
          code: 'custom',
          path: ['byDay', index],
          message:
            '第N曜日（2SA など）は freq: monthly のときだけ使えます / Ordinal days such as 2SA need freq: monthly',
        });
      }
    });
    if (rule.interval !== undefined && rule.interval > 1 && rule.startDate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['startDate'],
        message:
          '隔週・隔月（interval）は、数え始める日を startDate に書いてください / An interval needs the startDate it counts from',
      });
    }
    if (rule.startDate && rule.endDate && rule.endDate < rule.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: '終了日が開始日より前です / endDate is before startDate',
      });
    }
  });
export type ScheduleRule = z.infer<typeof scheduleRuleSchema>;

export const extraDateSchema = z
  .strictObject({
    date: civilDateSchema,
    opens: timeSchema,
    closes: timeSchema,
    note: oneLine(60).optional(),
  })
  .superRefine(closesAfterOpens);
export type ExtraDate = z.infer<typeof extraDateSchema>;

export const scheduleNoteSchema = note(300);
