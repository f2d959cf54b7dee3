/**
 * `npm run import-districts -- <A27> --init-new-schools / --new-schools`: a
 * district of the region with no school file becomes one, from a CSV template
 * that staff fill in with the reading and the point the data lacks. Run as a
 * separate Node process on copies of the demo content folder.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { errorsOf } from '../../src/core/problems.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { isInsideGeometry } from '../../src/lib/geo.ts';
import { levelOfCode, metresToBoundary, newSchoolId } from '../../src/lib/import/new-schools.ts';
import { FIXTURES, REPO_ROOT } from './support/helpers.ts';
import { runScript, temporaryFolders } from './support/run-script.ts';

const DEMO = path.join(REPO_ROOT, 'content');
const A27 = path.join(FIXTURES, 'districts', 'a27-nishi-fictional.geojson');
const HEADER = ['学校コード', '名称', '所在地', 'よみ', '緯度', '経度'];
const { tempDir, copyOf } = temporaryFolders('new-schools-');
/** A copy of the demo content: the command never touches the real folder. */
const contentCopy = () => copyOf(DEMO);
const runImport = (contentDir: string, args: string[]) => runScript('import-districts.ts', contentDir, args);

function schoolTexts(dir: string): Map<string, string> {
  const folder = path.join(dir, 'schools');
  return new Map(readdirSync(folder).map((f) => [f, readFileSync(path.join(folder, f), 'utf8')]));
}

async function schoolsOf(dir: string) {
  const content = await loadContent(dir);
  expect(errorsOf(content.problems)).toEqual([]);
  return new Map(content.schools.map((s) => [s.id, s]));
}

/** A CSV as staff save it from Excel: no quotes unless needed, CRLF. */
function csv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;
}

/** Shift_JIS bytes (Excel's 「CSV」 on Japanese Windows), through the decoder's inverse table as read-table.test.ts does. */
function shiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead += 1) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail += 1) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  for (let byte = 0xa1; byte <= 0xdf; byte += 1) table.set(decoder.decode(new Uint8Array([byte])), [byte]);
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? []));
  }
  return new Uint8Array(bytes);
}

const square = (lng: number, lat: number): [number, number][][] => [
  [
    [lng - 0.002, lat - 0.002],
    [lng + 0.002, lat - 0.002],
    [lng + 0.002, lat + 0.002],
    [lng - 0.002, lat + 0.002],
    [lng - 0.002, lat - 0.002],
  ],
];

/** The A27 fixture with more districts of the ward that have no school file. */
function a27With(extra: Array<[code: string, name: string, lng: number, lat: number]>): string {
  const data = JSON.parse(readFileSync(A27, 'utf8')) as { features: unknown[] };
  for (const [code, name, lng, lat] of extra) {
    data.features.push({
      type: 'Feature',
      properties: {
        A27_001: '27140',
        A27_002: '堺市立',
        A27_003: code,
        A27_004: name,
        A27_005: `大阪府堺市西区${name}前`,
      },
      geometry: { type: 'Polygon', coordinates: square(lng, lat) },
    });
  }
  const file = path.join(tempDir(), 'a27-more.geojson');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('npm run import-districts -- --init-new-schools', () => {
  it('writes a UTF-8 (BOM) template of the ward’s districts with no school file, and nothing else', async () => {
    const dir = contentCopy();
    const before = schoolTexts(dir);
    const target = path.join(tempDir(), 'new.csv');
    const run = await runImport(dir, [A27, '--init-new-schools', target]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^a27-nishi-fictional\.geojson:15: B127200000921 しおかぜ小学校.*: 学校のファイルがありません → new\.csv:2 /m,
    );
    expect(run.stdout).toMatch(/に 1 校のひな形を書きました。.*P29.*地図アプリ/);
    expect(run.stdout).toContain('学校ファイルは書いていません / No school file written');
    expect(schoolTexts(dir)).toEqual(before);

    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      HEADER,
      ['B127200000921', 'しおかぜ小学校', '大阪府堺市西区しおかぜ町0丁0-0', '', '', ''],
    ]);

    // Never over a file that is there: staff may have filled it in already.
    writeFileSync(target, 'filled in');
    const again = await runImport(dir, [A27, '--init-new-schools', target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/もうあるファイルには書きません/);
    expect(readFileSync(target, 'utf8')).toBe('filled in');
  });

  it('writes no template when every district has a school file, and none with --dry-run', async () => {
    const dir = contentCopy();
    const target = path.join(tempDir(), 'new.csv');
    const none = await runImport(dir, [A27, '--codes', 'B127200000011', '--init-new-schools', target]);
    expect(none.stdout).toContain('学校ファイルのない校区はありません');
    const dry = await runImport(dir, [A27, '--init-new-schools', target, '--dry-run']);
    expect(dry.stdout).toContain('1 行のひな形を書くところです');
    expect(existsSync(target)).toBe(false);
    const both = await runImport(dir, [A27, '--init-new-schools', target, '--new-schools', target]);
    expect(both.code).toBe(2);
  });
});

