/**
 * `npm run import-districts` as ward staff run it: a separate Node process
 * reading A27/A32-shaped GeoJSON (tests/fixtures/districts/, fictional) into a
 * copy of the demo content folder, which the content loader then reads back.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsOf } from '../../src/core/problems.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { isInsideGeometry, type DistrictGeometry } from '../../src/lib/geo.ts';
import { FIXTURES, REPO_ROOT } from './support/helpers.ts';
import { runScript, temporaryFolders } from './support/run-script.ts';

const DEMO = path.join(REPO_ROOT, 'content');
const A27 = path.join(FIXTURES, 'districts', 'a27-nishi-fictional.geojson');
const A32 = path.join(FIXTURES, 'districts', 'a32-nishi-fictional.geojson');
const { tempDir, copyOf } = temporaryFolders('districts-');
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

function positions(geometry: DistrictGeometry): [number, number][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2);
}

function rings(geometry: DistrictGeometry): [number, number][][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

/** A source line in site.yaml, so that the only attention left is what the data itself lacks. */
function withSource(dir: string): void {
  const file = path.join(dir, 'site.yaml');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}\nschoolDistrictSource:\n  attribution: 「国土数値情報（小学校区データ）」（国土交通省）をもとに編集チームが加工して作成\n  url: https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A27.html\n`,
  );
}

describe('npm run import-districts', () => {
  it('writes each matched school’s district and code, keeps comments, and reports what did not match', async () => {
    const dir = contentCopy();
    const before = schoolTexts(dir);
    const run = await runImport(dir, [A27]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('a27-nishi-fictional.geojson: 国土数値情報 小学校区 A27・地物 15 件 / A27, 15 features');
    expect(run.stdout).toMatch(
      /^a27-nishi-fictional\.geojson:1: B127200000011 浜西小学校（大阪府堺市西区浜西町0丁0-0） → schools\/hamanishi-es\.yaml: (新規 \/ new|更新 \/ updated)（名前で \/ by name・5 → 5 点 \/ positions）$/m,
    );
    // The near-collinear edges: 401 positions in, the four corners and the closing one out.
    expect(run.stdout).toMatch(/^a27-nishi-fictional\.geojson:4: .*kawasemi-es\.yaml: .*401 → 5 点/m);
    expect(run.stdout).toMatch(
      /^a27-nishi-fictional\.geojson:5: .*otorigaoka-es\.yaml: .*データの名前「堺市立鳳ケ丘小学校」/m,
    );
    expect(run.stdout).toMatch(
      /^a27-nishi-fictional\.geojson:15: B127200000921 しおかぜ小学校（大阪府堺市西区しおかぜ町0丁0-0）: この地域の校区ですが、学校のファイルがありません。.*schoolCode: B127200000921/m,
    );
    expect(run.stdout).toMatch(/^schools\/hishinodai-es\.yaml: ひしの台小学校: データにこの学校の校区がありません/m);
    // Without 所在地 and without --city, あけぼの's district is not known to be the ward's.
    expect(run.stdout).toMatch(/^schools\/akebono-es\.yaml: あけぼの小学校: データにこの学校の校区がありません/m);
    expect(run.stdout).toContain('地域の外の地物 3 件（ほかの区・市。取り込みません）');
    // The licence's credit, as a line to paste into site.yaml.
    expect(run.stdout).toMatch(/^site\.yaml: schoolDistrictSource がありません/m);
    expect(run.stdout).toContain(
      '  attribution: 「国土数値情報（小学校区データ）」（国土交通省）をもとに西区こども地域資源マップ編集チームが加工して作成',
    );
    expect(run.stdout).toContain('R3_Terms_of_use_municipality_data.xlsx');
    expect(run.stdout).toMatch(/^A27：一致 11（新規 \d+・更新 \d+・変更なし 0）・要確認 4 \/ 11 matched/m);

    const schools = await schoolsOf(dir);
    const hamanishi = schools.get('hamanishi-es')!;
    expect(hamanishi.schoolCode).toBe('B127200000011');
    expect(hamanishi.district?.type).toBe('Polygon');
    // This ward's 浜西小学校, not 高石市's of the same name.
    expect(isInsideGeometry(hamanishi, hamanishi.district!)).toBe(true);
    const minatodai = schools.get('minatodai-es')!;
    expect(minatodai.district?.type).toBe('MultiPolygon');
    expect(minatodai.district?.coordinates).toHaveLength(2);
    expect(positions(schools.get('kawasemi-es')!.district!)).toHaveLength(5);
    expect(schools.get('otorigaoka-es')!.schoolCode).toBe('B127200000051');
    expect(schools.get('hikarigaoka-es')!.schoolCode).toBe('B127200000061');
    for (const id of ['hishinodai-es', 'akebono-es']) expect(schools.get(id)!.schoolCode).toBeUndefined();
    // Junior highs are another data set.
    expect(schools.get('akatsuki-jhs')!.schoolCode).toBeUndefined();
    for (const school of schools.values()) {
      if (!school.schoolCode) continue;
      for (const [lng, lat] of positions(school.district!)) {
        expect(decimals(lng)).toBeLessThanOrEqual(6);
        expect(decimals(lat)).toBeLessThanOrEqual(6);
      }
      for (const ring of rings(school.district!)) expect(ring.at(-1)).toEqual(ring[0]);
    }

    // Every comment and every other line of a written file is still there.
    const after = schoolTexts(dir);
    for (const [file, text] of before) {
      const now = after.get(file)!;
      for (const line of text.split('\n').filter((l) => l.startsWith('#'))) expect(now).toContain(line);
      for (const key of ['name', 'nameKana', 'level', 'lat', 'lng', 'sample']) {
        const line = text.split('\n').find((l) => l.startsWith(`${key}:`));
        if (line) expect(now).toContain(`${line}\n`);
      }
    }
    expect(after.get('hamanishi-es.yaml')).toMatch(
      /level: elementary\nschoolCode: B127200000011\n[\s\S]*# 校区の境界: 国土数値情報 小学校区 A27（a27-nishi-fictional\.geojson）を簡略化[^\n]*\ndistrict:\n {2}type: Polygon\n {2}coordinates:\n {4}- - \[135\.4416, 34\.5422\]\n/,
    );
    // Untouched schools are byte for byte as they were.
    expect(after.get('hishinodai-es.yaml')).toBe(before.get('hishinodai-es.yaml'));
  });

  it('changes nothing when the same data is imported again', async () => {
    const dir = contentCopy();
    await runImport(dir, [A27]);
    const first = schoolTexts(dir);
    const again = await runImport(dir, [A27]);
    // The second time, every school is found by the code the first run wrote.
    expect(again.stdout).toMatch(/hamanishi-es\.yaml: 変更なし \/ unchanged（学校コードで \/ by code/);
    expect(again.stdout).toContain('一致 11（新規 0・更新 0・変更なし 11）');
    expect(schoolTexts(dir)).toEqual(first);
  });

  it('--dry-run writes nothing and says so', async () => {
    const dir = contentCopy();
    const before = schoolTexts(dir);
    const run = await runImport(dir, [A27, '--dry-run']);
    expect(run.stdout).toMatch(/hamanishi-es\.yaml: (新規|更新)/);
    expect(run.stdout).toContain('--dry-run：何も書いていません / Nothing written');
    expect(schoolTexts(dir)).toEqual(before);
  });

  it('--city takes a district with no 所在地 by its 行政区域コード and name, and still not another ward’s', async () => {
    const dir = contentCopy();
    const run = await runImport(dir, [A27, '--city', '271403']);
    expect(run.stdout).toMatch(
      /^a27-nishi-fictional\.geojson:7: B127200000071 あけぼの小学校 → schools\/akebono-es\.yaml/m,
    );
    expect(run.stdout).not.toMatch(/akebono-es\.yaml: あけぼの小学校: データに/);
    // 中区's もみじ小学校 has the city's code too, but no school here has its name.
    expect(run.stdout).toContain('地域の外の地物 2 件');
    expect((await schoolsOf(dir)).get('akebono-es')!.schoolCode).toBe('B127200000071');
  });

  it('--codes takes exactly the listed districts, and exits 0 when nothing needs attention', async () => {
    const dir = contentCopy();
    withSource(dir);
    const before = schoolTexts(dir);
    const run = await runImport(dir, [A27, '--codes', 'B127200000011,B127200000031']);
    expect(run.stdout).not.toMatch(/schoolDistrictSource がありません/);
    expect(run.stdout).toContain('一致 2（');
    const after = schoolTexts(dir);
    const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f));
    expect(changed).toEqual(['hamanishi-es.yaml', 'minatodai-es.yaml']);
    expect(run.stdout).toMatch(/--codes にない学校 \d+ 校は見ていません/);
    expect(run.stdout).toMatch(/要確認 0 \//);
    expect(run.code).toBe(0);

    const unknown = await runImport(dir, [A27, '--codes', 'B127200000999']);
    expect(unknown.stdout).toMatch(
      /^a27-nishi-fictional\.geojson: --codes B127200000999: この学校コードの校区はデータにありません/m,
    );
    expect(unknown.code).toBe(1);
  });

  it('reads A32 for junior highs and leaves elementary schools alone', async () => {
    const dir = contentCopy();
    const before = schoolTexts(dir);
    const run = await runImport(dir, [A32]);
    expect(run.stdout).toMatch(/^a32-nishi-fictional\.geojson: 国土数値情報 中学校区 A32・地物 3 件/);
    expect(run.stdout).toMatch(/:1: C127200000011 あかつき中学校.* → schools\/akatsuki-jhs\.yaml/);
    expect(run.stdout).toMatch(/^schools\/hibarino-jhs\.yaml: ひばり野中学校: データにこの学校の校区がありません/m);
    expect(run.stdout).not.toMatch(/-es\.yaml/);
    expect(run.stdout).toContain('国土数値情報（中学校区データ）');
    const schools = await schoolsOf(dir);
    expect(schools.get('hamakaze-jhs')!.schoolCode).toBe('C127200000021');
    const after = schoolTexts(dir);
    for (const file of before.keys()) if (file.endsWith('-es.yaml')) expect(after.get(file)).toBe(before.get(file));
  });

  it('checks what it would write with the whole folder, and writes nothing for a school that fails', async () => {
    const dir = contentCopy();
    const before = schoolTexts(dir);
    const file = path.join(tempDir(), 'odd.geojson');
    const square = (lng: number, lat: number) => [
      [
        [lng - 0.002, lat - 0.002],
        [lng + 0.002, lat - 0.002],
        [lng + 0.002, lat + 0.002],
        [lng - 0.002, lat + 0.002],
        [lng - 0.002, lat - 0.002],
      ],
    ];
    const feature = (code: string, name: string, lng: number, lat: number) => ({
      type: 'Feature',
      properties: { A27_001: 27140, A27_002: '堺市立', A27_003: code, A27_004: name, A27_005: '大阪府堺市西区' },
      geometry: { type: 'Polygon', coordinates: square(lng, lat) },
    });
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          // A junior high's code on an elementary school: the school schema refuses it.
          feature('C127200000011', '浜西小学校', 135.4451, 34.5452),
          feature('B127200000021', '松風小学校', 135.4425, 34.537),
          {
            type: 'Feature',
            properties: { A27_004: '点だけ' },
            geometry: { type: 'Point', coordinates: [135.44, 34.54] },
          },
        ],
      }),
    );
    const run = await runImport(dir, [file]);
    expect(run.stdout).toMatch(
      /^odd\.geojson:1: schoolCode: 学校コード「C127200000011」は elementary の学校のものではありません.*（schools\/hamanishi-es\.yaml）$/m,
    );
    expect(run.stdout).toMatch(/^odd\.geojson:3: 形が Polygon・MultiPolygon ではありません/m);
    expect(run.stdout).not.toMatch(/hamanishi-es\.yaml: (新規|更新)/);
    const after = schoolTexts(dir);
    expect(after.get('hamanishi-es.yaml')).toBe(before.get('hamanishi-es.yaml'));
    expect(after.get('matsukaze-es.yaml')).not.toBe(before.get('matsukaze-es.yaml'));
    await schoolsOf(dir);
  });

  it('stops with exit 2 on a file it cannot read as district data, saying what to do', async () => {
    const dir = contentCopy();
    const work = tempDir();
    const write = (name: string, value: unknown) => {
      const file = path.join(work, name);
      writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
      return file;
    };
    const cases: Array<[string, RegExp]> = [
      [path.join(work, 'missing.geojson'), /ファイルを読めません/],
      [write('broken.geojson', '{"type":'), /GeoJSON として読めません.*ogr2ogr/],
      [write('A27-21_27.shp', 'binary'), /GeoJSON を指定してください.*ogr2ogr/],
      [
        write('points.geojson', {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { A27_001: '27140' },
              geometry: { type: 'Point', coordinates: [135.4, 34.5] },
            },
          ],
        }),
        /点（学校の位置）のデータです/,
      ],
      [
        write('projected.geojson', {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: {
                A27_001: '27140',
                A27_002: 'x',
                A27_003: 'B127200000011',
                A27_004: '浜西小学校',
                A27_005: 'x',
              },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [-45000, -160000],
                    [-44000, -160000],
                    [-44000, -159000],
                    [-45000, -160000],
                  ],
                ],
              },
            },
          ],
        }),
        /日本の経度・緯度ではありません.*EPSG:4326/,
      ],
      [
        write('other.geojson', {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { N03_001: '大阪府' }, geometry: null }],
        }),
        /小学校区（A27_001〜A27_005）か中学校区（A32_001〜A32_005）か分かりません.*N03_001/,
      ],
    ];
    for (const [file, message] of cases) {
      const run = await runImport(dir, [file]);
      expect(run.code, file).toBe(2);
      expect(run.stderr, file).toMatch(message);
      expect(run.stderr).toMatch(/使い方 \/ Usage: npm run import-districts/);
    }
    const badCodes = await runImport(dir, [A27, '--codes', 'B12,hamanishi']);
    expect(badCodes.code).toBe(2);
    expect(badCodes.stderr).toMatch(/--codes の学校コード「B12、hamanishi」/);
    const badCity = await runImport(dir, [A27, '--city', '堺市']);
    expect(badCity.code).toBe(2);
  });
});
