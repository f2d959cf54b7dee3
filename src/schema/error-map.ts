/**
 * Turns zod issues into problems worded for volunteers. Schemas carry their own
 * messages for specific rules; this covers the generic cases (missing field,
 * wrong type, unknown field, value not in a list), and answers what people
 * actually type: the Japanese label where a code is expected (「子ども食堂」),
 * はい/いいえ for true/false, one value where a list is expected.
 */
import type { z } from 'astro/zod';
import { vocabulary } from '../i18n/ja/vocabulary.ts';
import { normalizeForMatch } from '../core/text-normalize.ts';
import { fieldPath, type Problem } from '../core/problems.ts';

const {
  allergySupport: ALLERGY_SUPPORT,
  attendanceCredit: ATTENDANCE_CREDIT,
  audience: AUDIENCE_GROUPS,
  costFor: COST_FOR,
  costPer: COST_PER,
  grade: GRADES,
  kind: KINDS,
  kindEnglish: KINDS_EN,
  precision: PRECISIONS,
  reservationMethod: RESERVATION_METHODS,
  schoolLevel: SCHOOL_LEVELS,
  service: SERVICES,
  status: STATUSES,
  verifiedBy: VERIFIED_BY,
  volunteerDirection: VOLUNTEER_DIRECTIONS,
  weekday: WEEKDAYS,
} = vocabulary;

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文字列', 'text'],
  number: ['数値', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['true か false', 'true or false'],
  array: ['リスト（「- 」で始まる行）', 'a list (lines starting with "- ")'],
  object: ['項目のまとまり（字下げした「名前: 値」）', 'a group of indented fields'],
};

function typeName(expected: string): [string, string] {
  return TYPE_NAMES[expected] ?? [expected, expected];
}

/** Every controlled vocabulary: code → the Japanese label the site shows. */
const VOCABULARIES: ReadonlyArray<Readonly<Record<string, string>>> = [
  KINDS,
  SERVICES,
  AUDIENCE_GROUPS,
  COST_FOR,
  COST_PER,
  RESERVATION_METHODS,
  ALLERGY_SUPPORT,
  ATTENDANCE_CREDIT,
  GRADES,
  VOLUNTEER_DIRECTIONS,
  STATUSES,
  VERIFIED_BY,
  PRECISIONS,
  SCHOOL_LEVELS,
  KINDS_EN,
];

/**
 * Other words people write for a code, besides its label. A word is only
 * offered for a field whose allowed values include the code, so the same
 * word may stand for different codes in different fields (なし: none, no).
 */
const OTHER_WORDS: Readonly<Record<string, readonly string[]>> = {
  'kodomo-shokudo': ['子ども食堂', '食堂'],
  ibasho: ['居場所', '子どもの居場所'],
  consultation: ['相談', '相談窓口'],
  volunteer: ['ボランティア', '担い手', '新たな担い手'],
  meal: ['食事', 'ごはん', '昼食', '夕食'],
  bento: ['弁当', 'お弁当'],
  'food-pantry': ['フードパントリー', '食品の配布'],
  study: ['学習支援', '学習', '勉強', '宿題'],
  play: ['遊び', '体験'],
  'free-space': ['自由に過ごせる場所', 'フリースペース'],
  parenting: ['子育て支援', '子育て'],
  'school-alternative': ['学校以外の学びの場'],
  'volunteer-matching': ['ボランティアの募集', 'ボランティアの紹介', 'ボランティア募集'],
  infant: ['乳幼児', '幼児', '乳児', '未就学児', '赤ちゃん'],
  elementary: ['小学生', '小学校', '小学'],
  'junior-high': ['中学生', '中学校', '中学'],
  'high-school': ['高校生', '高校'],
  guardian: ['保護者', '親'],
  everyone: ['どなたでも', 'だれでも', '誰でも', '全員', 'すべて'],
  child: ['子ども', '児童'],
  adult: ['大人'],
  visit: ['1回', '回', '1回あたり', '毎回'],
  month: ['月額', '月', '1か月', '1ヶ月', '毎月'],
  year: ['年額', '年', '1年', '毎年'],
  phone: ['電話'],
  line: ['ライン'],
  web: ['ウェブ', 'フォーム', 'ウェブフォーム'],
  email: ['メール', 'Eメール', 'e-mail'],
  'in-person': ['窓口', '直接', '来所', '対面'],
  available: ['対応あり', 'あり'],
  consult: ['要相談', '相談', '在籍校と相談'],
  none: ['対応なし', 'なし'],
  yes: ['出席扱い', '出席扱いあり', 'あり', 'はい'],
  no: ['出席扱いなし', 'なし', 'いいえ'],
  unknown: ['不明', 'わからない', '分からない'],
  offer: ['手伝えます', '申し出'],
  seek: ['手伝ってほしい', '募集'],
  active: ['開催中', '活動中', '実施中'],
  paused: ['休止中', '休止', 'お休み'],
  closed: ['終了', '閉鎖', '廃止'],
  operator: ['運営者'],
  official: ['公的な情報源', '公式'],
  unconfirmed: ['未確認'],
  exact: ['正確な場所', '正確'],
  approximate: ['おおよその場所', 'おおよそ', '地域のみ'],
  weekly: ['毎週'],
  monthly: ['毎月'],
};

