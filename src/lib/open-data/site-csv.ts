/**
 * The listings in the site's own shape, for staff to open in Excel, edit and
 * import back (`npm run import`): one row per listing, one column per field
 * of the submission form, headed by the form's own labels and written in the
 * one-line texts the issue forms use (「毎月 第2・第4 土 11:00-14:00」).
 * The columns come from the field catalogue, so a new field appears here
 * without a change to this file.
 *
 * It is published, so it holds what the listing pages show and nothing more:
 * an approximate place is its area and its published circle's centre, as on
 * its page (importing it back finds the cell again and draws the same
 * circle), a phone only with consent. Unlike the standard layouts, a cell may hold
 * line breaks (a description's paragraphs, one schedule rule per line).
 */
import { editDataOf } from '../privacy/restore-private.ts';
import type { PublicListing } from '../privacy/public-listing.ts';
import type { ListingFrontMatter } from '../../schema/listing.ts';
import { draftFromListing } from '../submission/from-listing.ts';
import { ISSUE_FIELDS, type IssueField } from '../submission/issue-fields.ts';
import { toCsv } from './csv.ts';

/** Issue fields about the sender or the message, not the listing. */
const NOT_LISTING = new Set(['changes', 'is-operator', 'submitter', 'message']);

/** The form's fields, in the form's order. */
export const SITE_CSV_FIELDS: readonly IssueField[] = ISSUE_FIELDS.filter((field) => !NOT_LISTING.has(field.id));

/** The confirmation, which the form sets itself but a listing keeps. */
export const VERIFIED_COLUMNS = ['最終確認日 / Confirmed on', '確認した人 / Confirmed by', '確認元 / Source'] as const;

export const SITE_CSV_COLUMNS: readonly string[] = [
  ...SITE_CSV_FIELDS.map((field) => field.label),
  ...VERIFIED_COLUMNS,
];

/** The header cells by which the importer knows this layout. */
export const SITE_CSV_SIGNATURE: readonly string[] = SITE_CSV_COLUMNS.slice(0, 4);

export function siteCsvRow(listing: PublicListing): string[] {
  const { id, data, body } = editDataOf(listing);
  const draft = draftFromListing(id, data as ListingFrontMatter, body);
  return [
    ...SITE_CSV_FIELDS.map((field) => field.write(draft)),
    listing.verified.date,
    listing.verified.by,
    listing.verified.source,
  ];
}

export function siteCsv(listings: readonly PublicListing[]): string {
  return toCsv(SITE_CSV_COLUMNS, listings.map(siteCsvRow), { keepNewlines: true });
}
