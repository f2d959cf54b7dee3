/**
 * CSV as the Digital Agency's rules for machine-readable data ask and as
 * Excel on Japanese Windows opens it: UTF-8 with a BOM (so Excel does not
 * read it as Shift_JIS), CRLF between records, every field quoted, no newline
 * inside a field (【CSV】１行１データ), and no cell that a spreadsheet would
 * run as a formula.
 */

/** The characters a spreadsheet takes as the start of a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made safe to open: newlines become a space, and a cell that
 * would start a formula gets a leading apostrophe, which spreadsheets show as
 * text and do not run. Numbers are written as they are (a negative number is
 * not text that could run).
 */
export function csvCell(value: string | number | undefined | null, keepNewlines = false): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = keepNewlines ? value.replace(/\r\n|\r|\n/g, '\r\n') : value.replace(/\r\n|\r|\n/g, ' ');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as `csvCell` wrote it, read back: the apostrophe it put before a formula character removed. */
export function uncsvCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A whole CSV file's text, header first, BOM included. `keepNewlines` keeps
 * line breaks inside (quoted) cells, for a file meant to be edited in Excel
 * rather than read by machines line by line.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined | null)[])[],
  { keepNewlines = false }: { keepNewlines?: boolean } = {},
): string {
  const cell = (value: string | number | undefined | null) => quoted(csvCell(value, keepNewlines));
  const lines = [header.map(cell), ...rows.map((row) => row.map(cell))];
  return `\ufeff${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
