/**
 * A row of the site's own CSV (/data/listings.csv, as staff edited it in
 * Excel) as a listing, read field by field by the same issue fields that
 * wrote it, so the form, the issue forms and this file never disagree.
 */
import { uncsvCell } from '../open-data/csv.ts';
import { SITE_CSV_FIELDS, VERIFIED_COLUMNS } from '../open-data/site-csv.ts';
import { emptyDraft } from '../submission/field-catalogue.ts';
import { absorbPreserved } from '../submission/from-listing.ts';
import { readField } from '../submission/issue-body.ts';
import type { SubmissionDraft } from '../submission/draft-types.ts';
import { draftToListing } from '../submission/to-listing.ts';
import type { Cell } from './read-table.ts';
import type { RowProblem, RowReading } from './row-to-listing.ts';

function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return uncsvCell(String(cell));
}

export function siteRowToListing(
  header: readonly Cell[],
  cells: readonly Cell[],
  row: number,
  today: string,
): RowReading {
  const problems: RowProblem[] = [];
  const draft: SubmissionDraft = { ...emptyDraft(), rules: [], mode: 'correction' };
  const byLabel = new Map(header.map((cell, index) => [String(cell ?? '').trim(), cells[index] ?? null]));
  for (const field of SITE_CSV_FIELDS) {
    if (!byLabel.has(field.label)) continue;
    const text = textOf(byLabel.get(field.label));
    const message = readField(field, text, draft);
    if (message) problems.push({ row, column: field.label, message, severity: 'error' });
  }
  const listing = draftToListing(absorbPreserved(draft), today);
  const [date, by, source] = VERIFIED_COLUMNS.map((label) => textOf(byLabel.get(label)).trim());
  if (date || by || source) listing.data.verified = { date, by, source };
  if (!listing.id)
    problems.push({
      row,
      column: SITE_CSV_FIELDS[0]!.label,
      message: 'ID がありません / The id is missing',
      severity: 'error',
    });
  const written = problems.length === 0;
  return {
    row,
    listingId: listing.id,
    ...(written ? { data: listing.data } : {}),
    body: listing.body,
    problems,
    carried: Object.keys(listing.data),
  };
}
