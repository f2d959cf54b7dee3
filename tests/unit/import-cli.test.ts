/**
 * `npm run import` as ward staff run it: a separate Node process reading real
 * files (CP932, UTF-8 with BOM, UTF-16, .xlsx, a mapped table) into a copy of
 * a content folder, which the validator then reads back.
 */

import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { errorsOf } from '../../src/core/problems.ts';
import { parseMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { PRESCHOOL_COLUMNS } from '../../src/lib/import/layouts.ts';
import { listingView } from '../../src/lib/listing-view.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { FIXTURES, GOOD_DIR } from './support/helpers.ts';
import { runScript, temporaryFolders } from './support/run-script.ts';

const IMPORTS = path.join(FIXTURES, 'import');
const { copyOf } = temporaryFolders('import-');
const contentCopy = () => copyOf(GOOD_DIR);
const runImport = (contentDir: string, args: string[]) => runScript('import.ts', contentDir, args);

function listingFiles(dir: string): string[] {
  return readdirSync(path.join(dir, 'listings')).sort();
}

function frontMatter(dir: string, id: string): Record<string, unknown> {
  const parsed = parseMarkdownFile(`${id}.md`, readFileSync(path.join(dir, 'listings', `${id}.md`)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.data;
}

async function expectValid(dir: string) {
  const content = await loadContent(dir);
  expect(errorsOf(content.problems)).toEqual([]);
}

const cp932 = path.join(IMPORTS, 'nishi-shokudo-cp932.csv');

describe('npm run import', () => {
  it('reads a CP932 list, reports each bad row by row and column, and writes only the good rows', async () => {
    const dir = contentCopy();
    const before = listingFiles(dir);
    const run = await runImport(dir, [cp932, '--kind', 'kodomo-shokudo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^nishi-shokudo-cp932\.csv: Shift_JIS・公共施設一覧（推奨データセット）・見出し 2 行目/);
    expect(run.stdout).toMatch(
      /nishi-shokudo-cp932\.csv:5:緯度: 地図の位置（緯度・経度）がありません。住所「大阪府堺市西区浜寺元町3丁」/,
    );
    expect(run.stdout).toMatch(/nishi-shokudo-cp932\.csv:6:名称: 名称がありません \/ The name is missing/);
    expect(run.stdout).toMatch(/nishi-shokudo-cp932\.csv:7:終了時間: 終了時間 17:00 が開始時間 18:00 より前です/);
    expect(run.stdout).toMatch(/nishi-shokudo-cp932\.csv:8:緯度: 位置（35\.6812, 139\.7671）が地域の範囲の外です/);
    expect(run.stdout).toContain(
      '7行：新規 3・更新 0・変更なし 0・要確認 4 / 7 rows: 3 new, 0 updated, 0 unchanged, 4 need attention',
    );
    const added = listingFiles(dir).filter((f) => !before.includes(f));
    expect(added).toEqual(['haipa-shokudou.md', 'ootori-hidamari-shokudou.md', 'uenoshiba-kodomo-shokudou.md']);
    await expectValid(dir);

    const hidamari = frontMatter(dir, 'ootori-hidamari-shokudou');
    expect(hidamari).toMatchObject({
      sourceId: 'K-001',
      nameKana: 'おおとり ひだまり しょくどう',
      schedule: [{ freq: 'monthly', byDay: ['2SA', '4SA'], opens: '11:00', closes: '14:00' }],
      contact: { phone: '072-000-1234', phoneConsent: false },
      verified: { by: 'official' },
    });
    // Nothing the table lacks is invented.
    expect(hidamari).not.toHaveProperty('audience');
    expect(hidamari).not.toHaveProperty('summary');
    expect(hidamari).not.toHaveProperty('cost');
    // 隔週 with no date to count from stays words.
    expect(frontMatter(dir, 'haipa-shokudou')).toMatchObject({ scheduleNote: '隔週土曜日' });
    expect(frontMatter(dir, 'haipa-shokudou')).not.toHaveProperty('schedule');
  });

  it('changes nothing when the same file is imported again, and updates only what the table carries', async () => {
    const dir = contentCopy();
    await runImport(dir, [cp932, '--kind', 'kodomo-shokudo']);
    const file = path.join(dir, 'listings', 'ootori-hidamari-shokudou.md');
    const first = readFileSync(file, 'utf8');
    const again = await runImport(dir, [cp932, '--kind', 'kodomo-shokudo']);
    expect(again.stdout).toContain('新規 0・更新 0・変更なし 3・要確認 4');
    expect(readFileSync(file, 'utf8')).toBe(first);

    // Editors add what the list does not have; the next import keeps it.
    const edited = first
      .replace('phoneConsent: false', 'phoneConsent: true')
      .replace('status: active', 'summary: 毎月2回のお昼ごはん\naudience:\n  groups:\n    - everyone\nstatus: active')
      .replace('地域のみんなで作る食堂です。', '編集者が書いた紹介です。');
    writeFileSync(file, edited);
    const table = readFileSync(cp932);
    const changed = path.join(dir, 'changed.csv');
    // The same table with the closing time moved from 14時 (8E 9E in CP932) to 15:00, still CP932.
    writeFileSync(changed, Buffer.from(table.toString('latin1').replace(',14\x8e\x9e,', ',15:00,'), 'latin1'));
    const update = await runImport(dir, [changed, '--kind', 'kodomo-shokudo']);
    expect(update.stdout).toContain('新規 0・更新 1・変更なし 2・要確認 4');
    const after = frontMatter(dir, 'ootori-hidamari-shokudou');
    expect(after).toMatchObject({
      summary: '毎月2回のお昼ごはん',
      audience: { groups: ['everyone'] },
      contact: { phoneConsent: true },
      schedule: [{ closes: '15:00' }],
    });
    expect(readFileSync(file, 'utf8')).toContain('編集者が書いた紹介です。');
    await expectValid(dir);
  });

  it('--dry-run writes nothing and says what it would do', async () => {
    const dir = contentCopy();
    const before = listingFiles(dir);
    const run = await runImport(dir, [cp932, '--kind', 'kodomo-shokudo', '--dry-run']);
    expect(run.stdout).toContain('nishi-shokudo-cp932.csv:3: new → listings/ootori-hidamari-shokudou.md');
    expect(run.stdout).toContain('--dry-run：何も書いていません / Nothing written');
    expect(listingFiles(dir)).toEqual(before);
  });

  it('reads the 53-column 正式版 with a BOM, maps 種別 terms to kinds, and reports one it does not know', async () => {
    const dir = contentCopy();
    const run = await runImport(dir, [path.join(IMPORTS, 'preschool-53-utf8-bom.csv')]);
    expect(run.stdout).toMatch(/UTF-8 \(BOM\)・子育て施設一覧（正式版）/);
    expect(run.stdout).toMatch(/:5:種別: 種別「学童保育」がどの種類か分かりません/);
    expect(run.stdout).toMatch(/取り込まない列 \/ Columns not imported: 全国地方公共団体コード、.*授乳室/);
    expect(run.stdout).toContain('4行：新規 3・更新 0・変更なし 0・要確認 1');
    expect(frontMatter(dir, 'kusabe-minnano-shokutaku')).toMatchObject({
      kind: 'kodomo-shokudo',
      location: { address: '大阪府堺市西区草部100番地' },
      contact: { phone: '072-000-5678', website: 'https://example.org/kusabe' },
      audience: { groups: ['everyone'] },
      schedule: [{ freq: 'monthly', byDay: ['-1SU'], byMonth: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12] }],
    });
    expect(frontMatter(dir, 'tsukuno-yusu-hiroba')).toMatchObject({
      kind: 'ibasho',
      schedule: [{ freq: 'weekly', byDay: ['TU', 'TH'], opens: '16:00', closes: '19:00' }],
    });
    await expectValid(dir);
  });

  it('writes a free school whose grades, 出席扱い and 見学 the table does not give, and its page says to ask', async () => {
    const dir = contentCopy();
    const before = listingFiles(dir);
    const csv = path.join(dir, 'free-schools.csv');
    const row = (values: Record<string, string>) => PRESCHOOL_COLUMNS.map((name) => values[name] ?? '').join(',');
    const school = {
      ID: 'F-1',
      名称: 'いしづ学びの家',
      名称_カナ: 'イシヅ マナビノイエ',
      種別: 'フリースクール',
      所在地_連結表記: '大阪府堺市西区石津北町1丁',
      緯度: '34.5530',
      経度: '135.4560',
      利用可能曜日: '月・水・金',
      開始時間: '10:00',
      終了時間: '15:00',
    };
    const writeTable = (extra: Record<string, string> = {}) =>
      writeFileSync(csv, [PRESCHOOL_COLUMNS.join(','), row({ ...school, ...extra })].join('\r\n'));
    writeTable();
    const run = await runImport(dir, [csv]);
    expect(run.stdout).toContain('1行：新規 1・更新 0・変更なし 0・要確認 0');
    expect(run.code).toBe(0);
    const [file] = listingFiles(dir).filter((f) => !before.includes(f));
    const id = file!.replace(/\.md$/, '');
    const data = frontMatter(dir, id);
    expect(data).toMatchObject({ kind: 'free-school', sourceId: 'F-1' });
    expect(data).not.toHaveProperty('freeSchool');
    expect(data).not.toHaveProperty('audience');
    await expectValid(dir);
    const entry = (await loadContent(dir)).listings.find((l) => l.id === id)!;
    const view = listingView(toPublicListing(entry.id, entry.data, entry.body, []), { today: '2026-12-01' });
    expect(view.freeSchool).toEqual({
      grades: '直接お問い合わせください',
      attendanceCredit: '直接お問い合わせください',
      visits: '直接お問い合わせください',
    });
    expect(view.audience).toBe('対象は直接お問い合わせください');

    // Editors learn 出席扱い; the next list gives 受入年齢 in school years, which become the grades beside it.
    const listingPath = path.join(dir, 'listings', file!);
    writeFileSync(
      listingPath,
      readFileSync(listingPath, 'utf8').replace(
        'status: active',
        'freeSchool:\n  attendanceCredit: consult\nstatus: active',
      ),
    );
    writeTable({ 受入年齢: '小学生・中学生' });
    const again = await runImport(dir, [csv]);
    expect(again.stdout).toContain('1行：新規 0・更新 1');
    expect(frontMatter(dir, id).freeSchool).toEqual({
      grades: ['elementary', 'junior-high'],
      attendanceCredit: 'consult',
    });
    await expectValid(dir);
  });

  it('reads UTF-16 as Excel saves 「Unicode テキスト」, and asks for --kind when there is no 種別', async () => {
    const dir = contentCopy();
    const file = path.join(IMPORTS, 'public-facility-utf16.txt');
    const without = await runImport(dir, [file]);
    expect(without.stdout).toMatch(/UTF-16LE \(BOM\)/);
    expect(without.stdout).toMatch(/:2:（行 \/ row）: 種別がありません。.*--kind/);
    const withKind = await runImport(dir, [file, '--kind', 'ibasho']);
    expect(withKind.code).toBe(0);
    expect(frontMatter(dir, 'hamaderakouen-kodomohiroba')).toMatchObject({
      schedule: [{ freq: 'weekly', byDay: ['SA', 'SU'], opens: '10:00', closes: '16:00' }],
    });
  });

  it('reads a table of its own shape through a mapping that --init-mapping starts', async () => {
    const dir = contentCopy();
    const table = path.join(dir, 'own.csv');
    cpSync(path.join(IMPORTS, 'custom-table.csv'), table);
    const unknown = await runImport(dir, [table]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--init-mapping/);
    const init = await runImport(dir, [table, '--init-mapping']);
    expect(init.code).toBe(0);
    expect(JSON.parse(readFileSync(`${table}.mapping.json`, 'utf8'))).toEqual({
      columns: { 列1: null, よみ: null, 所在地: null, X座標: null, Y座標: null, 開催: null, 種類: null, メモ: null },
      kinds: {},
    });
    const run = await runImport(dir, [table, '--mapping', path.join(IMPORTS, 'custom-table.mapping.json')]);
    expect(run.code).toBe(0);
    expect(frontMatter(dir, 'ebaraji-gohankai')).toMatchObject({
      kind: 'kodomo-shokudo',
      location: { lat: 34.55, lng: 135.48 },
      schedule: [{ freq: 'monthly', byDay: ['1SA'], opens: '11:00', closes: '13:00' }],
    });
    expect(frontMatter(dir, 'ishizuno-terakoya')).toMatchObject({ kind: 'ibasho' });
    // No ID column: the next import finds the same files by name and reading.
    const again = await runImport(dir, [table, '--mapping', path.join(IMPORTS, 'custom-table.mapping.json')]);
    expect(again.stdout).toContain('新規 0・更新 0・変更なし 2');
  });

  it('names a mapping file’s mistakes', async () => {
    const dir = contentCopy();
    const bad = path.join(dir, 'bad.mapping.json');
    writeFileSync(bad, JSON.stringify({ columns: { 列1: 'namae' } }));
    const run = await runImport(dir, [path.join(IMPORTS, 'custom-table.csv'), '--mapping', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.mapping\.json: columns\.列1: 列の役割は/);
  });

  it('reads an .xlsx sheet with Excel’s own date and time cells', async () => {
    const dir = contentCopy();
    const xlsx = path.join(dir, 'list.xlsx');
    const header = [
      'NO',
      '名称',
      '名称_カナ',
      '住所',
      '緯度',
      '経度',
      '利用可能曜日',
      '開始時間',
      '終了時間',
      '都道府県名',
      '市区町村名',
    ];
    const time = (h: number, m: number) => ({
      value: new Date(Date.UTC(1899, 11, 30, h, m)),
      type: Date,
      format: 'h:mm',
    });
    const buffer = await writeExcelFile([
      { sheet: '表紙', data: [[{ value: '西区の居場所' }]] },
      {
        sheet: '一覧',
        data: [
          header.map((value) => ({ value })),
          [
            { value: 'X-1' },
            { value: '鳳の森ひろば' },
            { value: 'オオトリノモリ ヒロバ' },
            { value: '大阪府堺市西区鳳南町5丁' },
            { value: 34.531 },
            { value: 135.462 },
            { value: '水' },
            time(15, 30),
            time(18, 0),
            { value: '大阪府' },
            { value: '堺市西区' },
          ],
        ],
      },
    ]).toBuffer();
    writeFileSync(xlsx, buffer);
    const run = await runImport(dir, [xlsx, '--sheet', '一覧', '--kind', 'ibasho']);
    expect(run.stdout).toMatch(/list\.xlsx: xlsx・シート「一覧」/);
    expect(run.code).toBe(0);
    expect(frontMatter(dir, 'ootorinomori-hiroba')).toMatchObject({
      schedule: [{ freq: 'weekly', byDay: ['WE'], opens: '15:30', closes: '18:00' }],
      location: { lat: 34.531, lng: 135.462 },
    });
  });
  it('reads a sheet whose 種別 and 団体名 are merged down over their rows as the sheet shows them', async () => {
    const dir = contentCopy();
    const before = listingFiles(dir);
    const xlsx = path.join(dir, 'merged.xlsx');
    const header = ['NO', '種別', '名称', '名称_カナ', '住所', '緯度', '経度', '団体名', '都道府県名', '市区町村名'];
    const place = (id: string, name: string, kana: string, lat: number) => [
      { value: name },
      { value: kana },
      { value: `大阪府堺市西区鳳東町${id}丁` },
      { value: lat },
      { value: 135.462 },
    ];
    const buffer = await writeExcelFile([
      {
        sheet: '一覧',
        data: [
          [{ value: '西区の子どもの居場所（令和8年4月1日現在）', columnSpan: header.length }],
          header.map((value) => ({ value })),
          [
            { value: 'M-1' },
            { value: '子ども食堂', rowSpan: 3 },
            ...place('1', '鳳あさひ食堂', 'オオトリアサヒ ショクドウ', 34.531),
            { value: '鳳あさひ会', rowSpan: 2 },
          ],
          [{ value: 'M-2' }, null, ...place('2', '鳳ゆうひ食堂', 'オオトリユウヒ ショクドウ', 34.532), null],
          [
            { value: 'M-3' },
            null,
            ...place('3', '鳳ほし食堂', 'オオトリホシ ショクドウ', 34.533),
            { value: '鳳ほしの会' },
          ],
          [
            { value: 'M-4' },
            { value: 'フリースクール' },
            ...place('4', '鳳つき学舎', 'オオトリツキ ガクシャ', 34.534),
            null,
          ],
        ],
      },
    ]).toBuffer();
    writeFileSync(xlsx, buffer);
    const run = await runImport(dir, [xlsx]);
    expect(run.stdout).toContain('4行：新規 4・更新 0・変更なし 0・要確認 0');
    expect(run.code).toBe(0);
    const added = listingFiles(dir).filter((f) => !before.includes(f));
    const byId = new Map(
      added.map((f) => [frontMatter(dir, f.replace(/\.md$/, '')).sourceId, frontMatter(dir, f.replace(/\.md$/, ''))]),
    );
    expect([...byId.keys()].sort()).toEqual(['M-1', 'M-2', 'M-3', 'M-4']);
    expect(byId.get('M-2')).toMatchObject({ kind: 'kodomo-shokudo', organization: '鳳あさひ会' });
    expect(byId.get('M-3')).toMatchObject({ kind: 'kodomo-shokudo', organization: '鳳ほしの会' });
    expect(byId.get('M-4')).toMatchObject({ kind: 'free-school' });
    expect(byId.get('M-4')).not.toHaveProperty('organization');
    await expectValid(dir);
  });
});
