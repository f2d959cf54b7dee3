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
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  const oneLine = value.replace(/\r\n|\r|\n/g, ' ');
  return FORMULA_START.test(oneLine) ? `'${oneLine}` : oneLine;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole CSV file's text, header first, BOM included. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined | null)[])[],
): string {
  const lines = [
    header.map((name) => quoted(csvCell(name))),
    ...rows.map((row) => row.map((cell) => quoted(csvCell(cell)))),
  ];
  return `\ufeff${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
