/**
 * A ward's list as it arrives, for `npm run bench` to time the import: a
 * Shift_JIS (CP932) CSV in the old 推奨データセット 公共施設一覧 layout or the
 * 子育て施設一覧 正式版, with what real files have — full-width digits,
 * half-width katakana readings, times typed as ９：３０ or 9時半, 月・水・金,
 * schedules in words, phones like (072)000-1234, 令和 dates, line breaks
 * inside cells — and a few bad rows, one of each kind the import reports.
 * Seeded, so every run reads the same bytes.
 */
import { PRESCHOOL_COLUMNS, PUBLIC_FACILITY_V1_COLUMNS } from '../src/lib/import/layouts.ts';

/** A deterministic pseudo-random sequence (a linear congruential generator), in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

let shiftJisTable: Map<string, number[]> | undefined;

/**
 * Text as CP932 bytes, from the inverse of the WHATWG decoder (TextEncoder
 * writes only UTF-8). A character CP932 cannot hold throws: the table must be
 * bytes a Japanese Excel could have saved.
 */
export function shiftJis(text: string): Uint8Array {
  if (!shiftJisTable) {
    const decoder = new TextDecoder('shift_jis');
    shiftJisTable = new Map();
    for (let lead = 0x81; lead <= 0xfc; lead += 1) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail += 1) {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !shiftJisTable.has(ch)) shiftJisTable.set(ch, [lead, trail]);
      }
    }
    for (let byte = 0xa1; byte <= 0xdf; byte += 1) shiftJisTable.set(decoder.decode(new Uint8Array([byte])), [byte]);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = shiftJisTable.get(ch);
      if (!encoded) throw new Error(`「${ch}」 (U+${code.toString(16)}) has no CP932 code`);
      bytes.push(...encoded);
    }
  }
  return new Uint8Array(bytes);
}

/** Full-width katakana → half-width (ｶﾞ for ガ), as old office systems write readings. */
function halfWidthKana(text: string): string {
  const map = new Map<string, string>();
  for (let code = 0xff61; code <= 0xff9f; code += 1) {
    const half = String.fromCharCode(code);
    map.set(half.normalize('NFKC'), half);
  }
  map.set('\u3099', '\uff9e');
  map.set('\u309a', '\uff9f');
  return [...text.normalize('NFD')].map((ch) => map.get(ch) ?? ch).join('');
}

function fullWidthDigits(text: string): string {
  return text.replace(/[0-9:.-]/g, (ch) =>
    ch === ':' ? '：' : ch === '.' ? '．' : ch === '-' ? '－' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
  );
}

/** A number spelt in katakana, one kana per digit, so every reading is kana only and unique. */
function kanaNumber(n: number): string {
  return [...String(n)].map((d) => 'ゼイニサヨゴロナハク'[Number(d)]).join('');
}

const PLACES = [
  ['鳳', 'オオトリ', '鳳東町'],
  ['浜寺', 'ハマデラ', '浜寺石津町中'],
  ['津久野', 'ツクノ', '津久野町'],
  ['上野芝', 'ウエノシバ', '上野芝町'],
  ['草部', 'クサベ', '草部'],
  ['家原寺', 'エバラジ', '家原寺町'],
] as const;

const KINDS = [
  ['子ども食堂', 'ショクドウ'],
  ['こども食堂', 'ショクドウ'],
  ['フリースクール', 'ガクエン'],
  ['居場所', 'ヒロバ'],
  ['相談窓口', 'ソウダン'],
  ['子供食堂', 'ショクドウ'],
] as const;

/** Opening and closing times as people type them, each pair in order. */
const TIMES = [
  ['９：３０', '12時'],
  ['9時半', '11時半'],
  ['10:00', '15:00'],
  ['１１時', '１４：００'],
  ['15:30', '18時'],
  ['17時', '19:30'],
] as const;

const WEEKDAYS = ['月・水・金', '月水金', '土', '火木', '水', '月～金'] as const;

/** Schedules in words, for rows without 利用可能曜日: rules where they say one thing, notes where not. */
const SCHEDULE_WORDS = [
  '毎月第2・第4土曜日',
  '毎週土曜日',
  '第1土曜日',
  '毎月最終日曜日（8月は休み）',
  '隔週水曜日',
  '不定期（LINEでお知らせします）',
] as const;

const PHONES = ['(072)000-{n}', '０７２－０００－{n}', '072-000-{n}', '072000{n}'] as const;

const AUDIENCES = ['小学生・中学生', 'どなたでも', '乳幼児と保護者', '中学生・高校生', ''] as const;

export type MessyLayout = 'old' | 'official';

/** Why a bad row needs attention; one of each in turn. */
export const BAD_ROWS = ['no name', 'outside the region', 'no point', 'closing before opening', 'bad phone'] as const;

export interface MessyTable {
  /** The file's bytes: CP932, CRLF, fields quoted where they must be. */
  readonly bytes: Uint8Array;
  /** The data rows (the file has a title row and a header row above them). */
  readonly rows: number;
  /** Spreadsheet row numbers of the bad rows, and why each is bad. */
  readonly bad: ReadonlyArray<{ row: number; reason: (typeof BAD_ROWS)[number] | 'unknown 種別' }>;
}

