/**
 * Messages for what people actually type: latitude and longitude swapped, YAML
 * typed on a Japanese keyboard, files saved as UTF-16, Japanese labels where a
 * code is expected and demo data mixed with real data. Each message must be
 * true, name the line or field, and say what to write instead.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotationFor } from '../../src/lib/content/annotations.ts';
import { crossCheck } from '../../src/lib/content/cross-checks.ts';
import { loadContent, type ContentSet } from '../../src/lib/content/load-content.ts';
import { decodeText, parseMarkdownFile, parseYamlFile } from '../../src/lib/content/parse-file.ts';
import { WHOLE_FILE, yamlLineField, type Problem } from '../../src/core/problems.ts';
import { lineMistake } from '../../src/lib/content/yaml-mistakes.ts';
import { issuesToProblems, volunteerErrorMap } from '../../src/schema/error-map.ts';
import { draftFromListing } from '../../src/lib/submission/from-listing.ts';
import { validateDraft } from '../../src/lib/submission/to-listing.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { schoolSchema } from '../../src/schema/school.ts';
import { siteSchema } from '../../src/schema/site.ts';
import { vocabulary } from '../../src/i18n/ja/vocabulary.ts';
import { BAD_DIR, GOOD_DIR, TODAY, expectBilingual } from './support/helpers.ts';
import { VALID_LISTING } from './support/robustness-files.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function problemsOf(schema: z.ZodType, value: unknown, file = 'listings/x.md'): Problem[] {
  const result = schema.safeParse(value, { error: volunteerErrorMap });
  return result.success ? [] : issuesToProblems(file, schema, result.error.issues);
}

const LISTING = {
  kind: 'ibasho',
  name: 'テスト',
  nameKana: 'てすと',
  summary: 'テスト用です。',
  audience: { groups: ['everyone'] },
  status: 'active',
  verified: { date: '2026-10-01', by: 'operator', source: '運営者への電話' },
};
const PLACE = { address: '大阪府堺市西区鳳東町0丁目0-0', lat: 34.5531, lng: 135.4512, precision: 'exact' };
const SCHOOL = { name: 'さくら小学校', nameKana: 'さくらしょうがっこう', level: 'elementary', lat: 34.54, lng: 135.47 };

const SWAPPED = /^緯度と経度が逆になっているようです。.* \/ Latitude and longitude look swapped/;

describe('latitude and longitude', () => {
  it('says a swapped point is swapped, and nothing else about it', () => {
    const problems = problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat: 135.4512, lng: 34.5531 } });
    expect(problems).toEqual([
      {
        file: 'listings/x.md',
        field: 'location.lat',
        message:
          '緯度と経度が逆になっているようです。緯度（lat）を 34.5531、経度（lng）を 135.4512 にしてください / Latitude and longitude look swapped; make the latitude (lat) 34.5531 and the longitude (lng) 135.4512',
        severity: 'error',
      },
    ]);
  });

  it('still says so when another field of the place is wrong too', () => {
    const problems = problemsOf(listingSchema, {
      ...LISTING,
      location: { lat: 135.4512, lng: 34.5531, precision: 'somewhere' },
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['location.lat']).toMatch(SWAPPED);
    expect(byField['location.precision']).toMatch(/Must be one of: exact, approximate$/);
  });

  it('gives true range messages when the numbers are not swapped', () => {
    const problems = problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat: 95, lng: 200 } });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['location.lat']).toBe(
      '緯度は -90〜90 の数値で書いてください（95 は範囲の外です）/ Latitude must be between -90 and 90 (95 is not)',
    );
    expect(byField['location.lng']).toBe(
      '経度は -180〜180 の数値で書いてください（200 は範囲の外です）/ Longitude must be between -180 and 180 (200 is not)',
    );
    // Both out of range as latitudes: not a swap.
    const both = problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat: 135.4, lng: 135.4 } });
    expect(both.map((p) => p.message)).toEqual([expect.stringMatching(/Latitude must be between -90 and 90/)]);
  });

  it('says how to write a number that arrived as text', () => {
    const message = (lat: unknown) =>
      problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat } }).find((p) => p.field === 'location.lat')
        ?.message;
    expect(message('34.5531')).toMatch(/without quotes: 34\.5531$/);
    expect(message('３４．５５３１')).toMatch(/半角の数字だけで 34\.5531 と書いてください/);
    expect(message('北緯34度')).toMatch(
      /^緯度は数値で書いてください.*\/ Latitude must be a number: degrees with decimals/,
    );
  });

  it('is told beside the latitude field in the /submit/ form', async () => {
    const good = await loadContent(GOOD_DIR, { today: TODAY });
    const entry = good.listings.find((l) => l.data.location?.precision === 'exact')!;
    const draft = draftFromListing(entry.id, entry.data, entry.body);
    draft.isOperator = 'yes';
    expect(validateDraft(draft, TODAY)).toEqual({});
    Object.assign(draft, { lat: '135.4512', lng: '34.5531' });
    const errors = validateDraft(draft, TODAY);
    expect(Object.keys(errors)).toEqual(['lat']);
    expect(errors.lat).toMatch(SWAPPED);
  });

  it('says a school written lng-first is swapped', () => {
    const problems = problemsOf(schoolSchema, { ...SCHOOL, lat: 135.47, lng: 34.54 }, 'schools/x.yaml');
    expect(problems.map((p) => [p.field, p.message])).toEqual([['lat', expect.stringMatching(SWAPPED)]]);
  });

  it('says a district position written [lat, lng] is in the wrong order', () => {
    const ring = [
      [34.53, 135.45],
      [34.53, 135.46],
      [34.54, 135.46],
      [34.53, 135.45],
    ];
    const problems = problemsOf(
      schoolSchema,
      { ...SCHOOL, district: { type: 'Polygon', coordinates: [ring] } },
      'schools/x.yaml',
    );
    expect(problems[0]).toMatchObject({
      field: 'district.coordinates[0][0][1]',
      message:
        '位置は [経度, 緯度] の順で書きます。[135.45, 34.53] と書いてください / Positions are [longitude, latitude]; write [135.45, 34.53]',
    });
    expect(problems).toHaveLength(4);
  });

  it('words the range of site.yaml coordinates truly', async () => {
    const site = parseYamlFile('site.yaml', readFileSync(`${BAD_DIR}/site.yaml`));
    if (!site.ok) throw new Error('fixture site.yaml does not parse');
    const data = structuredClone(site.value) as { map: { center: { lat: number } } };
    data.map.center.lat = 135.4;
    const [problem] = problemsOf(siteSchema, data, 'site.yaml');
    expect(problem).toMatchObject({ field: 'map.center.lat' });
    expect(problem!.message).toMatch(/Latitude must be between -90 and 90 \(135\.4 is not\)/);
  });

  describe('against the region of site.yaml', () => {
    let bad: ContentSet;
    beforeAll(async () => {
      bad = await loadContent(BAD_DIR, { today: TODAY });
    });

    // A region where both numbers are valid latitudes, so only the bounds can tell.
    const region = (content: ContentSet) => ({
      ...content.site!,
      region: { ...content.site!.region, name: '赤道区' },
      map: { ...content.site!.map, bounds: { south: 10, west: 20, north: 11, east: 21 } },
    });

    it('says a point outside that swapping brings inside is swapped', () => {
      const listing = bad.listings.find((l) => l.id === 'valid-shokudo')!;
      const moved = {
        ...listing,
        data: { ...listing.data, location: { ...listing.data.location!, lat: 20.5, lng: 10.5 } },
      };
      const school = { ...bad.schools[0]!, lat: 20.4, lng: 10.4 };
      const problems = crossCheck({ site: region(bad), schools: [school], listings: [moved], today: TODAY });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([
        expect.objectContaining({
          file: school.file,
          field: 'lat',
          message: expect.stringMatching(
            /^緯度と経度が逆になっているようです（入れ替えると赤道区の範囲に入ります）。緯度（lat）を 10\.4、経度（lng）を 20\.4 にしてください/,
          ),
        }),
        expect.objectContaining({
          file: moved.file,
          field: 'location.lat',
          message: expect.stringMatching(/make the latitude \(lat\) 10\.5 and the longitude \(lng\) 20\.5$/),
        }),
      ]);
    });

    it('says only "outside" when swapping would not help', () => {
      const listing = bad.listings.find((l) => l.id === 'valid-shokudo')!;
      const far = {
        ...listing,
        data: { ...listing.data, location: { ...listing.data.location!, lat: 10.5, lng: 30 } },
      };
      const [problem] = crossCheck({ site: region(bad), schools: [], listings: [far], today: TODAY }).filter(
        (p) => p.severity === 'error',
      );
      expect(problem?.message).toMatch(/outside the region's bounds/);
      expect(problem?.message).not.toMatch(/swapped/);
    });
  });
});

describe('YAML typed on a Japanese keyboard', () => {
  const frontMatter = (lines: string[]) => utf8(['---', ...lines, '---', '本文', ''].join('\n'));
  const only = (result: ReturnType<typeof parseMarkdownFile>) => {
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const p of problems) expectBilingual(p.message);
    return problems.map((p) => [p.field, p.message] as const);
  };

  it.each([
    [
      'a full-width colon',
      ['kind: ibasho', 'name：おおとり', 'nameKana: おおとり'],
      3,
      /full-width colon \(：\).*: name: おおとり$/,
    ],
    ['a full-width colon on the last line', ['kind: ibasho', 'name：おおとり'], 3, /full-width colon/],
    ['a full-width colon on the first line', ['name：おおとり', 'kind: ibasho'], 2, /full-width colon/],
    [
      'a full-width colon in a nested field',
      ['location:', '  lat：34.5', '  lng: 135.4', 'kind: x'],
      3,
      /: lat: 34\.5$/,
    ],
    [
      'a full-width space after the colon',
      ['kind:\u3000ibasho', 'name: x'],
      2,
      /full-width space follows the colon; use a half-width space: kind: ibasho/,
    ],
    [
      'full-width space indentation',
      ['location:', '\u3000\u3000lat: 34.5', '  lng: 135', 'kind: x'],
      3,
      /indented with a full-width space \(U\+3000\)/,
    ],
    ['tab indentation', ['location:', '  lat: 34.5', '\tlng: 135', 'kind: x'], 4, /indented with a tab/],
    [
      'no space after the colon',
      ['kind: ibasho', 'name:おおとり', 'summary: x'],
      3,
      /Put a space after the colon: name: おおとり/,
    ],
    [
      'no colon at all',
      ['kind: ibasho', 'name おおとり', 'summary: x'],
      3,
      /colon after the field name is missing: name: おおとり/,
    ],
    [
      '": " inside a value',
      ['kind: ibasho', 'summary: 時間: 11時から', 'name: x'],
      3,
      /quote it: summary: '時間: 11時から'/,
    ],
    [
      'an unclosed double quote',
      ['kind: ibasho', 'summary: "毎月第2土曜', 'name: x', 'status: active'],
      3,
      /The quote \("\) opened on this line is never closed/,
    ],
    [
      'an unclosed single quote',
      ['kind: ibasho', "opens: '11:00", 'closes: x'],
      3,
      /The quote \('\) opened on this line/,
    ],
    [
      'a quote closed by a full-width one',
      ['kind: ibasho', 'summary: "毎月”', 'name: x'],
      3,
      /is the closing quote a full-width one\?/,
    ],
    ['a list left open', ['audience:', '  groups: [elementary', 'status: active'], 3, /The "\[" is not closed/],
    [
      'a full-width list dash',
      ['services:', '  - meal', '  ー play', 'kind: x'],
      4,
      /list dash is a full-width character \(ー\)/,
    ],
  ])('%s: named on its own line', (_label, lines, line, message) => {
    const found = only(parseMarkdownFile('listings/a.md', frontMatter(lines)));
    expect(found).toEqual([[yamlLineField(line), expect.stringMatching(message)]]);
  });

  it('names the line where an unclosed quote opens, however far the file goes on', () => {
    const lines = VALID_LISTING.split('\n');
    const at = lines.findIndex((l) => l.startsWith('summary:'));
    lines[at] = 'summary: "毎月第2土曜のお昼に開きます';
    const found = only(parseMarkdownFile('listings/a.md', utf8(lines.join('\n'))));
    expect(found).toEqual([[yamlLineField(at + 1), expect.stringMatching(/opened on this line is never closed/)]]);
  });

  it('names every line when a full-width colon turns the whole front matter into text', () => {
    const found = only(parseMarkdownFile('listings/a.md', frontMatter(['kind：ibasho', 'name：おおとり'])));
    expect(found.map(([field]) => field)).toEqual([yamlLineField(2), yamlLineField(3)]);
  });

  it('says what a key with a full-width character should be', () => {
    const problems = problemsOf(listingSchema, {
      ...LISTING,
      'summary：毎月': 'お昼',
      '\u3000\u3000online': true,
      ｓｔａｔｕｓ: 'active',
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['"summary：毎月"']).toMatch(
      /full-width colon \(：\); write a half-width colon and a space: summary: 毎月$/,
    );
    expect(byField['"\u3000\u3000online"']).toMatch(/full-width spaces or tabs around the field name online/);
    expect(byField['"ｓｔａｔｕｓ"']).toMatch(/typed in full-width characters; write status$/);
  });

  it('finds the same mistakes in site.yaml and school files', () => {
    const site = readFileSync(`${BAD_DIR}/site.yaml`, 'utf8');
    const siteLines = site.split('\n');
    const at = siteLines.findIndex((l) => l.startsWith('siteNameEn:'));
    const colon = parseYamlFile('site.yaml', utf8(site.replace('siteNameEn: ', 'siteNameEn：')));
    expect(colon.ok ? [] : colon.problems.map((p) => p.field)).toEqual([yamlLineField(at + 1)]);
    const indented = parseYamlFile('site.yaml', utf8(site.replace('  nameEn: Test Ward', '\u3000nameEn: Test Ward')));
    expect(indented.ok ? [] : indented.problems.map((p) => [p.field, p.message])).toEqual([
      [yamlLineField(siteLines.indexOf('  nameEn: Test Ward') + 1), expect.stringMatching(/full-width space/)],
    ]);
    const school = parseYamlFile('schools/x.yaml', utf8('name：さくら小学校\n'));
    expect(school.ok ? [] : school.problems.map((p) => [p.field, p.message])).toEqual([
      [yamlLineField(1), expect.stringMatching(/write a half-width colon and a space: name: さくら小学校$/)],
    ]);
  });

  it('puts the GitHub annotation on the line of the mistake', async () => {
    const bad = await loadContent(BAD_DIR, { today: TODAY });
    for (const [file, line] of [
      ['listings/full-width-colon.md', 4],
      ['listings/unclosed-quote.md', 6],
      ['listings/tab-indent.md', 10],
      ['schools/full-width-colon.yaml', 3],
    ] as const) {
      const problem = bad.problems.find((p) => p.file === file)!;
      const text = readFileSync(`${BAD_DIR}/${file}`, 'utf8');
      expect(annotationFor(problem, 'tests/fixtures/content-bad', text).line, file).toBe(line);
    }
  });

  it('leaves full-width characters alone where they are only text', () => {
    const result = parseMarkdownFile(
      'listings/a.md',
      frontMatter([
        'kind: ibasho',
        'summary: 時間：11時〜14時',
        'phoneHours: "平日：10時"',
        'note: |',
        '  \u3000段落の始めの全角スペース。',
        '  \t表：タブのある行',
      ]),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.data.summary).toBe('時間：11時〜14時');
  });

  it('does not blame an innocent line when the mistake is not a known one', () => {
    const found = only(
      parseMarkdownFile('listings/a.md', frontMatter(['note: |', '  \u3000段落', 'kind: ibasho', '  online: true'])),
    );
    expect(found).toEqual([[yamlLineField(5), expect.stringMatching(/Invalid YAML \(bad indentation/)]]);
    expect(found[0]![1]).toMatch(/^YAML の書き方に誤りがあります（字下げがずれています/);
  });

  it.each([
    ['name：おおとり', /full-width colon/],
    ['- freq：weekly', /: freq: weekly$/],
    ['\u3000kind: ibasho', /full-width space/],
    ['\tkind: ibasho', /tab/],
    ['kind: ibasho', undefined],
    ['summary: 時間：11時', undefined],
    ["opens: '11:00'", undefined],
    ['website: https://example.jp/', undefined],
    ['website:https://example.jp/', /Put a space after the colon: website: https:\/\/example\.jp\/$/],
    ['# コメント：メモ', undefined],
  ])('lineMistake(%j)', (line, message) => {
    const found = lineMistake(line);
    if (message) expect(found).toMatch(message);
    else expect(found).toBeUndefined();
  });
});

describe('UTF-16 files', () => {
  const le = (s: string) => {
    const bytes = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      bytes[2 * i] = s.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return bytes;
  };
  const be = (s: string) => {
    const bytes = le(s);
    for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
    return bytes;
  };
  const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);
  const windows = VALID_LISTING.replace(/\n/g, '\r\n');

  it.each([
    ['little-endian (Notepad\'s "Unicode")', withBom([0xff, 0xfe], le(windows))],
    ['big-endian', withBom([0xfe, 0xff], be(windows))],
  ])('reads %s with a byte-order mark, and warns to save as UTF-8', (_label, bytes) => {
    const result = parseMarkdownFile('listings/a.md', bytes);
    const expected = parseMarkdownFile('listings/a.md', utf8(VALID_LISTING));
    expect(result.ok && expected.ok).toBe(true);
    if (!result.ok || !expected.ok) return;
    expect(result.value).toEqual(expected.value);
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'listings/a.md', field: WHOLE_FILE, severity: 'warning' }),
    ]);
    expect(result.warnings[0]!.message).toMatch(
      /^文字コードが UTF-16（メモ帳の「Unicode」）です。.*「UTF-8」を選びます/,
    );
    expectBilingual(result.warnings[0]!.message);
  });

  it('keeps the warning beside a YAML error in the same file', () => {
    const result = parseYamlFile('schools/x.yaml', withBom([0xff, 0xfe], le('name：さくら\r\n')));
    expect(result.ok ? [] : result.problems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', WHOLE_FILE],
      ['error', yamlLineField(1)],
    ]);
  });

  it.each([
    ['little-endian', le(windows)],
    ['big-endian', be(windows)],
    // Mostly Japanese: 一 (U+4E00) and the full-width space (U+3000) put NULs on the other side too.
    ['little-endian, mostly Japanese', le(`---\nname: 一一一\u3000一一\u3000${'一'.repeat(200)}\n---\n`)],
  ])('refuses %s without a byte-order mark, saying it looks like UTF-16', (_label, bytes) => {
    const result = decodeText('listings/a.md', bytes);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({
        field: WHOLE_FILE,
        severity: 'error',
        message: expect.stringMatching(/looks like UTF-16 without a byte-order mark.*save it as UTF-8/),
      }),
    ]);
  });

  it('keeps refusing binary data, with or without a UTF-16 byte-order mark', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (const bytes of [
      png,
      withBom([0xff, 0xfe], png),
      withBom([0xfe, 0xff], png),
      withBom([0xff, 0xfe], new Uint8Array(7)),
    ]) {
      const result = decodeText('listings/a.md', bytes);
      expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
        'テキストファイルではありません（バイナリ）/ Not a text file (binary data)',
      ]);
    }
  });
});

describe('Japanese labels where a code is expected', () => {
  const VOCABULARIES: Array<[string, Readonly<Record<string, string>>]> = Object.entries(vocabulary);

  it('covers every vocabulary', () => {
    expect(VOCABULARIES.map(([name]) => name).sort()).toEqual(
      [
        'allergySupport',
        'attendanceCredit',
        'audience',
        'costFor',
        'costPer',
        'grade',
        'kind',
        'kindEnglish',
        'precision',
        'reservationMethod',
        'schoolLevel',
        'service',
        'status',
        'verifiedBy',
        'volunteerDirection',
        'weekday',
      ].sort(),
    );
  });

  // Weekdays are byDay tokens, a pattern rather than a list; they are tested below.
  const cases = VOCABULARIES.filter(([name]) => name !== 'weekday').flatMap(([name, labels]) =>
    Object.entries(labels).flatMap(([code, label]) => {
      const short = label.replace(/（.*）/, '');
      const values = Object.keys(labels);
      return [[name, code, label, values] as const, ...(short !== label ? [[name, code, short, values] as const] : [])];
    }),
  );

  it.each(cases)('%s: %s for 「%s」', (_name, code, label, values) => {
    const [problem] = problemsOf(z.enum(values as [string, ...string[]]), label);
    expect(problem?.message).toBe(`「${label}」は ${code} と書いてください / Write ${code} for ${label}`);
  });

  it.each([
    ['kind', '子ども食堂', 'kodomo-shokudo'],
    ['kind', 'こども食堂', 'kodomo-shokudo'],
    ['kind', '子供食堂', 'kodomo-shokudo'],
    ['kind', 'ｺﾄﾞﾓ食堂', 'kodomo-shokudo'],
    ['kind', 'Kodomo-Shokudo', 'kodomo-shokudo'],
    ['kind', 'ボランティア', 'volunteer'],
    ['status', '休止中', 'paused'],
    ['status', '終了', 'closed'],
  ])('%s: 「%s」 → %s', (field, typed, code) => {
    const [problem] = problemsOf(listingSchema, { ...LISTING, online: true, [field]: typed });
    expect(problem).toMatchObject({
      field,
      message: `「${typed}」は ${code} と書いてください / Write ${code} for ${typed}`,
    });
  });

  it('suggests the code in every schema that takes a vocabulary', () => {
    const problems = problemsOf(listingSchema, {
      ...LISTING,
      location: { ...PLACE, precision: '正確な場所' },
      audience: { groups: ['小学生', '保護者'] },
      services: ['学習支援'],
      cost: { options: [{ for: '子ども', yen: 0, per: '月額' }] },
      reservation: { required: true, methods: ['電話'] },
      food: { allergy: '要相談' },
      verified: { ...LISTING.verified, by: '運営者' },
    });
    expect(Object.fromEntries(problems.map((p) => [p.field, p.message.split(' / ')[1]]))).toEqual({
      'location.precision': 'Write exact for 正確な場所',
      'audience.groups[0]': 'Write elementary for 小学生',
      'audience.groups[1]': 'Write guardian for 保護者',
      'services[0]': 'Write study for 学習支援',
      'cost.options[0].for': 'Write child for 子ども',
      'cost.options[0].per': 'Write month for 月額',
      'reservation.methods[0]': 'Write phone for 電話',
      'food.allergy': 'Write consult for 要相談',
      'verified.by': 'Write operator for 運営者',
    });
    const school = problemsOf(schoolSchema, { ...SCHOOL, level: '中学校' }, 'schools/x.yaml');
    expect(school.map((p) => p.message)).toEqual([
      '「中学校」は junior-high と書いてください / Write junior-high for 中学校',
    ]);
  });

  it('says the same word means the code of the field it is in', () => {
    const allergy = problemsOf(listingSchema, { ...LISTING, online: true, food: { allergy: 'なし' } });
    expect(allergy[0]?.message).toMatch(/Write none for なし/);
    const credit = problemsOf(listingSchema, {
      ...LISTING,
      kind: 'free-school',
      online: true,
      freeSchool: { grades: ['中学生'], attendanceCredit: 'なし', visits: true },
    });
    expect(Object.fromEntries(credit.map((p) => [p.field, p.message.split(' / ')[1]]))).toEqual({
      'freeSchool.grades[0]': 'Write junior-high for 中学生',
      'freeSchool.attendanceCredit': 'Write no for なし',
    });
  });

  it('splits several values typed as one', () => {
    const [problem] = problemsOf(listingSchema, { ...LISTING, online: true, audience: { groups: ['小学生、中学生'] } });
    expect(problem).toMatchObject({
      field: 'audience.groups[0]',
      message: expect.stringMatching(/Write 小学生、中学生 as 2 values: \[elementary, junior-high\]/),
    });
    const [list] = problemsOf(listingSchema, { ...LISTING, online: true, audience: { groups: '小学生、中学生' } });
    expect(list?.message).toMatch(/Write a list: groups: \[elementary, junior-high\]$/);
    const [one] = problemsOf(listingSchema, { ...LISTING, kind: '子ども食堂、居場所', online: true });
    expect(one?.message).toMatch(
      /Only one value fits here; for 子ども食堂、居場所 choose one of kodomo-shokudo, ibasho/,
    );
  });

  it('lists the codes with their Japanese labels when nothing matches', () => {
    const [problem] = problemsOf(listingSchema, { ...LISTING, online: true, status: '営業時間外' });
    expect(problem?.message).toBe(
      '次のどれかにしてください: active（開催中）、paused（休止中）、closed（終了） / Must be one of: active, paused, closed',
    );
  });

  it.each([
    ['はい', 'true'],
    ['いいえ', 'false'],
    ['yes', 'true'],
    ['ｔｒｕｅ', 'true'],
  ])('online: %s → %s', (typed, value) => {
    const [problem] = problemsOf(listingSchema, { ...LISTING, online: typed });
    expect(problem?.message).toMatch(new RegExp(`^「${typed}」は ${value} と書いてください`));
  });

  it('says a quoted true is written without quotes', () => {
    const [problem] = problemsOf(listingSchema, { ...LISTING, online: 'true' });
    expect(problem?.message).toBe('true は引用符を付けずに書いてください / Write true without quotes');
  });

  it.each([
    ['土', ['SA']],
    ['土曜日', ['SA']],
    ['第2土曜', ['2SA']],
    ['第２土曜日', ['2SA']],
    ['最終土曜', ['-1SA']],
    ['sat', ['SA']],
    ['2sa', ['2SA']],
    ['月、水、金', ['MO', 'WE', 'FR']],
    ['土日', ['SA', 'SU']],
  ])('byDay: 「%s」 → %j', (typed, tokens) => {
    const rule = { freq: 'monthly', byDay: [typed], opens: '10:00', closes: '12:00' };
    const [problem] = problemsOf(listingSchema, { ...LISTING, online: true, schedule: [rule] });
    expect(problem?.field).toBe('schedule[0].byDay[0]');
    if (tokens.length === 1)
      expect(problem?.message).toBe(`「${typed}」は ${tokens[0]} と書いてください / Write ${tokens[0]} for ${typed}`);
    else expect(problem?.message).toMatch(`as ${tokens.length} values: [${tokens.join(', ')}]`);
  });

  it('keeps the general byDay message for something that is no day', () => {
    const rule = { freq: 'weekly', byDay: ['month'], opens: '10:00', closes: '12:00' };
    const [problem] = problemsOf(listingSchema, { ...LISTING, online: true, schedule: [rule] });
    expect(problem?.message).toMatch(/^曜日は MO・TU・WE・TH・FR・SA・SU に/);
  });
});

describe('demo data mixed with real data', () => {
  let good: ContentSet;
  beforeAll(async () => {
    good = await loadContent(GOOD_DIR, { today: TODAY });
  });

  const mixed = (content: ContentSet, realListings: number, realSchools = 0) =>
    crossCheck({
      site: content.site,
      schools: content.schools.map((s, i) => ({ ...s, sample: i < realSchools ? undefined : true })),
      listings: content.listings.map((l, i) => ({
        ...l,
        data: { ...l.data, sample: i < realListings ? undefined : true },
      })),
      today: TODAY,
    }).filter((p) => p.field === 'sample');

  it('stays quiet when everything is demo data, or nothing is', () => {
    expect(mixed(good, 0)).toEqual([]);
    expect(mixed(good, good.listings.length, good.schools.length)).toEqual([]);
  });

  it('warns on a real listing among demo ones that the whole site shows the demo banner', () => {
    const problems = mixed(good, 1);
    expect(problems).toEqual([
      expect.objectContaining({ file: good.listings[0]!.file, field: 'sample', severity: 'warning' }),
    ]);
    expect(problems[0]!.message).toMatch(
      /^デモ用の架空データ（sample: true）と本番のデータが混ざっています。1件でも sample: true があると、サイト全体に「デモ」の帯が出ます。/,
    );
    expect(problems[0]!.message).toMatch(/delete the demo files, or add sample: true here if this is made up too\.$/);
    expectBilingual(problems[0]!.message);
  });

  it('warns on a demo school among real data: schools turn the banner on too', () => {
    const problems = mixed(good, good.listings.length, good.schools.length - 1);
    expect(problems).toEqual([
      expect.objectContaining({ file: good.schools.at(-1)!.file, field: 'sample', severity: 'warning' }),
    ]);
    expect(problems[0]!.message).toMatch(
      /remove the sample: true line if this is real, or delete the file if it is made up/,
    );
  });

  it('is shown on the line of sample: in the file', () => {
    const [problem] = mixed(good, good.listings.length - 1);
    const file = good.listings.at(-1)!.file;
    const text = readFileSync(`${GOOD_DIR}/${file}`, 'utf8');
    const line = text.split('\n').indexOf('sample: true') + 1;
    expect(annotationFor(problem!, 'tests/fixtures/content-good', text).line).toBe(line);
  });
});
