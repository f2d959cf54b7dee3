/**
 * Merged cells of a workbook sheet. Ward sheets merge a cell down over the
 * rows it applies to (種別 or 団体名 over a group of rows); read-excel-file
 * gives the value in the top-left cell only and does not say which cells are
 * merged (its own reader of `<mergeCells>` is unused), so the ranges are read
 * here from the .xlsx zip itself, with fflate, the unzip library read-excel-file
 * already brings.
 *
 * Only the parts needed are read (the workbook, its relationships and the one
 * sheet), and only two element names in them, whose attributes the Office Open
 * XML standard fixes (ECMA-376 Part 1, §18.2.19 `sheet`, §18.3.1.55 `mergeCell`).
 */
import { strFromU8, unzipSync } from 'fflate';

/** A rectangle of cells, 0-based and inclusive: `rows[top][left]` is its top-left cell. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `B3` → row 2, column 1 (0-based); `$B$3` too. Undefined for anything else. */
export function cellAddress(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row >= 1 ? { row: row - 1, column: column - 1 } : undefined;
}

/** `A2:B4` (either corner first) or a single `A2`. */
export function cellRange(ref: string): CellRange | undefined {
  const [from, to = from, extra] = ref.split(':');
  if (extra !== undefined || from === undefined) return undefined;
  const a = cellAddress(from);
  const b = cellAddress(to!);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name]!,
  );
}

/** The attributes of every element with this local name (any namespace prefix), in document order. */
function elements(xml: string, localName: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  const tag = new RegExp(`<(?:[\\w.-]+:)?${localName}(\\s[^>]*?)?\\s*/?>`, 'g');
  for (const match of xml.matchAll(tag)) {
    const attributes: Record<string, string> = {};
    for (const [, name, double, single] of (match[1] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[name!] = unescapeXml(double ?? single ?? '');
    }
    found.push(attributes);
  }
  return found;
}

/** The merged ranges a sheet's XML declares. */
export function mergedRanges(sheetXml: string): CellRange[] {
  return elements(sheetXml, 'mergeCell').flatMap((attributes) => {
    const range = attributes.ref === undefined ? undefined : cellRange(attributes.ref);
    return range ? [range] : [];
  });
}

/** `worksheets/sheet2.xml` beside `xl/workbook.xml` → `xl/worksheets/sheet2.xml`; `/xl/…` as it is. */
function partPath(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const part of target.replace(/^\//, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

function unzipParts(bytes: Uint8Array, names: ReadonlySet<string>): Record<string, string> {
  const files = unzipSync(bytes, { filter: (file) => names.has(file.name) });
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * The merged ranges of the sheet of this name. A workbook whose parts are not
 * where every spreadsheet program puts them has none: the cells are then read
 * as read-excel-file gives them, which is what the import did before.
 */
export function readMergedRanges(bytes: Uint8Array, sheetName: string): CellRange[] {
  const book = unzipParts(bytes, new Set([WORKBOOK, WORKBOOK_RELS]));
  if (!book[WORKBOOK] || !book[WORKBOOK_RELS]) return [];
  const sheet = elements(book[WORKBOOK], 'sheet').find((attributes) => attributes.name === sheetName);
  // The relationship id is `r:id`, whatever prefix the file binds to the relationships namespace.
  const rid = sheet && Object.entries(sheet).find(([name]) => /(^|:)id$/.test(name))?.[1];
  const target = elements(book[WORKBOOK_RELS], 'Relationship').find((rel) => rel.Id === rid)?.Target;
  if (!target) return [];
  const path = partPath(WORKBOOK, target);
  const xml = unzipParts(bytes, new Set([path]))[path];
  return xml ? mergedRanges(xml) : [];
}

type Grid<C> = readonly (readonly C[])[];

/**
 * The rows with each merged range's value copied down its rows, as the sheet
 * shows it: a 種別 merged over five rows is the 種別 of each. The value stays
 * in the range's first column only: spread across columns, it is one value
 * for them together, and copying it into a neighbour would make it the fact
 * of another field (a 備考 in the URL column). A row that would hold nothing
 * but copied values stays blank, so a merge reaching past the last row of a
 * group does not make a row out of nothing.
 */
export function fillMergedCells<C>(rows: Grid<C>, ranges: readonly CellRange[], isEmpty: (cell: C) => boolean): C[][] {
  const out = rows.map((row) => [...row]);
  const filled = new Map<number, Set<number>>();
  for (const range of ranges) {
    const value = rows[range.top]?.[range.left];
    if (value === undefined || isEmpty(value)) continue;
    for (let r = range.top + 1; r <= range.bottom && r < out.length; r += 1) {
      out[r]![range.left] = value;
      (filled.get(r) ?? filled.set(r, new Set()).get(r)!).add(range.left);
    }
  }
  for (const [r, columns] of filled) {
    const own = out[r]!.some((cell, column) => !columns.has(column) && !isEmpty(cell));
    if (!own) out[r] = [...rows[r]!];
  }
  return out;
}
