/**
 * One-line text forms of schedule rules, extra dates and prices, for the
 * issue form: people can type them by hand, and the web form writes them so
 * that the issue script reads back exactly what was built.
 *
 *   毎週 土 11:00-14:00
 *   隔週 水 15:00-17:00 開始 2026-04-01
 *   毎月 第2・第4 土 11:00-14:00 「学習支援」
 *   毎月 最終 金 18:00-20:00 対象月 4・5・6 終了 2027-03-31
 *   2026-12-26 10:00-12:00 クリスマス会          (extra date)
 *   子ども 0円 「高校生まで」 / 大人 300円 / どなたでも 3000円/月   (prices)
 */
import { WEEKDAY_VALUES, type CostFor, type CostPer, type Weekday } from '../../schema/vocabulary.ts';
import { vocabulary } from '../../i18n/ja/vocabulary.ts';
import { emptyCost, emptyRule, type CostRowDraft, type ExtraDateDraft, type RuleDraft } from './draft-types.ts';
import { asciiDigits, yenText } from '../../core/typed-text.ts';

const { costFor: COST_FOR, weekday: WEEKDAYS } = vocabulary;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const JA_TO_WEEKDAY = Object.fromEntries(Object.entries(WEEKDAYS).map(([code, ja]) => [ja, code])) as Record<
  string,
  Weekday
>;

function weekWord(week: number): string {
  return week === -1 ? '最終' : `第${week}`;
}

export function formatRuleLine(rule: RuleDraft): string {
  const parts: string[] = [];
  if (rule.pattern === 'monthly-nth') {
    parts.push(rule.interval === 2 ? '隔月' : rule.interval > 2 ? `${rule.interval}か月ごと` : '毎月');
    if (rule.weeks.length > 0) parts.push(rule.weeks.map(weekWord).join('・'));
  } else if (rule.pattern === 'every-other-week') {
    parts.push('隔週');
  } else {
    parts.push(rule.interval > 1 ? `${rule.interval}週ごと` : '毎週');
  }
  const days = [...rule.days].sort((a, b) => WEEKDAY_VALUES.indexOf(a) - WEEKDAY_VALUES.indexOf(b));
  parts.push(days.map((d) => WEEKDAYS[d]).join('・') || '?');
  parts.push(`${rule.opens || '?'}-${rule.closes || '?'}`);
  if (rule.startDate) parts.push(`開始 ${rule.startDate}`);
  if (rule.endDate) parts.push(`終了 ${rule.endDate}`);
  if (rule.months.length > 0 && rule.months.length < 12) parts.push(`対象月 ${rule.months.join('・')}`);
  if (rule.label) parts.push(`「${rule.label}」`);
  return parts.join(' ');
}

const RULE_HELP =
  '「毎週 土 11:00-14:00」「隔週 水 15:00-17:00 開始 2026-04-01」「毎月 第2・第4 土 11:00-14:00」「毎月 最終 金 18:00-20:00」の形で書いてください / Write e.g. "毎週 土 11:00-14:00"';

