/**
 * A listing's translations of its own text: checked like every other field,
 * no more public than the Japanese they translate, and read by pages through
 * `listingText`, which falls back to the Japanese marked as such.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { listingText } from '../../src/lib/listing-text.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { editDataOf, restorePrivateFields } from '../../src/lib/privacy/restore-private.ts';
import { listingSchema, type ListingFrontMatter } from '../../src/schema/listing.ts';

const base = {
  kind: 'ibasho',
  name: '自宅の居場所',
  nameKana: 'じたくのいばしょ',
  summary: '毎週土曜に開いています。',
  audience: { groups: ['elementary'] },
  online: true,
  status: 'active',
  verified: { date: '2026-10-01', by: 'operator', source: '電話' },
};

const approximate = {
  placeName: '山田さん宅',
  address: '堺市西区鳳東町9-9-9',
  area: '鳳東町付近',
  lat: 34.539123,
  lng: 135.465234,
  precision: 'approximate',
  access: '青い屋根の家',
  accessibility: '玄関に段差があります。',
};

const privateEnglish = {
  name: 'Home Youth Space',
  summary: 'Open every Saturday.',
  description: 'We play games.\n\n## Food\n\nSnacks are free.',
  placeName: "The Yamadas' house",
  area: 'Near Otorihigashi-machi',
  access: 'The house with the blue roof',
  accessibility: 'There is a step at the door.',
};

function parse(extra: Record<string, unknown>): ListingFrontMatter {
  return listingSchema.parse({ ...base, ...extra });
}

function problems(extra: Record<string, unknown>): Array<[string, string]> {
  const result = listingSchema.safeParse({ ...base, ...extra });
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('the translations field', () => {
  it('accepts English and やさしい日本語, every key optional', () => {
    const data = parse({
      location: approximate,
      translations: { en: privateEnglish, easy: { name: 'いえの いばしょ' } },
    });
    expect(data.translations?.en?.access).toBe('The house with the blue roof');
    expect(problems({ translations: {} })).toEqual([]);
    expect(problems({ translations: { en: {} } })).toEqual([]);
  });

  it('refuses unknown languages and keys, naming the field', () => {
    expect(problems({ translations: { fr: { name: 'Maison' } } }).map(([p]) => p)).toEqual(['translations']);
    expect(problems({ translations: { en: { title: 'Home' } } }).map(([p]) => p)).toEqual(['translations.en']);
  });

  it('checks each translation like the Japanese field', () => {
    const [[field, message]] = problems({ translations: { en: { name: 'A\nB' } } }) as [[string, string]];
    expect(field).toBe('translations.en.name');
    expect(message).toMatch(/^改行を入れないでください \/ Keep this on one line$/);
    expect(problems({ translations: { en: { name: 'x'.repeat(81) } } })[0]?.[0]).toBe('translations.en.name');
  });

  it('needs the Japanese it translates', () => {
    const { summary: _none, ...noSummary } = base;
    const result = listingSchema.safeParse({ ...noSummary, online: true, translations: { en: { summary: 'Hi' } } });
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.path).toEqual(['translations', 'en', 'summary']);
    expect(issue?.message).toMatch(/^訳の元になる日本語の summary がありません.* \/ There is no Japanese summary/);
    expect(problems({ online: true, translations: { en: { access: 'By bus' } } })[0]?.[0]).toBe(
      'translations.en.access',
    );
  });

  it('refuses the furigana marks in any listing text, Japanese or translated', () => {
    for (const extra of [
      { name: '\uE000居場所\uE001いばしょ\uE002' },
      { translations: { easy: { summary: 'どようび\uE001' } } },
      { audience: { groups: ['elementary'], note: '\uE002' } },
    ]) {
      const found = problems(extra);
      expect(found).toHaveLength(1);
      expect(found[0]![1]).toMatch(/私用領域の文字（U\+E000〜U\+E002）.* \/ .*private-use/);
    }
  });

  it('refuses the furigana marks in the description body', async () => {
    const dir = path.resolve(import.meta.dirname, '../../content');
    const file = 'listings/ebaraji-kodomo-shokudo-hoshizora.md';
    const { readFile } = await import('node:fs/promises');
    const text = `${await readFile(path.join(dir, file), 'utf8')}\n{\uE000居場所\uE001いばしょ\uE002}\n`;
    const content = await loadContent(dir, { today: '2026-11-24', overlay: new Map([[file, Buffer.from(text)]]) });
    const found = content.problems.filter((p) => p.file === file && p.severity === 'error');
    expect(found.map((p) => p.field)).toEqual(['本文 / body']);
    expect(found[0]!.message).toMatch(/私用領域の文字/);
  });
});

describe('published translations', () => {
  it("keep an approximate place's translated venue and directions as private as the Japanese", () => {
    const data = parse({ location: approximate, translations: { en: privateEnglish } });
    const published = toPublicListing('x', data, '本文', []);
    expect(published.translations).toEqual({
      en: {
        name: 'Home Youth Space',
        summary: 'Open every Saturday.',
        description: privateEnglish.description,
        area: 'Near Otorihigashi-machi',
        accessibility: 'There is a step at the door.',
      },
    });
    const json = JSON.stringify(published);
    for (const secret of ["The Yamadas' house", 'blue roof', '山田さん宅', '青い屋根'])
      expect(json).not.toContain(secret);
  });

  it("drop an exact place's translated area, which the Japanese does not publish either", () => {
    const data = parse({
      location: { ...approximate, precision: 'exact' },
      translations: { en: { area: 'Near Otorihigashi-machi', access: 'By bus' } },
    });
    expect(toPublicListing('x', data, '', []).translations).toEqual({ en: { access: 'By bus' } });
  });

  it('are absent when nothing is left to publish', () => {
    const data = parse({ location: approximate, translations: { en: { access: 'Secret' } } });
    expect(toPublicListing('x', data, '', []).translations).toBeUndefined();
  });

  it('travel to the correction form and come back with the private ones restored', () => {
    const current = parse({ location: approximate, translations: { en: privateEnglish } });
    const edit = editDataOf(toPublicListing('x', current, '', []));
    expect(JSON.stringify(edit)).not.toContain('blue roof');
    const { en } = edit.data.translations as { en: object };
    const corrected = { ...edit.data, translations: { en: { ...en, name: 'New' } } };
    const restored = restorePrivateFields(corrected, current);
    expect(listingSchema.parse(restored).translations?.en).toEqual({
      ...privateEnglish,
      name: 'New',
    });
  });
});

describe('listingText', () => {
  const data = parse({
    location: { ...approximate, precision: 'exact' },
    translations: { en: { name: 'Home Youth Space', description: '**Games** and snacks.' } },
  });
  const listing = toPublicListing('x', data, '毎週 **ゲーム** をします。', []);

  it('gives the translation in the page language', () => {
    const text = listingText(listing, 'en');
    expect(text.name).toEqual({ value: 'Home Youth Space', lang: 'en', untranslated: false });
    expect(text.description?.html).toBe('<p><strong>Games</strong> and snacks.</p>');
    expect(text.description?.text).toBe('Games and snacks.');
  });

  it('falls back to the Japanese, marked ja and untranslated', () => {
    const text = listingText(listing, 'en');
    expect(text.summary).toEqual({ value: '毎週土曜に開いています。', lang: 'ja', untranslated: true });
    expect(text.access).toEqual({ value: '青い屋根の家', lang: 'ja', untranslated: true });
    expect(text.area).toBeUndefined(); // an exact place shows no area in any language
    expect(text.untranslated).toEqual(['summary', 'placeName', 'access', 'accessibility']);
  });

  it('shows a description written in another language only, and none on the Japanese page', () => {
    const only = toPublicListing('y', parse({ translations: { en: { description: 'English only.' } } }), '', []);
    expect(listingText(only, 'en').description).toMatchObject({
      value: 'English only.',
      lang: 'en',
      untranslated: false,
    });
    expect(listingText(only, 'ja').description).toBeUndefined();
  });

  it('gives やさしい日本語 with lang ja, and the Japanese page never says untranslated', () => {
    const easy = listingText(listing, 'easy');
    expect(easy.name).toEqual({ value: '自宅の居場所', lang: 'ja', untranslated: true });
    const ja = listingText(listing, 'ja');
    expect(ja.untranslated).toEqual([]);
    expect(ja.name).toEqual({ value: '自宅の居場所', lang: 'ja', untranslated: false });
    expect(ja.description?.html).toBe(listing.descriptionHtml);
  });
});

describe('the demo listings', () => {
  it('have English translations on two listings and やさしい日本語 on one, all valid', async () => {
    const content = await loadContent(path.resolve(import.meta.dirname, '../../content'), { today: '2026-11-24' });
    const translated = content.listings.filter((l) => l.data.translations);
    expect(translated.filter((l) => l.data.translations?.en?.name).length).toBeGreaterThanOrEqual(2);
    expect(translated.filter((l) => l.data.translations?.easy?.name).length).toBeGreaterThanOrEqual(1);
  });
});
