/**
 * The validator against two committed content folders: one that must pass
 * cleanly, and one with a single defect per listing file, named after it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type ContentSet } from '../../src/lib/content/load-content.ts';
import { WHOLE_FILE, errorsOf, yamlLineField } from '../../src/core/problems.ts';
import { KIND_VALUES } from '../../src/schema/vocabulary.ts';
import { BAD_DIR, GOOD_DIR, TODAY, expectBilingual, problemsFor } from './support/helpers.ts';

describe('content-good fixture', () => {
  let good: ContentSet;
  beforeAll(async () => {
    good = await loadContent(GOOD_DIR, { today: TODAY });
  });

  it('has no errors and no warnings', () => {
    expect(good.problems).toEqual([]);
  });

  it('loads the site, every school and every listing', () => {
    expect(good.site?.region.name).toBe('テスト区');
    expect(good.schools.map((s) => s.id).sort()).toEqual(['kaede-jhs', 'sakura-es']);
    expect(good.listingFileCount).toBe(5);
    expect(good.listings.map((l) => l.id).sort()).toEqual([
      'hidamari-ibasho',
      'hoshizora-shokudo',
      'kobushi-free-school',
      'test-kodomo-katei-center',
      'tetsudai-volunteer',
    ]);
  });

  it('covers every kind, both precisions and an online-only listing', () => {
    const kinds = new Set(good.listings.map((l) => l.data.kind));
    expect([...kinds].sort()).toEqual([...KIND_VALUES].sort());
    const precisions = new Set(good.listings.map((l) => l.data.location?.precision));
    expect(precisions).toEqual(new Set(['exact', 'approximate', undefined]));
  });

  it('keeps values as written: dates and times as text, "yes" not turned into true', () => {
    const shokudo = good.listings.find((l) => l.id === 'hoshizora-shokudo')!;
    expect(shokudo.data.closedDates).toEqual(['2026-12-26']);
    expect(shokudo.data.schedule?.[0]).toMatchObject({ freq: 'monthly', byDay: ['2SA', '-1SA'], opens: '11:00' });
    expect(shokudo.body).toContain('**予約** は電話で受け付けています。');
    expect(shokudo.body.startsWith('---')).toBe(false);
    const freeSchool = good.listings.find((l) => l.id === 'kobushi-free-school')!;
    expect(freeSchool.data.freeSchool?.attendanceCredit).toBe('yes');
  });

  it.each(['2026-10-01', '2026-11-01', '2027-01-01', '2027-06-30'])(
    'stays clean on %s (the CLI judges by the real date)',
    async (today) => {
      const content = await loadContent(GOOD_DIR, { today });
      expect(content.problems).toEqual([]);
    },
  );
});

interface Expected {
  field: string;
  severity: 'error' | 'warning';
  /** Matched against the English half, so it checks what the problem is about. */
  message: RegExp;
}

const err = (field: string, message: RegExp): Expected => ({ field, severity: 'error', message });
const warn = (field: string, message: RegExp): Expected => ({ field, severity: 'warning', message });

