import { describe, expect, it } from 'vitest';
import { SELECTION_KEY, idsFromParam, parseSelection, selectionStore } from '../../src/lib/selection.ts';
import { encode } from 'uqr';
import { qrSvg } from '../../src/lib/qr.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('the print list in browser storage', () => {
  it('toggles listings in order and keeps a note', () => {
    const storage = memoryStorage();
    const store = selectionStore(storage);
    expect(store.toggle('a')).toBe(true);
    expect(store.toggle('b')).toBe(true);
    expect(store.toggle('a')).toBe(false);
    store.setNote('火曜日に電話してみてください');
    expect(JSON.parse(storage.map.get(SELECTION_KEY)!)).toEqual({ ids: ['b'], note: '火曜日に電話してみてください' });
    store.clear();
    expect(store.read()).toEqual({ ids: [], note: '' });
  });

  it('ignores whatever else storage holds: bad JSON, bad ids, long notes', () => {
    expect(parseSelection('{not json')).toEqual({ ids: [], note: '' });
    expect(parseSelection(JSON.stringify({ ids: ['ok-1', '<script>', 'UPPER', 3, 'ok-1'], note: 7 }))).toEqual({
      ids: ['ok-1'],
      note: '',
    });
    expect(parseSelection(JSON.stringify({ ids: [], note: 'あ'.repeat(2000) })).note).toHaveLength(500);
    expect(idsFromParam('a,b,,../x,a,c-d')).toEqual(['a', 'b', 'c-d']);
    expect(idsFromParam(null)).toEqual([]);
  });

  it('keeps working in memory when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = selectionStore(blocked);
    store.toggle('a');
    expect(store.read().ids).toEqual(['a']);
    const none = selectionStore(undefined);
    none.toggle('b');
    expect(none.read().ids).toEqual(['b']);
  });
});

describe('QR codes as SVG', () => {
  it('escape their label and draw dark runs only', () => {
    const svg = qrSvg('https://example.org/listings/a/', '"><script>alert(1)</script>');
    expect(svg).not.toContain('<script>');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
  });

  it('draw exactly the dark modules of the code', () => {
    const text = 'https://kodomo-map.example.jp/listings/otori-minami-kodomo-shokudo-aozora/';
    const svg = qrSvg(text, 'QR');
    const d = /<path d="([^"]+)"/.exec(svg)![1]!;
    // Follow the path: strokes one module wide along the middle of each row.
    const dark = new Set<string>();
    let x = 0;
    let y = 0;
    for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
      if (command === 'M') [x, y] = [Number(a), Number(b)];
      else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
      else {
        for (let i = 0; i < Number(a); i++) dark.add(`${x + i},${Math.floor(y)}`);
        x += Number(a);
      }
    }
    const { data } = encode(text, { ecc: 'L', border: 4 });
    const expected = new Set(data.flatMap((row, r) => row.flatMap((on, c) => (on ? [`${c},${r}`] : []))));
    expect([...dark].sort()).toEqual([...expected].sort());
  });
});
