/**
 * The browser's YAML writer says what js-yaml's dump says, for every listing
 * of the content folder and for the strings YAML readers could mistake.
 */
import { dump, load, CORE_SCHEMA } from 'js-yaml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { yamlText } from '../../src/lib/submission/yaml-text.ts';
const cases: unknown[] = [
  [
    '1_000',
    '0x1_F',
    '1.5_0',
    '0b1_0',
    '0o7_1',
    '_1',
    '1_',
    '1.5',
    '0o17',
    '0b11',
    '017',
    '-.inf',
    '1.',
    '1e5',
    '+.5',
    '2026-1-2 1:00:00',
    '0.',
    'a\u0001',
    'x\u00a0y',
    'a\tb\nc',
  ],
  'plain',
  3,
  [],
  {},
  {
    a: '11:00',
    b: 'a\nb',
    c: 'yes',
    d: '2026-04-01',
    e: ' x',
    f: 'x: y',
    g: '#a',
    h: 'a #b',
    i: '-a',
    j: '- a',
    k: '',
    l: [],
    m: {},
    n: [{ x: 1, y: [1, 2] }],
    o: 'tab\there',
    p: "it's",
    q: '"q"',
    r: '1e3',
    s: '0x1F',
    t: '~',
    u: 'a:',
    v: 'ａ：ｂ',
    w: -0,
    x: 1.5,
    z: '@x',
    aa: 'a\\b',
    ab: 'null',
    ac: '.5',
    ad: '1_000',
    ae: '+1',
    af: 'a\n',
    ag: 'a\n\n',
    ah: ' a\nb',
    ai: [[1, 2], []],
    aj: { b: { c: { d: [{ e: 'x\ny' }] } } },
  },
  [
    '1_000',
    '0x1_F',
    '1.5_0',
    '0b1_0',
    '0o7_1',
    '_1',
    '1_',
    '1.5',
    '0o17',
    '0b11',
    '017',
    '-.inf',
    '1.',
    '1e5',
    '+.5',
    '2026-1-2 1:00:00',
    '0.',
    'a\u0001',
    'x\u00a0y',
    'a\tb\nc',
  ],
  'plain',
  3,
  [],
  {},
];
for (const dir of [path.resolve('content/listings'), path.resolve('tests/fixtures/content-good/listings')].filter(
  existsSync,
))
  for (const f of readdirSync(dir)) {
    const t = readFileSync(`${dir}/${f}`, 'utf8');
    const m = /^---\n([\s\S]*?)\n---/.exec(t);
    if (m) cases.push(load(m[1]!, { schema: CORE_SCHEMA }));
  }
it('writes what js-yaml writes', () => {
  for (const c of cases) expect(yamlText(c)).toBe(dump(c, { lineWidth: -1, noRefs: true }));
});
