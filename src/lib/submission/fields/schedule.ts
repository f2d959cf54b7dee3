/** The catalogue's fields of the step 「開く日」 (schedule). */
import { asciiDigits } from '../../../core/typed-text.ts';
import { emptyRule, linesOf } from '../draft-types.ts';
import { compact, ruleToFrontMatter, rulesToDrafts, text, time } from '../file-values.ts';
import { formatExtraDateLine, formatRuleLine, parseExtraDateLine, parseRuleLine } from '../text-formats.ts';
import { field, linesIssue, type FieldSpec } from './field.ts';

export const SCHEDULE_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'scheduleType',
    step: 'schedule',
    label: 'scheduleType',
    kind: 'choice',
    empty: 'rules',
    formOnly: 'irregular places have no rules, only a schedule note',
    fromFile: (fm) => (fm.schedule && fm.schedule.length > 0 ? 'rules' : fm.scheduleNote ? 'irregular' : 'rules'),
    issue: { in: 'schedule' },
  }),
  field({
    key: 'rules',
    step: 'schedule',
    label: 'rules',
    kind: 'rich',
    empty: [emptyRule()],
    path: 'schedule',
    items: {
      list: 'rules',
      self: 'scheduleType',
      whole: 'days',
      keys: {
        freq: 'pattern',
        byDay: 'days',
        interval: 'pattern',
        startDate: 'startDate',
        endDate: 'endDate',
        byMonth: 'months',
        opens: 'opens',
        closes: 'closes',
        label: 'label',
      },
    },
    toFile: (draft) => (draft.scheduleType === 'rules' ? draft.rules.map(ruleToFrontMatter) : []),
    fromFile: (fm) => (fm.schedule && fm.schedule.length > 0 ? fm.schedule.flatMap(rulesToDrafts) : [emptyRule()]),
    issue: {
      id: 'schedule',
      heading: '開催日 / Schedule',
      description:
        '1行に1つ: 「毎週 土 11:00-14:00」「隔週 水 15:00-17:00 開始 2026-04-01」「毎月 第2・第4 土 11:00-14:00」「毎月 最終 金 18:00-20:00」。不定期なら空欄にして、下の「日程の補足」に書いてください',
      ...linesIssue(
        (d) => (d.scheduleType === 'rules' ? d.rules : []),
        (d, rules) => {
          d.rules = rules;
          d.scheduleType = rules.length > 0 ? 'rules' : 'irregular';
        },
        formatRuleLine,
        parseRuleLine,
      ),
    },
  }),
  field({
    key: 'closedOnHolidays',
    step: 'schedule',
    label: 'closedOnHolidays',
    kind: 'flag',
    empty: false,
    path: 'closedOnHolidays',
    toFile: (draft) => (draft.scheduleType === 'rules' && draft.closedOnHolidays ? true : undefined),
    issue: {
      id: 'closed-on-holidays',
      heading: '祝日 / Holidays',
      description: '祝日と重なった日',
      words: { yes: '祝日は休み', no: '祝日も開く' },
    },
  }),
  field({
    key: 'scheduleNote',
    step: 'schedule',
    label: 'scheduleNote',
    kind: 'text',
    empty: '',
    path: 'scheduleNote',
    issue: {
      id: 'schedule-note',
      heading: '日程の補足 / Schedule note',
      description: '不定期の説明や、決まりで書けないこと（例: 夏休みは毎週）',
      type: 'textarea',
    },
  }),
  field({
    key: 'closedDates',
    step: 'schedule',
    label: 'closedDates',
    kind: 'rich',
    empty: [],
    path: 'closedDates',
    items: { list: 'closedDates', indexed: true },
    toFile: (draft) => draft.closedDates.map(asciiDigits).filter((d) => d !== ''),
    fromFile: (fm) => [...(fm.closedDates ?? [])],
    issue: {
      id: 'closed-dates',
      heading: '休みの日 / Closed dates',
      description: '決まった日のうち休む日。1行に1日（例: 2026-12-26）',
      type: 'textarea',
      write: (draft) => draft.closedDates.join('\n'),
      read: (text, draft) => {
        draft.closedDates = linesOf(text);
        return undefined;
      },
    },
  }),
  field({
    key: 'extraDates',
    step: 'schedule',
    label: 'extraDates',
    kind: 'rich',
    empty: [],
    path: 'extraDates',
    items: { list: 'extraDates', whole: 'date', same: ['date', 'opens', 'closes', 'note'] },
    toFile: (draft) =>
      draft.extraDates.map((extra) =>
        compact({
          date: asciiDigits(extra.date),
          opens: time(extra.opens),
          closes: time(extra.closes),
          note: text(extra.note),
        }),
      ),
    fromFile: (fm) =>
      (fm.extraDates ?? []).map((e) => ({ date: e.date, opens: e.opens, closes: e.closes, note: e.note ?? '' })),
    issue: {
      id: 'extra-dates',
      heading: '臨時の開催日 / Extra dates',
      description: '1行に1日: 「2026-12-26 10:00-12:00 クリスマス会」',
      ...linesIssue(
        (d) => d.extraDates,
        (d, v) => (d.extraDates = v),
        formatExtraDateLine,
        parseExtraDateLine,
      ),
    },
  }),
];
