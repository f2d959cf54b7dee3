/**
 * A ward's list as a grid of cells, whatever it arrived as: CSV in UTF-8
 * (with or without a BOM), Shift_JIS/CP932 or UTF-16 with a BOM, or the first
 * (or a named) sheet of an .xlsx workbook, merged cells filled down as the
 * sheet shows them. Rows keep the numbers a spreadsheet
 * shows (the first row is 1), so every message can point at the row staff see.
 */
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { fillMergedCells, readMergedRanges } from './xlsx-merges.ts';

/** A cell as read: text, or what Excel stored (a number, a yes/no, a date at UTC midnight, a time on 1899-12-30). */
export type Cell = string | number | boolean | Date | null;

export type Encoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16LE (BOM)' | 'UTF-16BE (BOM)' | 'Shift_JIS' | 'xlsx';

export interface Table {
  /** How the file was read, for the summary line. */
  readonly encoding: Encoding;
  /** The sheet read, for a workbook. */
  readonly sheet?: string;
  /** The rows, each as the spreadsheet shows it: `rows[0]` is row 1. */
  readonly rows: readonly (readonly Cell[])[];
}

export class TableError extends Error {
  override readonly name = 'TableError';
}

/**
 * Text from the bytes of a CSV file. A BOM says which encoding it is; without
 * one, text that is valid UTF-8 is UTF-8, and anything else is read as
 * Shift_JIS — the WHATWG decoder is Windows' CP932, with ①, ㈱ and 髙 — the
 * default of Excel on Japanese Windows.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Exclude<Encoding, 'xlsx'> } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE (BOM)' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'Shift_JIS' };
  }
}

/** Rows of a CSV text: commas or, for a UTF-16 file saved by Excel as 「Unicode テキスト」, tabs. */
export function parseCsv(text: string, delimiter = ',', fileName = 'CSV'): string[][] {
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    // The parser quotes the cell it stopped at; a binary file's bytes would fill the terminal.
    const reason = (error as Error).message.replace(/, value is .*$/s, '').slice(0, 160);
    throw new TableError(
      `${fileName}: CSV として読めません${where ? `（${where}行目あたり）` : ''}：${reason} / Not readable as CSV${where ? ` (near line ${where})` : ''}`,
    );
  }
}

function isEmptyCell(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An old .xls (OLE compound file), which is not read: staff re-save it as .xlsx or CSV. */
function isOleFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * Reads a table from a file's bytes. `sheet` picks a workbook's sheet by name
 * (or 1-based number); the first sheet otherwise.
 */
export async function readTable(bytes: Uint8Array, fileName: string, sheet?: string): Promise<Table> {
  if (isOleFile(bytes)) {
    throw new TableError(
      `${fileName}: 古い Excel 形式（.xls）は読めません。Excel で「名前を付けて保存」から .xlsx か CSV で保存してください / Old .xls files are not read: save it as .xlsx or CSV`,
    );
  }
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return readWorkbook(bytes, fileName, sheet);
  if (sheet !== undefined) {
    throw new TableError(`${fileName}: --sheet は .xlsx のときだけ使えます / --sheet applies to .xlsx files only`);
  }
  if (bytes.length === 0) throw new TableError(`${fileName}: 空のファイルです / The file is empty`);
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = encoding.startsWith('UTF-16') && firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  return { encoding, rows: parseCsv(text, delimiter, fileName) };
}

async function readWorkbook(bytes: Uint8Array, fileName: string, sheet?: string): Promise<Table> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(buffer, { trim: false });
  } catch (error) {
    throw new TableError(
      `${fileName}: .xlsx として読めません（${(error as Error).message}）/ Not readable as an .xlsx workbook`,
    );
  }
  const names = sheets.map((s) => s.sheet);
  const wanted = sheet === undefined ? names[0] : /^\d+$/.test(sheet) ? names[Number(sheet) - 1] : sheet;
  if (wanted === undefined || !names.includes(wanted)) {
    throw new TableError(
      `${fileName}: シート「${sheet}」がありません。あるシート：${names.join('、')} / No sheet "${sheet}"; sheets: ${names.join(', ')}`,
    );
  }
  const data = sheets.find((s) => s.sheet === wanted)!.data as Cell[][];
  const merges = readMergedRanges(bytes, wanted);
  const rows = merges.length === 0 ? data : fillMergedCells(data, merges, isEmptyCell);
  return { encoding: 'xlsx', sheet: wanted, rows };
}