export interface MessyOptions {
  readonly rows: number;
  readonly layout: MessyLayout;
  readonly bounds: { south: number; west: number; north: number; east: number };
  readonly seed?: number;
  /** One row in this many is bad. */
  readonly badEvery?: number;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The generated table. The old layout has no 種別 (import it with `--kind
 * kodomo-shokudo`); the 正式版 has one, with the free terms wards use, and
 * one more bad row kind: a 種別 the import does not know.
 */
export function messyTable(options: MessyOptions): MessyTable {
  const { rows, layout, bounds } = options;
  const next = random(options.seed ?? 20260401);
  const badEvery = options.badEvery ?? 97;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const columns: readonly string[] = layout === 'old' ? PUBLIC_FACILITY_V1_COLUMNS : PRESCHOOL_COLUMNS;
  const badReasons = layout === 'official' ? [...BAD_ROWS, 'unknown 種別' as const] : BAD_ROWS;
  const bad: Array<MessyTable['bad'][number]> = [];
  const lines: string[] = [
    ['西区 こどもの居場所一覧（令和8年4月1日現在）', ...columns.slice(1).map(() => '')].join(','),
    columns.join(','),
  ];
  for (let i = 0; i < rows; i += 1) {
    const row = i + 3;
    const [town, townKana, street] = pick(PLACES);
    const [kindTerm, kindKana] = layout === 'official' ? pick(KINDS) : KINDS[0];
    const name = `${town}みんなの${kindTerm.replace(/子ども|こども|子供/, '')}${next() < 0.5 ? fullWidthDigits(String(i + 1)) : i + 1}`;
    const kanaFull = `${townKana} ミンナノ ${kindKana} ${kanaNumber(i + 1)}`;
    const lat = bounds.south + 0.003 + next() * (bounds.north - bounds.south - 0.006);
    const lng = bounds.west + 0.003 + next() * (bounds.east - bounds.west - 0.006);
    const [opens, closes] = pick(TIMES);
    const byWeekday = next() < 0.5;
    const cells: Record<string, string> = {
      名称: name,
      名称_カナ: next() < 0.6 ? halfWidthKana(kanaFull) : kanaFull,
      緯度: next() < 0.3 ? fullWidthDigits(lat.toFixed(6)) : lat.toFixed(6),
      経度: lng.toFixed(6),
      電話番号: pick(PHONES).replace('{n}', String(1000 + (i % 9000))),
      利用可能曜日: byWeekday ? pick(WEEKDAYS) : '',
      開始時間: opens,
      終了時間: closes,
      利用可能日時特記事項: byWeekday ? (next() < 0.2 ? '祝日は休み' : '') : pick(SCHEDULE_WORDS),
      団体名: `${town}の子どもを見守る会`,
      URL: next() < 0.3 ? `https://example.jp/bench/${i + 1}` : '',
      備考: next() < 0.5 ? `令和8年4月${1 + (i % 28)}日から始めました。\n子どもは無料です。` : '',
    };
    const address = `大阪府堺市西区${street}${fullWidthDigits(`${1 + (i % 9)}丁${1 + (i % 30)}-${1 + (i % 12)}`)}`;
    if (layout === 'old') {
      Object.assign(cells, {
        都道府県コード又は市区町村コード: '271446',
        NO: `B-${String(i + 1).padStart(5, '0')}`,
        都道府県名: '大阪府',
        市区町村名: '堺市西区',
        住所: address,
        説明: next() < 0.5 ? '地域のみんなで作る場所です。\r\nどなたでもどうぞ。' : '',
      });
    } else {
      Object.assign(cells, {
        全国地方公共団体コード: '271403',
        ID: `271403-${String(i + 1).padStart(5, '0')}`,
        地方公共団体名: '堺市',
        種別: kindTerm,
        所在地_連結表記: address,
        受入年齢: pick(AUDIENCES),
        認可等年月日: `令和${1 + (i % 8)}年${1 + (i % 12)}月1日`,
      });
    }
    if (i % badEvery === badEvery - 1) {
      const reason = badReasons[Math.floor(i / badEvery) % badReasons.length]!;
      bad.push({ row, reason });
      if (reason === 'no name') cells.名称 = '';
      else if (reason === 'outside the region') [cells.緯度, cells.経度] = ['35.681236', '139.767125'];
      else if (reason === 'no point') [cells.緯度, cells.経度] = ['', ''];
      else if (reason === 'closing before opening') [cells.開始時間, cells.終了時間] = ['18:00', '17時'];
      else if (reason === 'bad phone') cells.電話番号 = '12345';
      else cells.種別 = '学童保育';
      if (reason === 'closing before opening' && !cells.利用可能曜日) cells.利用可能曜日 = '土';
    }
    lines.push(columns.map((column) => csvCell(cells[column] ?? '')).join(','));
  }
  return { bytes: shiftJis(`${lines.join('\r\n')}\r\n`), rows, bad };
}