/**
 * Folds a word as search does (width, kana, dashes, spaces), and 子ども・子供
 * to こども, so every way of typing a label compares equal.
 */
function foldWord(text: string): string {
  return normalizeForMatch(text)
    .replace(/子ども|子供/g, 'こども')
    .replace(/[ー_]/g, '');
}

/** The label without its explanation in brackets: 「おおよその場所（地域のみ公開）」→「おおよその場所」. */
function shortLabel(label: string): string {
  return label.replace(/[（(].*?[）)]/g, '').trim();
}

function wordsFor(code: string): string[] {
  const labels = VOCABULARIES.map((vocabulary) => vocabulary[code]).filter((l): l is string => l !== undefined);
  return [code, ...labels, ...labels.map(shortLabel), ...(OTHER_WORDS[code] ?? [])];
}

/** The allowed codes that a typed word stands for. */
function codesFor(word: string, values: readonly string[]): string[] {
  const folded = foldWord(word);
  if (folded === '') return [];
  return values.filter((code) => wordsFor(code).some((w) => foldWord(w) === folded));
}

/** Several values typed as one, with Japanese or full-width separators: 「小学生、中学生」. */
const SEPARATORS = /[、，,・／/\s\u3000]+/;

/** The codes for a typed value: one, or one per part of a value that lists several; undefined when unknown. */
function suggestCodes(input: string, values: readonly string[]): string[] | undefined {
  const whole = codesFor(input, values);
  if (whole.length > 0) return [whole[0]!];
  const parts = input.split(SEPARATORS).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > values.length) return undefined;
  const codes = parts.map((part) => codesFor(part, values)[0]);
  return codes.every((c): c is string => c !== undefined) ? codes : undefined;
}

/** The Japanese labels of exactly these values, when one vocabulary holds them all. */
function labelsOf(values: readonly string[]): Readonly<Record<string, string>> | undefined {
  return VOCABULARIES.find((vocabulary) => {
    const keys = Object.keys(vocabulary);
    return keys.length === values.length && values.every((v) => v in vocabulary);
  });
}

function oneOfMessage(values: readonly string[]): string {
  const labels = labelsOf(values);
  const ja = values.map((v) => (labels ? `${v}（${shortLabel(labels[v]!)}）` : v)).join('、');
  const en = values.join(', ');
  return `次のどれかにしてください: ${ja} / Must be one of: ${en}`;
}

function valueMessage(input: unknown, values: readonly string[], inList: boolean): string {
  if (typeof input !== 'string') return oneOfMessage(values);
  const codes = suggestCodes(input, values);
  if (!codes) return oneOfMessage(values);
  if (codes.length === 1) {
    return `「${input}」は ${codes[0]} と書いてください / Write ${codes[0]} for ${input}`;
  }
  const list = `[${codes.join(', ')}]`;
  if (!inList) {
    return `ここには1つだけ書けます。「${input}」は ${codes.join('・')} のどれかにしてください / Only one value fits here; for ${input} choose one of ${codes.join(', ')}`;
  }
  return `「${input}」は ${codes.length} つに分けて ${list} と書いてください（区切りは半角の「,」）/ Write ${input} as ${codes.length} values: ${list} (separated by half-width commas)`;
}

