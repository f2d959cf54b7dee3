/**
 * A ward's table against the content folder: for every row, whether it is a
 * new listing, an update of the file imported from it before, unchanged, or
 * needs attention — and the files that would be written. Nothing is written
 * here; the caller validates the files with the whole folder in memory first.
 *
 * An update changes only what the table carries and keeps the rest of the
 * file: the description, phone consent, an approximate place's privacy, a
 * newer confirmation date.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ContentSet, ListingEntry } from '../content/content-set.ts';
import { isPublishedCentre, measuringPoint } from '../geo.ts';
import { restorePrivateFields } from '../privacy/restore-private.ts';
import { renderListingFile } from '../submission/listing-file.ts';
import { FORM_TRANSLATED_KEYS } from '../submission/fields/languages.ts';
import { schemaKeysAt } from '../submission/schema-paths.ts';
import { TRANSLATION_LOCALES } from '../../schema/listing.ts';
import { suggestId } from '../submission/suggest-id.ts';
import type { Cell, Table } from './read-table.ts';
import type { Layout } from './layouts.ts';
import { siteRowToListing } from './site-rows.ts';
import { rowToListing, WHOLE_ROW, type RowOptions, type RowProblem } from './row-to-listing.ts';

export type RowOutcome = 'new' | 'updated' | 'unchanged' | 'attention';

export interface RowPlan {
  readonly row: number;
  readonly outcome: RowOutcome;
  /** The listing id the row is (or would be) written to. */
  readonly id?: string;
  readonly problems: readonly RowProblem[];
}

export interface ImportPlan {
  readonly rows: readonly RowPlan[];
  /** Files to write, by path relative to the content folder. */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * The site's CSV carries the translations the form edits (name, summary,
 * description) but not the translated place notes, which are written in the
 * file by hand: those are kept from the file.
 */
function keepTranslations(data: Data, existing: ListingEntry['data']): Data {
  const kept: Record<string, Record<string, unknown>> = {};
  const carried = (data.translations ?? {}) as Record<string, Record<string, unknown>>;
  for (const locale of TRANSLATION_LOCALES) {
    const notes = Object.entries(existing.translations?.[locale] ?? {}).filter(
      ([key]) => !(FORM_TRANSLATED_KEYS as readonly string[]).includes(key),
    );
    const merged = { ...Object.fromEntries(notes), ...carried[locale] };
    const order = schemaKeysAt(`translations.${locale}`) ?? [];
    if (Object.keys(merged).length > 0)
      kept[locale] = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  }
  const { translations: _carried, ...rest } = data;
  const withThem: Data = Object.keys(kept).length > 0 ? { ...rest, translations: kept } : rest;
  const order = schemaKeysAt('') ?? [];
  return Object.fromEntries(Object.entries(withThem).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell === null || cell === undefined || String(cell).trim() === '');
}

type Data = Record<string, unknown>;

/**
 * The existing listing with the row's facts laid over it: each field the table
 * carries replaces the file's, except what only the file can know.
 */
function merged(existing: ListingEntry, incoming: Data, carried: readonly string[]): Data {
  const data: Data = structuredClone(existing.data) as Data;
  for (const key of carried) {
    const value = incoming[key];
    if (key === 'location') {
      const before = existing.data.location;
      const after = value as Data;
      // An approximate place stays approximate, with the area the editors chose.
      data.location =
        before?.precision === 'approximate'
          ? { ...before, ...after, precision: 'approximate', area: before.area }
          : { ...before, ...after };
    } else if (key === 'contact') {
      const before = (existing.data.contact ?? {}) as Data;
      const after = value as Data;
      // The same number keeps the consent recorded for it.
      const consent =
        before.phone === after.phone && before.phoneConsent !== undefined ? before.phoneConsent : after.phoneConsent;
      data.contact = { ...before, ...after, ...(after.phone ? { phoneConsent: consent } : {}) };
    } else if (key === 'audience' || key === 'freeSchool') {
      // The table says who (and which grades); what editors added beside it (出席扱い, 見学, a note) stays.
      data[key] = { ...(existing.data[key] as Data), ...(value as Data) };
    } else {
      data[key] = value;
    }
  }
  return data;
}

export interface ImportInput {
  readonly table: Table;
  readonly layout: Layout;
  readonly content: ContentSet;
  readonly options: RowOptions;
}