/** Every problem the bad folder must produce, by file. Files not named here must have none. */
const EXPECTED: Record<string, Expected[]> = {
  'listings/bad-yaml.md': [err(yamlLineField(7), /Invalid YAML \(bad indentation/)],
  // The message is checked for "required" in a separate test below (a known bug).
  'listings/missing-field.md': [err('status', /required/)],
  'listings/unknown-field.md': [
    err('nmae', /Unknown field; did you mean name\?/),
    err('name', /Write this as text|required/),
  ],
  'listings/wrong-type.md': [err('online', /Write true for yes \(yes = true, no = false\)/)],
  'listings/wrong-enum.md': [
    err('kind', /Must be one of: kodomo-shokudo, free-school, ibasho, consultation, volunteer/),
  ],
  'listings/out-of-bounds.md': [err('location.lat', /outside the region's bounds/)],
  'listings/kana-not-hiragana.md': [err('nameKana', /reading in hiragana/)],
  'listings/bad-phone.md': [err('contact.phone', /Japanese phone number of 10 or 11 digits/)],
  'listings/phone-without-consent.md': [err('contact.phoneConsent', /whether the phone may be published/)],
  'listings/javascript-link.md': [err('links[0].url', /valid http\(s\), tel or mailto URLs/)],
  'listings/impossible-date.md': [err('closedDates[0]', /This date does not exist/)],
  'listings/closes-before-opens.md': [err('schedule[0].closes', /Closing time must be after opening time/)],
  'listings/bad-byday.md': [
    err('schedule[0].byDay[0]', /Use MO, TU, WE, TH, FR, SA, SU, optionally with an ordinal/),
    err('schedule[0].byDay[1]', /Use MO, TU, WE, TH, FR, SA, SU, optionally with an ordinal/),
  ],
  'listings/ordinal-weekly.md': [err('schedule[0].byDay[0]', /Ordinal days such as 2SA need freq: monthly/)],
  'listings/interval-no-start.md': [err('schedule[0].startDate', /interval needs the startDate/)],
  'listings/extra-date-closed.md': [err('extraDates[0].date', /2026-12-16 is also listed in closedDates/)],
  'listings/area-b/duplicate-id.md': [err(WHOLE_FILE, /Duplicate id \(also listings\/area-a\/duplicate-id\.md\)/)],
  'listings/unknown-school.md': [err('schoolDistrict', /No school with this id/)],
  'listings/future-verified.md': [err('verified.date', /verification date is in the future/)],
  'listings/Bad_Name.md': [err(WHOLE_FILE, /file name is not a valid id/)],
  'listings/not-markdown.txt': [err(WHOLE_FILE, /Only \.md files belong in listings\//)],
  'listings/no-front-matter.md': [err(WHOLE_FILE, /\(no front matter\)/)],
  'listings/empty.md': [err(WHOLE_FILE, /The file is empty/)],
  'listings/approximate-no-area.md': [err('location.area', /Approximate places need an area/)],
  'listings/wrong-kind-section.md': [err('freeSchool', /only for kind: free-school/)],
  'listings/no-location.md': [err('location', /Give a location, or online: true/)],
  'listings/stale.md': [warn('verified.date', /Not confirmed for over 12 months/)],
  'listings/duplicate-name-b.md': [warn('name', /Possibly a duplicate of listings\/duplicate-name-a\.md/)],
  // Typed on a Japanese keyboard: each on the line that holds the mistake, saying what to type.
  'listings/swapped-lat-lng.md': [
    err('location.lat', /look swapped; make the latitude \(lat\) 34\.5531 and the longitude \(lng\) 135\.4512/),
  ],
  'listings/full-width-colon.md': [
    err(
      yamlLineField(4),
      /full-width colon \(：\) is used; write a half-width colon and a space: name: テスト 全角コロン/,
    ),
  ],
  'listings/full-width-colon-everywhere.md': [
    err(yamlLineField(2), /full-width colon .*: kind: ibasho$/),
    err(yamlLineField(3), /full-width colon .*: name: テスト 全角コロンばかり$/),
    err(yamlLineField(4), /full-width colon .*: status: active$/),
  ],
  'listings/full-width-colon-key.md': [
    err(
      'cost.options[0]."for：child"',
      /contains a full-width colon \(：\); write a half-width colon and a space: for: child/,
    ),
    err('cost.options[0].for', /required/),
  ],
  'listings/full-width-space-indent.md': [err(yamlLineField(10), /indented with a full-width space \(U\+3000\)/)],
  'listings/tab-indent.md': [err(yamlLineField(10), /indented with a tab; indent with half-width spaces/)],
  'listings/unclosed-quote.md': [err(yamlLineField(6), /The quote \("\) opened on this line is never closed/)],
  'listings/japanese-labels.md': [
    err('kind', /^「子ども食堂」は kodomo-shokudo と書いてください \/ Write kodomo-shokudo for 子ども食堂$/),
    err('audience.groups[0]', /Write elementary for 小学生/),
    err('audience.groups[1]', /Write junior-high for 中学生/),
    err('services[0]', /Write meal for 食事/),
    err('services[1]', /Write study for 学習支援/),
    err('status', /Write paused for 休止中/),
  ],
  'listings/real-among-demo.md': [
    warn('sample', /the whole site shows the demo banner\. This file has no sample: true/),
  ],
  'listings/utf16-le-bom.md': [
    warn(WHOLE_FILE, /saved as UTF-16 \(Notepad's "Unicode"\); it was read.*save it as UTF-8/),
  ],
  'listings/utf16-be-bom.md': [
    warn(WHOLE_FILE, /saved as UTF-16 \(Notepad's "Unicode"\); it was read.*save it as UTF-8/),
  ],
  'listings/utf16-no-bom.md': [err(WHOLE_FILE, /looks like UTF-16 without a byte-order mark.*save it as UTF-8/)],
  'schools/swapped-lat-lng.yaml': [
    err('lat', /look swapped; make the latitude \(lat\) 34\.535 and the longitude \(lng\) 135\.465/),
  ],
  'schools/full-width-colon.yaml': [err(yamlLineField(3), /full-width colon .*: nameKana: ころんしょうがっこう/)],
  'schools/utf16-le-bom.yaml': [warn(WHOLE_FILE, /saved as UTF-16/)],
};

/** Files in the bad folder that are valid on their own and must load. */
const LOADED_IDS = [
  'duplicate-id', // listings/area-a/duplicate-id.md, the first of the two
  'duplicate-name-a',
  'duplicate-name-b',
  'future-verified',
  'out-of-bounds',
  'real-among-demo',
  'stale',
  'unknown-school',
  'utf16-be-bom',
  'utf16-le-bom',
  'valid-free-school',
  'valid-shokudo',
];

describe('content-bad fixture: every defect in one run', () => {
  let bad: ContentSet;
  beforeAll(async () => {
    bad = await loadContent(BAD_DIR, { today: TODAY });
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const found = problemsFor(bad.problems, file);
    expect(found.map((p) => [p.field, p.severity]).sort()).toEqual(expected.map((e) => [e.field, e.severity]).sort());
    for (const e of expected) {
      const problem = found.find((p) => p.field === e.field && p.severity === e.severity)!;
      expect(problem.message).toMatch(e.message);
      expectBilingual(problem.message);
    }
  });

  it('reports every defect, and nothing else, in the same run', () => {
    const expectedErrors = Object.fromEntries(
      Object.entries(EXPECTED)
        .map(([file, list]) => [file, list.filter((e) => e.severity === 'error').length] as const)
        .filter(([, n]) => n > 0),
    );
    const actualErrors: Record<string, number> = {};
    for (const p of errorsOf(bad.problems)) actualErrors[p.file] = (actualErrors[p.file] ?? 0) + 1;
    expect(actualErrors).toEqual(expectedErrors);
    expect(bad.problems.length).toBe(Object.values(EXPECTED).flat().length);
    expect(bad.problems.filter((p) => p.severity === 'warning').map((p) => p.file)).toEqual([
      'listings/duplicate-name-b.md',
      'listings/real-among-demo.md',
      'listings/stale.md',
      'listings/utf16-be-bom.md',
      'listings/utf16-le-bom.md',
      'schools/utf16-le-bom.yaml',
    ]);
  });

  it('still loads the site, the schools and every listing that is valid on its own', () => {
    expect(bad.site).toBeDefined();
    expect(bad.schools.map((s) => s.id).sort()).toEqual(['kaede-jhs', 'sakura-es', 'utf16-le-bom']);
    expect(bad.listings.map((l) => l.id).sort()).toEqual(LOADED_IDS);
    expect(bad.listings.find((l) => l.id === 'duplicate-id')?.file).toBe('listings/area-a/duplicate-id.md');
    expect(bad.listingFileCount).toBe(44);
  });

  it('reads UTF-16 files as the text they hold', () => {
    const le = bad.listings.find((l) => l.id === 'utf16-le-bom')!;
    const be = bad.listings.find((l) => l.id === 'utf16-be-bom')!;
    expect(le.data.name).toBe('テスト ユーティーエフ16');
    expect(be.data.name).toBe('テスト ユーティーエフ16 ビッグエンディアン');
    expect(le.body).toBe('テスト用の本文です。\n');
    expect(bad.schools.find((s) => s.id === 'utf16-le-bom')?.name).toBe('ゆにこーど小学校');
  });

  it('reports the YAML error on the line that is actually wrong', () => {
    const lines = readFileSync(`${BAD_DIR}/listings/bad-yaml.md`, 'utf8').split('\n');
    // Line 7 (1-based) is the wrongly indented one; line 6 above it is fine.
    expect(lines[6]).toBe('  online: true');
    expect(lines[5]).toMatch(/^summary: /);
  });

  it('blames the line that holds a keyboard mistake, not the line after it', () => {
    const line = (file: string, n: number) => readFileSync(`${BAD_DIR}/${file}`, 'utf8').split('\n')[n - 1];
    expect(line('listings/full-width-colon.md', 4)).toBe('name：テスト 全角コロン');
    expect(line('listings/full-width-colon.md', 5)).toMatch(/^nameKana: /);
    expect(line('listings/full-width-space-indent.md', 10)).toBe('\u3000\u3000lat: 34.5225');
    expect(line('listings/tab-indent.md', 10)).toBe('\tlat: 34.5235');
    expect(line('listings/unclosed-quote.md', 6)).toBe('summary: "毎月第2土曜のお昼に開く居場所です。');
    expect(line('schools/full-width-colon.yaml', 3)).toBe('nameKana：ころんしょうがっこう');
  });

  it('judges "future" and "stale" by the given day', async () => {
    const later = await loadContent(BAD_DIR, { today: '2099-01-01' });
    // Verified on the day itself is not in the future.
    expect(problemsFor(later.problems, 'listings/future-verified.md')).toEqual([]);
    // Everything verified in 2026 is stale by then.
    expect(problemsFor(later.problems, 'listings/valid-shokudo.md')).toEqual([
      expect.objectContaining({ field: 'verified.date', severity: 'warning' }),
    ]);
    const earlier = await loadContent(BAD_DIR, { today: '2026-09-30' });
    expect(problemsFor(earlier.problems, 'listings/valid-shokudo.md')).toEqual([
      expect.objectContaining({ field: 'verified.date', severity: 'error' }),
    ]);
  });

  it('says a missing field is required', () => {
    const [problem] = problemsFor(bad.problems, 'listings/missing-field.md');
    expect(problem?.message).toMatch(/必須/);
    expect(problem?.message).toMatch(/required/);
  });
});