const TRUE_WORDS = ['はい', 'yes', 'y', 'あり', 'ある', '有', '可', 'する', 'ok', '〇', '○', 'true'];
const FALSE_WORDS = ['いいえ', 'no', 'n', 'なし', 'ない', '無', '不可', 'しない', '×', 'false'];

function booleanMessage(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const folded = foldWord(input);
  const value = TRUE_WORDS.some((w) => foldWord(w) === folded)
    ? 'true'
    : FALSE_WORDS.some((w) => foldWord(w) === folded)
      ? 'false'
      : undefined;
  if (!value) return undefined;
  if (input.trim() === value) {
    return `${value} は引用符を付けずに書いてください / Write ${value} without quotes`;
  }
  return `「${input}」は ${value} と書いてください（はい = true、いいえ = false）/ Write ${value} for ${input} (yes = true, no = false)`;
}

const WEEKDAY_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(WEEKDAYS).map(([code, label]) => [label, code]),
);
const ENGLISH_DAYS: Readonly<Record<string, string>> = {
  mo: 'MO',
  mon: 'MO',
  monday: 'MO',
  tu: 'TU',
  tue: 'TU',
  tues: 'TU',
  tuesday: 'TU',
  we: 'WE',
  wed: 'WE',
  wednesday: 'WE',
  th: 'TH',
  thu: 'TH',
  thur: 'TH',
  thurs: 'TH',
  thursday: 'TH',
  fr: 'FR',
  fri: 'FR',
  friday: 'FR',
  sa: 'SA',
  sat: 'SA',
  saturday: 'SA',
  su: 'SU',
  sun: 'SU',
  sunday: 'SU',
};

/** One day typed in Japanese or English (土・土曜日・第2土曜・最終土曜・sat・2sa) as a byDay token. */
function byDayToken(word: string): string | undefined {
  const text = word.normalize('NFKC').trim().replace(/\s+/g, '');
  const japanese = /^(?:毎週)?(?:第([1-5])|最終)?([月火水木金土日])(?:曜日?)?$/.exec(text);
  if (japanese) {
    const ordinal = japanese[1] ?? (text.includes('最終') ? '-1' : '');
    return `${ordinal}${WEEKDAY_CODES[japanese[2]!]}`;
  }
  const english = /^(-?[1-5])?([a-z]+)$/i.exec(text);
  const day = english ? ENGLISH_DAYS[english[2]!.toLowerCase()] : undefined;
  return day ? `${english![1] ?? ''}${day}` : undefined;
}

/**
 * For a `byDay` entry that is not a token: the token(s) for what was typed,
 * 「土曜日」→ SA, 「第2土曜」→ 2SA, 「土日」→ SA, SU.
 */
export function byDayHint(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const one = byDayToken(input);
  const parts = one ? [one] : input.normalize('NFKC').split(/[、,・/\s]+|(?<=[月火水木金土日])(?=[月火水木金土日])/u);
  const tokens = parts.map((p) => (p === one ? p : byDayToken(p)));
  if (tokens.length === 0 || !tokens.every((t): t is string => t !== undefined)) return undefined;
  if (tokens.length === 1) return `「${input}」は ${tokens[0]} と書いてください / Write ${tokens[0]} for ${input}`;
  const list = `[${tokens.join(', ')}]`;
  return `「${input}」は ${tokens.length} つに分けて ${list} と書いてください（区切りは半角の「,」）/ Write ${input} as ${tokens.length} values: ${list} (separated by half-width commas)`;
}

type SchemaDef = { type: string; element?: { _zod: { def: SchemaDef } }; entries?: Record<string, unknown> };

/** One value where a list is expected: say how the list is written, with codes when the list takes a vocabulary. */
function listMessage(input: unknown, inst: unknown, key: PropertyKey | undefined): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const text = String(input).trim();
  if (text === '' || text.length > 60) return undefined;
  const def = (inst as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
  const element = def?.type === 'array' ? def.element?._zod.def : undefined;
  let items: string[];
  if (element?.type === 'enum' && element.entries) {
    const values = Object.values(element.entries).map(String);
    const codes = typeof input === 'string' ? suggestCodes(text, values) : undefined;
    items = codes ?? (values.includes(text) ? [text] : []);
    if (items.length === 0) return undefined;
  } else {
    items = text.split(SEPARATORS).filter((p) => p !== '');
  }
  const name = typeof key === 'string' ? `${key}: ` : '';
  const list = `${name}[${items.join(', ')}]`;
  if (items.length > 1) return `リストで書いてください（例 ${list}）/ Write a list: ${list}`;
  return `リストで書いてください。1つだけでも [ ] で囲みます（例 ${list}）/ Write a list, in [ ] even for one value: ${list}`;
}

