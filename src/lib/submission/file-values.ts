/**
 * How a draft's typed text becomes a front-matter value and back: blank text
 * is no value, numbers stay text when they are not numbers (so the schema
 * names what is wrong), schedule rules in the file's own shape.
 */
import { parseByDay } from '../../core/by-day.ts';
import { asciiDigits } from '../../core/typed-text.ts';
import type { ScheduleRule } from '../../schema/schedule.ts';
import type { Weekday } from '../../schema/vocabulary.ts';
import { emptyRule, type Answer, type RuleDraft } from './draft-types.ts';

/** A number when the text is one, else the text itself, so the schema names what is wrong. */
export function numberOrText(text: string): number | string | undefined {
  const plain = asciiDigits(text).replace(/[,，円]/g, '');
  if (plain === '') return undefined;
  return /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : text;
}

export function text(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

export function time(value: string): string {
  return asciiDigits(value).replace(/^(\d):/, '0$1:');
}

export function answerOf(value: boolean | undefined): Answer {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

/** Only keys with values, so the file has no empty fields. */
export function compact<T extends Record<string, unknown>>(record: T): Partial<T> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? (out as Partial<T>) : undefined;
}

export function ruleToFrontMatter(rule: RuleDraft): Record<string, unknown> {
  const monthly = rule.pattern === 'monthly-nth';
  const byDay =
    monthly && rule.weeks.length > 0 ? rule.weeks.flatMap((w) => rule.days.map((d) => `${w}${d}`)) : [...rule.days];
  const interval = rule.pattern === 'every-other-week' ? 2 : rule.interval > 1 ? rule.interval : undefined;
  return compact({
    freq: monthly ? 'monthly' : 'weekly',
    byDay,
    interval,
    startDate: text(asciiDigits(rule.startDate)),
    endDate: text(asciiDigits(rule.endDate)),
    byMonth: rule.months.length > 0 && rule.months.length < 12 ? [...rule.months].sort((a, b) => a - b) : undefined,
    opens: time(rule.opens),
    closes: time(rule.closes),
    label: text(rule.label),
  })!;
}

/** Monthly rules mixing weeks per weekday (1SA and 3SU) become one rule per weekday: the same sessions. */
export function rulesToDrafts(rule: ScheduleRule): RuleDraft[] {
  const tokens = rule.byDay.map(parseByDay).filter((t) => t !== undefined);
  const base = {
    ...emptyRule(),
    opens: rule.opens,
    closes: rule.closes,
    startDate: rule.startDate ?? '',
    endDate: rule.endDate ?? '',
    months: rule.byMonth ? [...rule.byMonth] : [],
    interval: rule.interval ?? 1,
    label: rule.label ?? '',
  };
  if (rule.freq === 'weekly') {
    const days = tokens.map((t) => t.weekday);
    return [{ ...base, pattern: base.interval === 2 ? 'every-other-week' : 'weekly', days }];
  }
  const weeksByDay = new Map<Weekday, number[]>();
  for (const token of tokens) {
    const weeks = weeksByDay.get(token.weekday) ?? [];
    if (token.ordinal !== undefined) weeks.push(token.ordinal);
    weeksByDay.set(token.weekday, weeks);
  }
  // Weekdays sharing the same weeks stay together: 第2・第4 土・日.
  const groups = new Map<string, { weeks: number[]; days: Weekday[] }>();
  for (const [day, weeks] of weeksByDay) {
    const key = [...weeks].sort().join(',');
    const group = groups.get(key) ?? { weeks: [...weeks].sort((a, b) => (a > 0 && b > 0 ? a - b : b - a)), days: [] };
    group.days.push(day);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ ...base, pattern: 'monthly-nth', ...group }));
}

/** 「活動の記録 https://…」: the last word is the address, the words before it the label. */
export function linksOf(text: string): Array<{ label?: string; url: string }> {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*・]\s*/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.search(/\S+$/);
      const label = line.slice(0, at).trim();
      return label ? { label, url: line.slice(at) } : { url: line.slice(at) };
    });
}

export function linksText(links: ReadonlyArray<{ label: string; url: string }>): string {
  return links.map((link) => `${link.label} ${link.url}`).join('\n');
}