function splitList(text: string): string[] {
  return text
    .split(/[・,、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseRuleLine(input: string): Parsed<RuleDraft> {
  const rule = emptyRule();
  // Quoted label first: it may contain spaces.
  let line = input.replace(/「([^」]*)」/, (_, label: string) => {
    rule.label = label.trim();
    return ' ';
  });
  line = asciiDigits(line)
    .replace(/[〜～~–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = line.split(' ');
  const head = tokens.shift() ?? '';
  let match: RegExpExecArray | null;
  if (head === '毎週') rule.pattern = 'weekly';
  else if (head === '隔週') rule.pattern = 'every-other-week';
  else if ((match = /^(\d+)週ごと$/.exec(head))) {
    rule.pattern = 'weekly';
    rule.interval = Number(match[1]);
  } else if (head === '毎月' || head === '隔月' || (match = /^(\d+)か月ごと$/.exec(head))) {
    rule.pattern = 'monthly-nth';
    rule.interval = head === '隔月' ? 2 : match ? Number(match[1]) : 1;
  } else {
    return {
      ok: false,
      message: `「${head}」は「毎週・隔週・毎月」などで始めてください / Start with 毎週, 隔週 or 毎月. ${RULE_HELP}`,
    };
  }
  if (rule.pattern === 'monthly-nth' && tokens[0] && /^(第\d|最終)/.test(tokens[0])) {
    for (const word of splitList(tokens.shift()!)) {
      const week = word === '最終' ? -1 : /^第([1-5])$/.exec(word)?.[1];
      if (week === undefined)
        return { ok: false, message: `「${word}」は 第1〜第5 か 最終 にしてください / Use 第1–第5 or 最終` };
      rule.weeks.push(Number(week));
    }
  }
  const dayToken = tokens.shift() ?? '';
  for (const word of splitList(dayToken)) {
    const day = JA_TO_WEEKDAY[word.replace(/曜日?$/, '')];
    if (!day)
      return {
        ok: false,
        message: `「${word}」は曜日（月・火・水・木・金・土・日）ではありません / Not a weekday. ${RULE_HELP}`,
      };
    rule.days.push(day);
  }
  const times = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(tokens.shift() ?? '');
  if (!times)
    return {
      ok: false,
      message: `時間を「11:00-14:00」の形で書いてください / Write the times as 11:00-14:00. ${RULE_HELP}`,
    };
  rule.opens = times[1]!.padStart(5, '0');
  rule.closes = times[2]!.padStart(5, '0');
  while (tokens.length > 0) {
    const key = tokens.shift()!;
    const value = tokens.shift() ?? '';
    if (key === '開始') rule.startDate = value;
    else if (key === '終了') rule.endDate = value;
    else if (key === '対象月') rule.months = splitList(value.replace(/月/g, '')).map(Number);
    else
      return {
        ok: false,
        message: `「${key}」は読み取れません（開始・終了・対象月 が使えます）/ Unknown word; use 開始, 終了 or 対象月`,
      };
  }
  return { ok: true, value: rule };
}

export function formatExtraDateLine(extra: ExtraDateDraft): string {
  return [extra.date, `${extra.opens}-${extra.closes}`, extra.note].filter(Boolean).join(' ');
}

export function parseExtraDateLine(input: string): Parsed<ExtraDateDraft> {
  const [date = '', range = '', ...note] = asciiDigits(input)
    .replace(/[〜～~–—]/g, '-')
    .split(/\s+/);
  const times = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(range);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !times) {
    return {
      ok: false,
      message:
        '臨時の開催日は「2026-12-26 10:00-12:00 メモ」の形で書いてください / Write extra dates as "2026-12-26 10:00-12:00 note"',
    };
  }
  return {
    ok: true,
    value: { date, opens: times[1]!.padStart(5, '0'), closes: times[2]!.padStart(5, '0'), note: note.join(' ') },
  };
}

const FOR_BY_LABEL = Object.fromEntries(Object.entries(COST_FOR).map(([value, label]) => [label, value])) as Record<
  string,
  CostFor
>;
const PER_SUFFIX: Record<CostPer, string> = { visit: '', month: '/月', year: '/年' };

export function formatCostLine(row: CostRowDraft): string {
  const label = row.label ? ` 「${row.label}」` : '';
  return `${COST_FOR[row.for]} ${yenText(row.yen)}円${PER_SUFFIX[row.per]}${label}`;
}

export function parseCostLine(input: string): Parsed<CostRowDraft> {
  const row = emptyCost();
  const line = input
    .replace(/「([^」]*)」/, (_, label: string) => {
      row.label = label.trim();
      return ' ';
    })
    .trim();
  const match = /^(\S+)\s+([0-9０-９,，]+)\s*円\s*(?:[/／]\s*(月|年|1回))?$/.exec(line.trim());
  const forValue = match
    ? (FOR_BY_LABEL[match[1]!] ?? (match[1]! in COST_FOR ? (match[1] as CostFor) : undefined))
    : undefined;
  if (!match || !forValue) {
    return {
      ok: false,
      message: `料金は「子ども 0円」「大人 300円」「どなたでも 3000円/月」の形で、対象は ${Object.values(COST_FOR).join('・')} から書いてください / Write prices like "子ども 0円"`,
    };
  }
  row.for = forValue;
  row.yen = asciiDigits(match[2]!).replace(/[,，]/g, '');
  row.per = match[3] === '月' ? 'month' : match[3] === '年' ? 'year' : 'visit';
  return { ok: true, value: row };
}
