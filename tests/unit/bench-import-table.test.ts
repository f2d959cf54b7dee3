/**
 * The messy table `npm run bench` imports is what it says: CP932 bytes in a
 * standard layout whose only rows needing attention are the ones it made bad,
 * each for its own reason, and the rest import and validate.
 */
import { describe, expect, it } from 'vitest';
import { BAD_ROWS, messyTable, shiftJis } from '../../scripts/bench-import-table.ts';
import { errorsOf } from '../../src/core/problems.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { parseMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { planImport } from '../../src/lib/import/import-table.ts';
import { recogniseLayout } from '../../src/lib/import/layouts.ts';
import { readTable } from '../../src/lib/import/read-table.ts';
import { GOOD_DIR, TODAY } from './support/helpers.ts';

const bounds = { south: 34.505, west: 135.425, north: 34.57, east: 135.51 };

async function imported(layout: 'old' | 'official', rows: number) {
  const generated = messyTable({ rows, layout, bounds, badEvery: 20 });
  const table = await readTable(generated.bytes, 'bench.csv');
  const found = recogniseLayout(table.rows)!;
  const content = await loadContent(GOOD_DIR, { today: TODAY });
  const plan = planImport({
    table,
    layout: found,
    content,
    options: {
      ...(layout === 'old' ? { kind: 'kodomo-shokudo' as const } : {}),
      bounds,
      phones: 'private',
      today: TODAY,
      sourceName: 'bench.csv',
    },
  });
  const overlay = new Map([...plan.files].map(([file, text]) => [file, new TextEncoder().encode(text)]));
  const checked = await loadContent(GOOD_DIR, { today: TODAY, overlay });
  const data = [...plan.files.values()].map((text) => {
    const parsed = parseMarkdownFile('x.md', new TextEncoder().encode(text));
    if (!parsed.ok) throw new Error('unreadable file');
    return parsed.value.data;
  });
  return { generated, table, found, plan, fileErrors: errorsOf(checked.problems), data };
}

describe('the messy table of npm run bench', () => {
  it('is the same bytes on every run', () => {
    const a = messyTable({ rows: 50, layout: 'old', bounds });
    const b = messyTable({ rows: 50, layout: 'old', bounds });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(() => shiftJis('🙂')).toThrow(/CP932/);
  });

  it.each(['old', 'official'] as const)(
    'in the %s layout, needs attention exactly at the rows it made bad',
    async (layout) => {
      const { generated, table, found, plan, fileErrors, data } = await imported(layout, 240);
      expect(table.encoding).toBe('Shift_JIS');
      expect(found.name).toBe(layout === 'old' ? '公共施設一覧（推奨データセット）' : '子育て施設一覧（正式版）');
      expect(found.headerRow).toBe(2);
      const attention = plan.rows.filter((r) => r.outcome === 'attention').map((r) => r.row);
      expect(attention).toEqual(generated.bad.map((b) => b.row));
      expect(new Set(generated.bad.map((b) => b.reason))).toEqual(
        new Set(layout === 'old' ? BAD_ROWS : [...BAD_ROWS, 'unknown 種別']),
      );
      expect(plan.rows.filter((r) => r.outcome === 'new')).toHaveLength(240 - generated.bad.length);
      expect(fileErrors).toEqual([]);

      // The mess was read, not dropped: half-width readings, typed times, schedules in words, cells with line breaks.
      const text = JSON.stringify(data);
      expect(text).not.toMatch(/[\uff61-\uff9f]/);
      expect(data.some((d) => JSON.stringify(d.schedule ?? []).includes('"opens":"09:30"'))).toBe(true);
      expect(data.some((d) => JSON.stringify(d.schedule ?? []).includes('"byDay":["2SA","4SA"]'))).toBe(true);
      expect(data.some((d) => d.scheduleNote === '隔週水曜日')).toBe(true);
      expect(data.some((d) => (d.contact as { phone?: string } | undefined)?.phone?.startsWith('072-000-'))).toBe(true);
      if (layout === 'official') {
        expect(new Set(data.map((d) => d.kind))).toEqual(
          new Set(['kodomo-shokudo', 'free-school', 'ibasho', 'consultation']),
        );
      }
    },
  );
});