describe('npm run import-districts -- --new-schools', () => {
  it('turns a filled row (Shift_JIS, ｶﾀｶﾅ, full-width digits) into a valid school file, and changes nothing the second time', async () => {
    const dir = contentCopy();
    const work = tempDir();
    const template = path.join(work, 'new.csv');
    await runImport(dir, [A27, '--init-new-schools', template]);
    const [header, row] = Papa.parse<string[]>(readFileSync(template, 'utf8').replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    row![3] = 'ｼｵｶｾﾞｼｮｳｶﾞｯｺｳ';
    row![4] = '３４．５１５２';
    row![5] = '１３５．４４０１';
    const filled = path.join(work, 'new-filled.csv');
    writeFileSync(filled, shiftJis(csv([header!, row!])));

    const before = schoolTexts(dir);
    const dry = await runImport(dir, [A27, '--new-schools', filled, '--dry-run']);
    expect(dry.stdout).toMatch(
      /^new-filled\.csv:2: B127200000921 しおかぜ小学校.* → schools\/shiokaze-es\.yaml: 学校ファイル新規/m,
    );
    expect(schoolTexts(dir)).toEqual(before);

    const run = await runImport(dir, [A27, '--new-schools', filled]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^new-filled\.csv:2: B127200000921 しおかぜ小学校（大阪府堺市西区しおかぜ町0丁0-0） → schools\/shiokaze-es\.yaml: 学校ファイル新規 \/ new school file（a27-nishi-fictional\.geojson:15・5 点/m,
    );
    expect(run.stdout).not.toMatch(/しおかぜ小学校.*学校のファイルがありません/);
    expect(run.stdout).toMatch(/・学校ファイル新規 1・要確認 \d+ \//);

    const schools = await schoolsOf(dir);
    const shiokaze = schools.get('shiokaze-es')!;
    expect(shiokaze).toMatchObject({
      name: 'しおかぜ小学校',
      nameKana: 'しおかぜしょうがっこう',
      level: 'elementary',
      lat: 34.5152,
      lng: 135.4401,
      address: '大阪府堺市西区しおかぜ町0丁0-0',
      schoolCode: 'B127200000921',
    });
    expect(shiokaze.sample).toBeUndefined();
    expect(shiokaze.district?.type).toBe('Polygon');
    expect(isInsideGeometry(shiokaze, shiokaze.district!)).toBe(true);
    const text = readFileSync(path.join(dir, 'schools', 'shiokaze-es.yaml'), 'utf8');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schema\/school\.schema\.json\n# 学校コード・名称・所在地と校区の境界は 国土数値情報 小学校区 A27（a27-nishi-fictional\.geojson）、よみと位置は new-filled\.csv から[^\n]*\nname: しおかぜ小学校\n/,
    );
    expect(text).toMatch(
      /\n# 校区の境界: [^\n]*\ndistrict:\n {2}type: Polygon\n {2}coordinates:\n {4}- - \[135\.4365, 34\.512\]\n/,
    );

    // Again: the school is found by its code, and the row is seen to be done.
    const written = schoolTexts(dir);
    const again = await runImport(dir, [A27, '--new-schools', filled]);
    expect(again.stdout).toMatch(
      /^new-filled\.csv:2: B127200000921 → schools\/shiokaze-es\.yaml: 学校ファイルはもうあります/m,
    );
    expect(again.stdout).toMatch(/shiokaze-es\.yaml: 変更なし \/ unchanged（学校コードで/);
    expect(again.stdout).toContain('一致 12（新規 0・更新 0・変更なし 12）・学校ファイル新規 0');
    expect(schoolTexts(dir)).toEqual(written);
  });

  it('names each bad row by row and column, writes only the good ones, and keeps the folder valid', async () => {
    const dir = contentCopy();
    const work = tempDir();
    const data = a27With([
      ['B127200000931', 'うみかぜ小学校', 135.43, 34.52],
      ['B127200000941', 'なぎさ小学校', 135.43, 34.53],
      ['B127200000951', 'こだま小学校', 135.505, 34.565],
      ['B127200000961', 'しおみ小学校', 135.43, 34.54],
      ['B127200000971', 'はまべ小学校', 135.505, 34.51],
      ['B127200000981', 'ながいなまえ小学校', 135.465, 34.566],
    ]);
    const filled = path.join(work, 'new.csv');
    const long = `${'と'.repeat(58)}小学校`;
    writeFileSync(
      filled,
      `\ufeff${csv([
        HEADER,
        ['B127200000931', 'うみかぜ小学校', '', '', '34.52', '135.43'],
        ['B127200000941', 'なぎさ小学校', '', 'なぎさしょうがっこう', '34.60', '135.43'],
        ['B127200000951', 'こだま小学校', '', 'こだましょうがっこう', '34.545', '135.445'],
        ['B127200000999', 'ない小学校', '', 'ないしょうがっこう', '34.52', '135.43'],
        ['B127200000961', 'しおみ小学校', '', '潮見', '34.54', '135.43'],
        // A point copied from a map app as one "lat, lng" pair.
        ['B127200000921', 'しおかぜ小学校', '', 'しおかぜしょうがっこう', '34.515, 135.44', ''],
        // About 45 m north of its district: written, with a warning.
        ['B127200000971', 'はまべ小学校', '', 'はまべしょうがっこう', '34.5124', '135.505'],
        ['B127200000011', '浜西小学校', '', 'はまにししょうがっこう', '34.5452', '135.4451'],
        ['B127200000981', long, '', 'ながいなまえしょうがっこう', '34.566', '135.465'],
        ['B127200000941', 'なぎさ小学校', '', 'なぎさ', 'abc', '135.43'],
      ])}`,
    );
    const before = schoolTexts(dir);
    const run = await runImport(dir, [data, '--new-schools', filled]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const out = run.stdout;
    expect(out).toMatch(/^new\.csv:2:よみ: よみがなを書いてください \/ A reading is required$/m);
    expect(out).toMatch(/^new\.csv:3:緯度: 位置（34\.6, 135\.43）が地域の範囲（site\.yaml の map\.bounds）の外です/m);
    expect(out).toMatch(/^new\.csv:4:緯度: 位置（34\.545, 135\.445）が自分の校区から \d+ m 外です/m);
    expect(out).toMatch(/^new\.csv:5:学校コード: 学校コード「B127200000999」の校区はデータにありません/m);
    expect(out).toMatch(/^new\.csv:6:よみ: よみ「潮見」はひらがなかカタカナで書いてください/m);
    expect(out).toMatch(/^new\.csv:7: B127200000921 しおかぜ小学校.* → schools\/shiokaze-es\.yaml: 学校ファイル新規/m);
    expect(out).toMatch(/^new\.csv:8:緯度: 警告 \/ warning: 位置が校区の境界から 4\d m 外です（書き込みます）/m);
    expect(out).toMatch(/^new\.csv:8: B127200000971 はまべ小学校.* → schools\/hamabe-es\.yaml: 学校ファイル新規/m);
    expect(out).toMatch(/^new\.csv:9: B127200000011 → schools\/hamanishi-es\.yaml: 学校ファイルはもうあります/m);
    // The school schema, through the content loader, names the column too.
    expect(out).toMatch(/^new\.csv:10:名称: .*（schools\/nagainamae-es\.yaml）$/m);
    expect(out).toMatch(/^new\.csv:11:学校コード: この校区は 3 行目にもあります/m);
    expect(out).toContain('学校ファイル新規 2');

    const after = schoolTexts(dir);
    const added = [...after.keys()].filter((f) => !before.has(f)).sort();
    expect(added).toEqual(['hamabe-es.yaml', 'shiokaze-es.yaml']);
    const schools = await schoolsOf(dir);
    expect(schools.get('shiokaze-es')).toMatchObject({ lat: 34.515, lng: 135.44 });
    // Rows with problems leave their districts reported as before.
    expect(out).toMatch(/:16: B127200000931 うみかぜ小学校.*: この地域の校区ですが、学校のファイルがありません/m);
  });

  it('stops with exit 2 on a table that is not the template', async () => {
    const dir = contentCopy();
    const file = path.join(tempDir(), 'other.csv');
    writeFileSync(
      file,
      csv([
        ['名称', '住所'],
        ['しおかぜ小学校', ''],
      ]),
    );
    const run = await runImport(dir, [A27, '--new-schools', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^other\.csv:1: 見出しに 学校コード・よみ・緯度・経度 の列がありません/m);
  });
});

describe('new school ids and levels', () => {
  it('makes ids like the demo schools’, unique, from the reading or else the code', () => {
    expect(newSchoolId('しおかぜしょうがっこう', 'elementary', 'B127200000921', new Set())).toBe('shiokaze-es');
    expect(newSchoolId('あおばちゅうがっこう', 'junior-high', undefined, new Set(['aoba-jhs']))).toBe('aoba-jhs-2');
    expect(newSchoolId('ー', 'elementary', 'B127200000921', new Set())).toBe('b127200000921');
    expect(levelOfCode('B127200000921', 'junior-high')).toBe('elementary');
    expect(levelOfCode('C127200000011', 'elementary')).toBe('junior-high');
    expect(levelOfCode('C227200000011', 'junior-high')).toBe('junior-high');
  });

  it('measures how far outside its district a point lies', () => {
    const district = { type: 'Polygon' as const, coordinates: square(135.5, 34.5) };
    // 0.0004° of latitude north of the top edge: about 44 m.
    expect(metresToBoundary({ lat: 34.5024, lng: 135.5 }, district)).toBeCloseTo(44.5, 0);
  });
});
