/**
 * Hostile and broken inputs, written into a temporary content folder at test
 * time so that no large or binary file is committed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WHOLE_FILE, yamlLineField } from '../../../src/core/problems.ts';
import { BAD_DIR, seededRandom } from './helpers.ts';

/** A valid listing, LF line ends, no byte-order mark. */
export const VALID_LISTING = `---
kind: ibasho
name: テスト 改行コードの居場所
nameKana: てすと かいぎょうこーどのいばしょ
summary: 改行コードと BOM のテスト用です。
location:
  area: 鳳東町付近
  lat: 34.5412
  lng: 135.4711
  precision: approximate
schedule:
  - freq: weekly
    byDay: [TH]
    opens: '15:00'
    closes: '18:00'
audience:
  groups: [elementary]
status: active
verified:
  date: 2026-10-01
  by: operator
  source: 運営者への電話
sample: true
---
一行目の本文。

二行目の本文。
`;

export const withBomAndCrlf = (text: string): Uint8Array =>
  new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.replace(/\n/g, '\r\n'))]);

/** Random bytes that certainly contain NUL. */
export function binaryBytes(size = 4096): Uint8Array {
  const random = seededRandom(42);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(random() * 256);
  bytes[0] = 0x89; // a PNG-like start
  bytes[17] = 0;
  return bytes;
}

/** Nine levels of nine aliases: 9^9 strings if the aliases were expanded. */
export function billionLaughs(): string {
  const letters = 'abcdefghi';
  const lines = ['---', `a: &a [${Array(9).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < letters.length; i++) {
    lines.push(
      `${letters[i]}: &${letters[i]} [${Array(9)
        .fill(`*${letters[i - 1]}`)
        .join(', ')}]`,
    );
  }
  lines.push('---', '');
  return lines.join('\n');
}

export interface RobustnessCase {
  /** File name under listings/. */
  name: string;
  bytes: Uint8Array;
  /** The one error problem this file must produce. */
  field: string;
  message: RegExp;
}

const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The valid listing with `name:` written twice: on line 3 and again on line 4. */
export const DUPLICATE_KEYS = VALID_LISTING.replace('nameKana:', 'name: テスト 二つ目の名前\nnameKana:');

export function robustnessCases(): RobustnessCase[] {
  const fiveMegabytes = concat(text(VALID_LISTING), new Uint8Array(5 * 1024 * 1024).fill(0x61));
  return [
    { name: 'empty.md', bytes: new Uint8Array(0), field: WHOLE_FILE, message: /The file is empty/ },
    { name: 'blank.md', bytes: text('  \n\n\t\n'), field: WHOLE_FILE, message: /The file is empty/ },
    { name: 'binary.md', bytes: binaryBytes(), field: WHOLE_FILE, message: /Not a text file \(binary data\)/ },
    {
      // Binary data that happens to start like UTF-16 is still binary.
      name: 'binary-utf16-bom.md',
      bytes: concat(new Uint8Array([0xff, 0xfe]), binaryBytes()),
      field: WHOLE_FILE,
      message: /Not a text file \(binary data\)/,
    },
    {
      // Text with a NUL in it, as UTF-16 would have, but on both sides of the byte pairs.
      name: 'nul-in-text.md',
      bytes: concat(text(VALID_LISTING.slice(0, 41)), new Uint8Array([0, 0, 0]), text(VALID_LISTING.slice(41))),
      field: WHOLE_FILE,
      message: /Not a text file \(binary data\)/,
    },
    {
      name: 'no-front-matter.md',
      bytes: text('# 見出しだけ\n\n本文だけのファイルです。\n'),
      field: WHOLE_FILE,
      message: /no front matter/,
    },
    {
      name: 'too-large.md',
      bytes: fiveMegabytes,
      field: WHOLE_FILE,
      message: /File too large \(512\d KB, limit 1024 KB\)/,
    },
    {
      // The start of a listing saved as Shift_JIS: こども = 82 B1 82 C7 82 E0.
      name: 'shift-jis.md',
      bytes: concat(
        text('---\nkind: ibasho\nname: '),
        new Uint8Array([0x82, 0xb1, 0x82, 0xc7, 0x82, 0xe0]),
        text('\n---\n'),
      ),
      field: WHOLE_FILE,
      message: /Not UTF-8 text/,
    },
    {
      name: 'invalid-utf8.md',
      bytes: concat(
        text(VALID_LISTING.slice(0, 40)),
        new Uint8Array([0xff, 0xc3, 0x28]),
        text(VALID_LISTING.slice(40)),
      ),
      field: WHOLE_FILE,
      message: /Not UTF-8 text/,
    },
    {
      name: 'js-front-matter.md',
      bytes: text('---js\n{ x: (globalThis.__pwned = 1) }\n---\n本文\n'),
      field: WHOLE_FILE,
      message: /no front matter/,
    },
    {
      name: 'javascript-front-matter.md',
      bytes: text('---javascript\nglobalThis.__pwned = 2; module.exports = {}\n---\n'),
      field: WHOLE_FILE,
      message: /no front matter/,
    },
    {
      name: 'billion-laughs.md',
      bytes: text(billionLaughs()),
      field: WHOLE_FILE,
      message: /YAML expands to too much data/,
    },
    {
      name: 'list-front-matter.md',
      bytes: text('---\n- kind\n- name\n---\n'),
      field: WHOLE_FILE,
      message: /"name: value"/,
    },
    {
      name: 'scalar-front-matter.md',
      bytes: text('---\nただの文章です\n---\n'),
      field: WHOLE_FILE,
      message: /"name: value"/,
    },
    { name: 'number-front-matter.md', bytes: text('---\n42\n---\n'), field: WHOLE_FILE, message: /"name: value"/ },
    {
      name: 'duplicate-keys.md',
      bytes: text(DUPLICATE_KEYS),
      field: yamlLineField(4),
      message: /duplicated mapping key/,
    },
    {
      name: 'missing-closing.md',
      bytes: text(VALID_LISTING.replace(/\n---\n(?=一行目)/, '\n')),
      field: WHOLE_FILE,
      message: /closing "---" line of the front matter is missing/,
    },
    {
      name: 'deep-nesting.md',
      bytes: text(`---\nkind: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n`),
      field: yamlLineField(2),
      message: /Invalid YAML/,
    },
  ];
}

/**
 * A content folder holding every robustness case plus one valid listing with a
 * BOM and CRLF line ends; site.yaml and schools come from the bad fixture.
 */
export function writeRobustnessDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'validator-robustness-'));
  mkdirSync(path.join(dir, 'listings'));
  mkdirSync(path.join(dir, 'schools'));
  copyFileSync(path.join(BAD_DIR, 'site.yaml'), path.join(dir, 'site.yaml'));
  for (const school of ['sakura-es.yaml', 'kaede-jhs.yaml']) {
    writeFileSync(path.join(dir, 'schools', school), readFileSync(path.join(BAD_DIR, 'schools', school)));
  }
  for (const c of robustnessCases()) writeFileSync(path.join(dir, 'listings', c.name), c.bytes);
  writeFileSync(path.join(dir, 'listings', 'bom-crlf.md'), withBomAndCrlf(VALID_LISTING));
  return dir;
}
