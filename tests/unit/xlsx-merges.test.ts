import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { readTable } from '../../src/lib/import/read-table.ts';
import {
  cellAddress,
  cellRange,
  fillMergedCells,
  mergedRanges,
  readMergedRanges,
} from '../../src/lib/import/xlsx-merges.ts';

const empty = (cell: unknown) => cell === null || cell === '';

describe('cell references', () => {
  it('reads A1 references, absolute ones too, into 0-based rows and columns', () => {
    expect(cellAddress('A1')).toEqual({ row: 0, column: 0 });
    expect(cellAddress('Z9')).toEqual({ row: 8, column: 25 });
    expect(cellAddress('AA10')).toEqual({ row: 9, column: 26 });
    expect(cellAddress('$B$3')).toEqual({ row: 2, column: 1 });
    expect(cellAddress('XFD1048576')).toEqual({ row: 1048575, column: 16383 });
    for (const bad of ['', 'A', '1', 'A0', '1A', 'A-1', 'ABCD1']) expect(cellAddress(bad)).toBeUndefined();
  });

  it('reads a range from either corner, and a single cell as a range of one', () => {
    expect(cellRange('A2:B4')).toEqual({ top: 1, left: 0, bottom: 3, right: 1 });
    expect(cellRange('B4:A2')).toEqual({ top: 1, left: 0, bottom: 3, right: 1 });
    expect(cellRange('C5')).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(cellRange('A1:B2:C3')).toBeUndefined();
    expect(cellRange('A1:')).toBeUndefined();
  });

  it("finds the merged ranges in a sheet's XML whatever its prefix or quotes", () => {
    const xml =
      '<x:worksheet xmlns:x="…"><x:sheetData/><x:mergeCells count="3">' +
      '<x:mergeCell ref="A2:A4"/><x:mergeCell ref=\'C2:D2\' /><x:mergeCell ref="nonsense"/>' +
      '</x:mergeCells></x:worksheet>';
    expect(mergedRanges(xml)).toEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]);
    expect(mergedRanges('<worksheet><sheetData/></worksheet>')).toEqual([]);
  });
});

describe('fillMergedCells', () => {
  const rows = [
    ['種別', '名称', '備考', 'URL'],
    ['子ども食堂', 'A', '毎月', null],
    [null, 'B', null, null],
    [null, 'C', null, null],
  ];

  it('copies a merged value down each row of its range', () => {
    expect(fillMergedCells(rows, [cellRange('A2:A4')!], empty).map((r) => r[0])).toEqual([
      '種別',
      '子ども食堂',
      '子ども食堂',
      '子ども食堂',
    ]);
  });

  it('keeps a value spread across columns in its first column only', () => {
    const filled = fillMergedCells(rows, [cellRange('C2:D3')!], empty);
    expect(filled[1]).toEqual(['子ども食堂', 'A', '毎月', null]);
    expect(filled[2]).toEqual([null, 'B', '毎月', null]);
  });

  it('makes no row out of a merge alone, and reaches no further than the rows there are', () => {
    const withBlank = [...rows, [null, null, null, null]];
    const filled = fillMergedCells(withBlank, [cellRange('A2:A9')!], empty);
    expect(filled).toHaveLength(5);
    expect(filled[3]![0]).toBe('子ども食堂');
    expect(filled[4]).toEqual([null, null, null, null]);
  });

  it('leaves the rows alone for an empty top-left cell, and does not change its input', () => {
    const before = structuredClone(rows);
    expect(fillMergedCells(rows, [cellRange('D2:D4')!, cellRange('A3:A4')!], empty)).toEqual(rows);
    fillMergedCells(rows, [cellRange('A2:A4')!], empty);
    expect(rows).toEqual(before);
  });
});

describe('merged cells of a generated workbook', () => {
  async function workbook() {
    return writeExcelFile([
      // A title merged across, on a sheet that is not the one read.
      { sheet: '表紙', data: [[{ value: '西区の一覧', columnSpan: 3 }, null, null], [{ value: 'x' }]] },
      {
        sheet: '西区&北区',
        data: [
          [{ value: '種別' }, { value: '名称' }, { value: '団体名' }],
          [{ value: '子ども食堂', rowSpan: 3 }, { value: '鳳みんな食堂' }, { value: '鳳の会', rowSpan: 2 }],
          [null, { value: '浜寺こども食堂' }, null],
          [null, { value: '石津食堂' }, { value: '石津の会' }],
          [{ value: 'フリースクール' }, { value: '学びの家' }, null],
        ],
      },
    ]).toBuffer();
  }

  it("reads the ranges of the named sheet from the zip, by the workbook's own relationships", async () => {
    const bytes = new Uint8Array(await workbook());
    expect(readMergedRanges(bytes, '西区&北区')).toEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 1, left: 2, bottom: 2, right: 2 },
    ]);
    expect(readMergedRanges(bytes, '表紙')).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(readMergedRanges(bytes, 'ない')).toEqual([]);
  });

  it('fills them when the table is read, as the sheet shows them', async () => {
    const table = await readTable(new Uint8Array(await workbook()), 'list.xlsx', '西区&北区');
    expect(table.rows).toEqual([
      ['種別', '名称', '団体名'],
      ['子ども食堂', '鳳みんな食堂', '鳳の会'],
      ['子ども食堂', '浜寺こども食堂', '鳳の会'],
      ['子ども食堂', '石津食堂', '石津の会'],
      ['フリースクール', '学びの家', null],
    ]);
  });

  it('finds a sheet stored elsewhere in the zip, by an absolute target and another prefix', () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:rel="…"><sheets><sheet name="一覧" sheetId="7" rel:id="rId9"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId9" Target="/xl/sheets/list.xml"/></Relationships>',
      ),
      'xl/sheets/list.xml': strToU8('<worksheet><mergeCells><mergeCell ref="B2:B5"/></mergeCells></worksheet>'),
    });
    expect(readMergedRanges(bytes, '一覧')).toEqual([{ top: 1, left: 1, bottom: 4, right: 1 }]);
    expect(readMergedRanges(zipSync({ 'other.xml': strToU8('<x/>') }), '一覧')).toEqual([]);
  });
});
