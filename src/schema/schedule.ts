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
    freq: z.enum(['weekly', 'monthly']).meta({ description: 'weekly（毎週）か monthly（毎月） / weekly or monthly' }),
    byDay: z.array(byDayToken).min(1, { error: '曜日を1つ以上書いてください / List at least one day' }).meta({
      description:
        '曜日（1つ以上）: MO TU WE TH FR SA SU。monthly では第N週も（2SA＝第2土曜、-1SA＝最終土曜）。例: [2SA, -1SA] / Days, at least one: MO to SU; monthly rules may add an ordinal (2SA = 2nd Saturday, -1SA = last Saturday)',
    }),
    interval: z
      .int({ error: wrongType('間隔は整数で書いてください / Interval must be a whole number') })
      .min(1)
      .max(12)
      .optional()
      .meta({
        description:
          '何週・何か月ごとか（1〜12）。2 = 隔週・隔月。2 以上なら startDate が必須 / Every Nth week or month (1–12), 2 = every other; 2 or more needs startDate',
      }),
    startDate: civilDateSchema.optional().meta({
      description:
        'このきまりが始まる日（YYYY-MM-DD）。interval はこの日から数える。例: 2026-04-08 / First day of the rule (YYYY-MM-DD); an interval counts from it',
    }),
    endDate: civilDateSchema.optional().meta({
      description:
        'このきまりが終わる日（YYYY-MM-DD、その日を含む）。startDate より前は不可 / Last day of the rule (YYYY-MM-DD, inclusive); not before startDate',
    }),
    byMonth: z
      .array(
        z
          .int()
          .min(1, { error: '月は 1〜12 で書いてください / Months are 1–12' })
          .max(12, { error: '月は 1〜12 で書いてください / Months are 1–12' }),
      )
      .min(1)
      .optional()
      .meta({
        description:
          '開く月（1〜12 のリスト）。書かなければ毎月。例: [4, 5, 6, 7, 9, 10] / Months the rule runs in (1–12); omit for every month',
      }),
    opens: timeSchema.meta({
      description:
        "開始時刻 HH:MM（日本時間、引用符で囲む）。例: '11:30' / Opening time as HH:MM, Japan time; quote it",
    }),
    closes: timeSchema.meta({
      description:
        "終了時刻 HH:MM。開始より後（日付はまたげない）。例: '13:30' / Closing time as HH:MM, after opens (no sessions past midnight)",
    }),
    label: oneLine(40).optional().meta({
      description:
        'この時間帯の内容（40字）。例: 学習支援 / What happens in this slot, when there are several (up to 40 characters)',
    }),
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
    date: civilDateSchema.meta({
      description:
        '臨時に開く日（YYYY-MM-DD）。closedDates にも書くと不可。例: 2026-12-23 / The extra day (YYYY-MM-DD); not also in closedDates',
    }),
    opens: timeSchema.meta({
      description: "開始時刻 HH:MM（引用符で囲む）。例: '16:00' / Opening time as HH:MM; quote it",
    }),
    closes: timeSchema.meta({
      description: "終了時刻 HH:MM（開始より後）。例: '18:00' / Closing time as HH:MM, after opens",
    }),
    note: oneLine(60).optional().meta({
      description: 'その日のひとこと（60字）。例: クリスマス会 / Short note for the day (up to 60 characters)',
    }),
  })
  .superRefine(closesAfterOpens);
export type ExtraDate = z.infer<typeof extraDateSchema>;

export const scheduleNoteSchema = note(300);
