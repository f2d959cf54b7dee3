import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { decodeText, readTable, TableError } from '../../src/lib/import/read-table.ts';

const csv = '名称,名称_カナ,備考\r\n鳳みんな食堂,ｵｵﾄﾘ ﾐﾝﾅ,"1行目\n2行目"\r\n㈱髙島屋①,タカシマヤ,"「,」入り"\r\n';

/** Shift_JIS bytes for the sample, written by hand from the JIS table would be brittle; TextEncoder cannot write it, so round-trip through the decoder's inverse table. */
function shiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead += 1) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail += 1) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  for (let byte = 0xa1; byte <= 0xdf; byte += 1) table.set(decoder.decode(new Uint8Array([byte])), [byte]);
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? []));
  }
  return new Uint8Array(bytes);
}

function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    bytes[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[(bom ? 2 : 0) + i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

const expected = [
  ['名称', '名称_カナ', '備考'],
  ['鳳みんな食堂', 'ｵｵﾄﾘ ﾐﾝﾅ', '1行目\n2行目'],
  ['㈱髙島屋①', 'タカシマヤ', '「,」入り'],
];

describe('decodeText and readTable for CSV', () => {
  it('reads UTF-8 without a BOM', async () => {
    const table = await readTable(new TextEncoder().encode(csv), 'list.csv');
    expect(table.encoding).toBe('UTF-8');
    expect(table.rows).toEqual(expected);
  });

  it('reads UTF-8 with a BOM, and the BOM does not stick to the first header', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
    const table = await readTable(bytes, 'list.csv');
    expect(table.encoding).toBe('UTF-8 (BOM)');
    expect(table.rows[0]![0]).toBe('名称');
    expect(table.rows).toEqual(expected);
  });

  it('reads Shift_JIS (CP932) with its extensions ①, ㈱ and 髙', async () => {
    const bytes = shiftJis(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const table = await readTable(bytes, 'list.csv');
    expect(table.encoding).toBe('Shift_JIS');
    expect(table.rows).toEqual(expected);
  });

  it('reads UTF-16 with a BOM, comma- or tab-separated as Excel saves 「Unicode テキスト」', async () => {
    expect((await readTable(utf16le(csv), 'list.csv')).rows).toEqual(expected);
    const tabbed = '名称\t備考\r\n鳳みんな食堂\t"a, b"\r\n';
    const table = await readTable(utf16le(tabbed), 'list.txt');
    expect(table.encoding).toBe('UTF-16LE (BOM)');
    expect(table.rows).toEqual([
      ['名称', '備考'],
      ['鳳みんな食堂', 'a, b'],
    ]);
  });

  it('names a broken CSV and where it breaks', () => {
    expect(() => decodeText(new Uint8Array([]))).not.toThrow();
    return expect(readTable(new TextEncoder().encode('名称\r\n"閉じない引用\r\n'), 'bad.csv')).rejects.toThrow(
      /CSV として読めません.*Not readable as CSV/,
    );
  });

  it('names an empty file, and does not echo a binary file’s bytes', async () => {
    await expect(readTable(new Uint8Array([]), 'empty.csv')).rejects.toThrow(/^empty\.csv: 空のファイルです/);
    const binary = new Uint8Array([0x41, 0x0a, 0x42, 0x22, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x22, 0x43, 0x0a]);
    const error = await readTable(binary, 'bin.csv').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^bin\.csv: CSV として読めません/);
    expect((error as Error).message).not.toContain('\u001b');
  });

  it('refuses an old .xls with what to do instead', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readTable(ole, 'list.xls')).rejects.toThrow(TableError);
    await expect(readTable(ole, 'list.xls')).rejects.toThrow(/\.xlsx か CSV/);
  });
});

describe('readTable for .xlsx', () => {
  async function workbook(): Promise<Uint8Array> {
    const buffer = await writeExcelFile([
      {
        sheet: '説明',
        data: [[{ value: 'この表の使い方' }]],
      },
      {
        sheet: '一覧',
        data: [
          [{ value: '名称' }, { value: '開始日' }, { value: '開始時間' }, { value: '定員' }, { value: '備考' }],
          [
            { value: '鳳みんな食堂' },
            { value: new Date(Date.UTC(2026, 3, 1)), type: Date, format: 'yyyy/mm/dd' },
            { value: 0.375, format: 'h:mm' },
            { value: 30 },
            { value: '1行目\n2行目' },
          ],
        ],
      },
    ]).toBuffer();
    return new Uint8Array(buffer);
  }

  it('reads a named sheet, keeping Excel dates, times and numbers as Excel stored them', async () => {
    const table = await readTable(await workbook(), 'list.xlsx', '一覧');
    expect(table.encoding).toBe('xlsx');
    expect(table.sheet).toBe('一覧');
    expect(table.rows[0]).toEqual(['名称', '開始日', '開始時間', '定員', '備考']);
    const [name, date, , capacity, note] = table.rows[1]!;
    expect(name).toBe('鳳みんな食堂');
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2026-04-01');
    expect(capacity).toBe(30);
    expect(note).toBe('1行目\n2行目');
  });

  it('reads the first sheet by default, a sheet by number, and names the sheets when one is missing', async () => {
    const bytes = await workbook();
    expect((await readTable(bytes, 'list.xlsx')).sheet).toBe('説明');
    expect((await readTable(bytes, 'list.xlsx', '2')).sheet).toBe('一覧');
    await expect(readTable(bytes, 'list.xlsx', '名簿')).rejects.toThrow(
      /シート「名簿」がありません。あるシート：説明、一覧/,
    );
  });
});