/** Per-parse error map: used only where a schema gave no message of its own. */
export const volunteerErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必須の項目がありません / This field is required';
      const hint =
        issue.expected === 'boolean'
          ? booleanMessage(issue.input)
          : issue.expected === 'array'
            ? listMessage(issue.input, issue.inst, issue.path?.at(-1))
            : undefined;
      if (hint) return hint;
      const [ja, en] = typeName(issue.expected);
      return `${ja}で書いてください / Expected ${en}`;
    }
    case 'invalid_value': {
      if (issue.input === undefined) return '必須の項目がありません / This field is required';
      const values = issue.values.map(String);
      return valueMessage(issue.input, values, typeof issue.path?.at(-1) === 'number');
    }
    case 'too_small':
      if (issue.origin === 'array')
        return `${String(issue.minimum)} 個以上書いてください / List at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return '空欄にはできません / This cannot be empty';
      return `${String(issue.minimum)} 以上にしてください / Must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `${String(issue.maximum)} 個以内にしてください / List at most ${String(issue.maximum)}`;
      if (issue.origin === 'string')
        return `${String(issue.maximum)} 文字以内にしてください / At most ${String(issue.maximum)} characters`;
      return `${String(issue.maximum)} 以下にしてください / Must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
};

/** Edit distance, for "did you mean" on misspelt field names. */
function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

type AnySchema = z.core.$ZodType;

/** Follows a path through objects, arrays and optionals to the keys an object accepts. */
function knownKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  let node: AnySchema | undefined = schema;
  const unwrap = (n: AnySchema): AnySchema => {
    let current = n;
    for (;;) {
      const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
      if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
        current = def.innerType;
      else if (def.type === 'pipe' && def.in) current = def.in;
      else return current;
    }
  };
  for (const segment of path) {
    if (!node) return [];
    node = unwrap(node);
    const def = node._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof segment === 'string') node = def.shape?.[segment];
    else if (def.type === 'array') node = def.element;
    else return [];
  }
  if (!node) return [];
  const def = unwrap(node)._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function suggestion(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/**
 * An unknown field name that is a known one typed on a Japanese keyboard:
 * `{ for：child }` reads as one key "for：child", a full-width space before
 * a key becomes part of it, full-width letters are other characters.
 */
function keyboardKeyMessage(key: string, known: readonly string[]): string | undefined {
  const colon = key.indexOf('：');
  if (colon > 0) {
    const fixed = `${key.slice(0, colon).trim()}: ${key.slice(colon + 1).replace(/^[\s\u3000]+/, '')}`.trim();
    return `不明な項目です。全角のコロン「：」が入っています。半角のコロンと半角スペースで「${fixed}」のように書いてください / Unknown field: it contains a full-width colon (：); write a half-width colon and a space: ${fixed}`;
  }
  const trimmed = key.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (trimmed !== key && trimmed !== '') {
    return `不明な項目です。項目名「${trimmed}」の前後に全角スペースかタブがあります。字下げは半角スペースにしてください / Unknown field: full-width spaces or tabs around the field name ${trimmed}; indent with half-width spaces`;
  }
  const narrow = key.normalize('NFKC');
  if (narrow !== key && known.includes(narrow)) {
    return `不明な項目です。項目名が全角の文字で書かれています。半角で ${narrow} と書いてください / Unknown field: the name is typed in full-width characters; write ${narrow}`;
  }
  return undefined;
}

export function issuesToProblems(file: string, schema: AnySchema, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const hint = suggestion(key, known);
        problems.push({
          file,
          field: fieldPath([...issue.path, key]),
          message:
            keyboardKeyMessage(key, known) ??
            (hint
              ? `不明な項目です。${hint} の書き間違いではありませんか / Unknown field; did you mean ${hint}?`
              : `不明な項目です（使える項目: ${known.join(', ')}）/ Unknown field (allowed: ${known.join(', ')})`),
          severity: 'error',
        });
      }
      continue;
    }
    problems.push({ file, field: fieldPath(issue.path), message: issue.message, severity: 'error' });
  }
  return problems;
}
