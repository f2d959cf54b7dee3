/**
 * The 子育て施設一覧 export, read back by an independent CSV parser
 * (PapaParse) as a ward's open-data portal or Excel would read it.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { PRESCHOOL_COLUMNS } from '../../src/lib/import/layouts.ts';
import { preschoolCsv, type PreschoolCsvOptions } from '../../src/lib/open-data/preschool-csv.ts';
import { toPublicListing, type PublicListing } from '../../src/lib/privacy/public-listing.ts';
import type { ContentSet } from '../../src/lib/content/content-set.ts';
import { vocabulary } from '../../src/i18n/ja/vocabulary.ts';

const { kind: KINDS } = vocabulary;

const options: PreschoolCsvOptions = {
  publisherCode: '271403',
  publisherName: '堺市',
  locationCode: '271446',
  kindLabel: (listing) => KINDS[listing.kind],
  pageUrl: (listing) => `https://example.org/listings/${listing.id}/`,
};

function publicListings(content: ContentSet): PublicListing[] {
  const schools = content.schools.map((s) => ({ ...s }));
  return content.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools));
}

/** A coordinate as a file could spell it, when precise enough to tell a place (as the built-files privacy test reads it). */
function spellings(value: number): string[] {
  return [String(value), value.toFixed(4), value.toFixed(5), value.toFixed(6)].filter(
    (s) => (s.replace(/0+$/, '').split('.')[1] ?? '').length >= 4,
  );
}

function parsed(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

let demo: ContentSet;
let hostile: ContentSet;
beforeAll(async () => {
  demo = await loadContent('content', { today: '2026-12-01' });
  hostile = await loadContent('tests/fixtures/content-hostile', { today: '2026-12-01' });
});

describe('子育て施設一覧 (正式版) CSV', () => {
  it('has the BOM, CRLF, every field quoted, the 53 columns in order and one row per listing', () => {
    const csv = preschoolCsv(publicListings(demo), options);
    expect(csv.startsWith('\ufeff"全国地方公共団体コード","ID",')).toBe(true);
    expect(csv.split('\r\n').length).toBe(demo.listings.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parsed(csv.slice(1));
    expect(rows[0]).toEqual([...PRESCHOOL_COLUMNS]);
    expect(rows).toHaveLength(demo.listings.length + 1);
    for (const row of rows) expect(row).toHaveLength(53);
  });

  it('writes the values in the standard formats', () => {
    const rows = parsed(preschoolCsv(publicListings(demo), options).slice(1));
    const column = (name: string) => PRESCHOOL_COLUMNS.indexOf(name as (typeof PRESCHOOL_COLUMNS)[number]);
    for (const row of rows.slice(1)) {
      expect(row[column('全国地方公共団体コード')]).toBe('271403');
      expect(row[column('名称_カナ')]).toMatch(/^[\u30a1-\u30f6ー・ ]+$/);
      if (row[column('緯度')]) expect(row[column('緯度')]).toMatch(/^\d{2}\.\d{6}$/);
      if (row[column('利用可能曜日')]) expect(row[column('利用可能曜日')]).toMatch(/^月?火?水?木?金?土?日?$/);
      if (row[column('開始時間')]) expect(row[column('開始時間')]).toMatch(/^\d{2}:\d{2}$/);
    }
  });

  it('holds no private value: no approximate place’s true point or address, no unconsented phone', () => {
    const csv = preschoolCsv(publicListings(demo), options);
    for (const listing of demo.listings) {
      const { location, contact } = listing.data;
      if (location?.precision === 'approximate') {
        for (const secret of [...spellings(location.lat), ...spellings(location.lng)])
          expect(csv).not.toContain(secret);
        if (location.address) expect(csv).not.toContain(location.address);
      }
      if (contact?.phone && contact.phoneConsent !== true) expect(csv).not.toContain(contact.phone);
    }
  });

  it('lets no cell run as a spreadsheet formula', () => {
    const csv = preschoolCsv(publicListings(hostile), options);
    for (const row of parsed(csv.slice(1)).slice(1)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+81 72', `'+81 72`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['1行目\r\n2行目\n3行目', '1行目 2行目 3行目'],
    ['鳳みんな食堂', '鳳みんな食堂'],
  ])('%j → %j', async (value, safe) => {
    const { csvCell } = await import('../../src/lib/open-data/csv.ts');
    expect(csvCell(value)).toBe(safe);
  });
});
