import { describe, expect, it } from 'vitest';
import {
  initialMapping,
  PRESCHOOL_COLUMNS,
  PUBLIC_FACILITY_V1_COLUMNS,
  recogniseLayout,
} from '../../src/lib/import/layouts.ts';

describe('recogniseLayout', () => {
  it('knows the 53-column 子育て施設一覧 正式版 and reads its columns by role', () => {
    expect(PRESCHOOL_COLUMNS).toHaveLength(53);
    const layout = recogniseLayout([[...PRESCHOOL_COLUMNS]])!;
    expect(layout.name).toBe('子育て施設一覧（正式版）');
    expect(layout.headerRow).toBe(1);
    expect(layout.roles[PRESCHOOL_COLUMNS.indexOf('名称_カナ')]).toBe('nameKana');
    expect(layout.roles[PRESCHOOL_COLUMNS.indexOf('利用可能曜日')]).toBe('weekdays');
    expect(layout.unread).toContain('FAX番号');
    expect(layout.unread).toContain('授乳室');
    expect(layout.unread).not.toContain('名称');
  });

  it('knows the old 公共施設一覧 and skips title rows above the header', () => {
    const rows = [['堺市西区 子ども食堂一覧（令和8年4月現在）'], [], [...PUBLIC_FACILITY_V1_COLUMNS]];
    const layout = recogniseLayout(rows)!;
    expect(layout.name).toBe('公共施設一覧（推奨データセット）');
    expect(layout.headerRow).toBe(3);
    expect(layout.roles[PUBLIC_FACILITY_V1_COLUMNS.indexOf('住所')]).toBe('address');
    expect(layout.roles[PUBLIC_FACILITY_V1_COLUMNS.indexOf('NO')]).toBe('id');
  });

  it('folds how headers are typed: a BOM, full-width letters, spaces', () => {
    const layout = recogniseLayout([
      ['\ufeff全国地方公共団体コード', 'ＩＤ', '地方公共団体名', ' 名称 ', '緯度', '経度'],
    ])!;
    expect(layout.name).toBe('公共施設一覧（正式版）');
    expect(layout.roles).toEqual([undefined, 'id', undefined, 'name', 'lat', 'lng']);
  });

  it('does not guess a table it does not know; a mapping file reads it', () => {
    const rows = [['列1', 'X座標', 'Y座標', '開催日']];
    expect(recogniseLayout(rows)).toBeUndefined();
    const mapping = initialMapping(rows[0]!);
    expect(mapping).toEqual({ 列1: null, X座標: null, Y座標: null, 開催日: null });
    const layout = recogniseLayout(rows, { 列1: 'name', X座標: 'lng', Y座標: 'lat', 開催日: null })!;
    expect(layout.name).toBe('mapping');
    expect(layout.roles).toEqual(['name', 'lng', 'lat', undefined]);
    expect(layout.unread).toEqual(['開催日']);
    expect(recogniseLayout([['名称']], { 列1: 'name' })).toBeUndefined();
  });
});