export function planImport({ table, layout, content, options }: ImportInput): ImportPlan {
  const header = table.rows[layout.headerRow - 1] ?? [];
  const bySource = new Map<string, ListingEntry>();
  for (const listing of content.listings) if (listing.data.sourceId) bySource.set(listing.data.sourceId, listing);
  const byName = new Map<string, ListingEntry>();
  for (const listing of content.listings) {
    if (!listing.data.sourceId) byName.set(`${listing.data.name}\u0000${listing.data.nameKana}`, listing);
  }
  const taken = new Set(content.listings.map((l) => l.id));
  const seenSources = new Map<string, number>();
  const rows: RowPlan[] = [];
  const files = new Map<string, string>();

  for (let index = layout.headerRow; index < table.rows.length; index += 1) {
    const cells = table.rows[index]!;
    const row = index + 1;
    if (isBlankRow(cells)) continue;
    const reading =
      layout.name === 'このサイトの形'
        ? siteRowToListing(header, cells, row, options.today)
        : rowToListing(layout, header, cells, row, options);
    const problems = [...reading.problems];
    if (reading.sourceId && seenSources.has(reading.sourceId)) {
      problems.push({
        row,
        column: WHOLE_ROW,
        message: `ID「${reading.sourceId}」は ${seenSources.get(reading.sourceId)} 行目と同じです / Same ID as row ${seenSources.get(reading.sourceId)}`,
        severity: 'error',
      });
    }
    if (reading.sourceId) seenSources.set(reading.sourceId, row);
    if (!reading.data || problems.some((p) => p.severity === 'error')) {
      rows.push({ row, outcome: 'attention', problems });
      continue;
    }

    // The site's own CSV names its file; a table without an ID column finds last time's file by name and reading.
    const existing = reading.listingId
      ? content.listings.find((l) => l.id === reading.listingId)
      : reading.sourceId
        ? bySource.get(reading.sourceId)
        : byName.get(`${String(reading.data.name)}\u0000${String(reading.data.nameKana)}`);
    if (existing && reading.listingId) {
      // The site's own CSV is the whole listing as published: it replaces the file, except for what
      // publishing leaves out (an approximate place's true point and address, a private phone).
      const data = keepTranslations(restorePrivateFields(reading.data, existing.data), existing.data);
      if (isDeepStrictEqual(data, existing.data) && reading.body.trim() === existing.body.trim()) {
        rows.push({ row, outcome: 'unchanged', id: existing.id, problems });
        continue;
      }
      files.set(existing.file, renderListingFile({ id: existing.id, data, body: reading.body.trim() }));
      rows.push({ row, outcome: 'updated', id: existing.id, problems });
      continue;
    }
    if (existing) {
      const data = merged(existing, reading.data, reading.carried);
      const { verified: _before, ...restBefore } = existing.data as Data;
      const { verified: _after, ...restAfter } = data;
      if (isDeepStrictEqual(restBefore, restAfter)) {
        rows.push({ row, outcome: 'unchanged', id: existing.id, problems });
        continue;
      }
      // A newer confirmation in the file (an operator's call after the list was made) is kept.
      const verifiedBefore = existing.data.verified;
      data.verified = verifiedBefore.date > options.today ? verifiedBefore : reading.data.verified;
      files.set(existing.file, renderListingFile({ id: existing.id, data, body: existing.body.trim() }));
      rows.push({ row, outcome: 'updated', id: existing.id, problems });
      continue;
    }

    const id = reading.listingId ?? suggestId(String(reading.data.nameKana), taken);
    taken.add(id);
    const data: Data = { ...(reading.sourceId ? { sourceId: reading.sourceId } : {}), ...reading.data };
    // The site's own CSV gives an approximate place as its published circle's centre; a new file keeps
    // its cell's centre instead, from which the site draws the same circle again.
    const location = data.location as { precision?: string; lat: number; lng: number } | undefined;
    if (reading.listingId && location?.precision === 'approximate' && isPublishedCentre(location)) {
      data.location = { ...location, ...measuringPoint(location, true) };
    }
    files.set(`listings/${id}.md`, renderListingFile({ id, data, body: reading.body }));
    rows.push({ row, outcome: 'new', id, problems });
  }
  return { rows, files };
}

/** 「12行：新規 3・更新 2・変更なし 6・要確認 1 / 12 rows: 3 new, …」 */
export function summaryLine(plan: ImportPlan): string {
  const count = (outcome: RowOutcome) => plan.rows.filter((r) => r.outcome === outcome).length;
  const [n, u, c, a] = (['new', 'updated', 'unchanged', 'attention'] as const).map(count);
  return `${plan.rows.length}行：新規 ${n}・更新 ${u}・変更なし ${c}・要確認 ${a} / ${plan.rows.length} rows: ${n} new, ${u} updated, ${c} unchanged, ${a} need attention`;
}
