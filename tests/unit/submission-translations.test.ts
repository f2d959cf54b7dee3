/**
 * The form's 「ほかの言語（任意）」: the name, summary and description in
 * English and やさしい日本語 travel draft → file → draft and issue → file, the
 * translated place notes the form does not edit ride along in a correction,
 * and an approximate place's translated directions stay out of public issues.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { restorePrivateFields } from '../../src/lib/privacy/restore-private.ts';
import { emptyDraft, type SubmissionDraft } from '../../src/lib/submission/draft.ts';
import { listingFromIssue } from '../../src/lib/submission/from-issue.ts';
import { draftFromListing, editDataOf } from '../../src/lib/submission/from-listing.ts';
import { draftFromIssueBody } from '../../src/lib/submission/issue-body.ts';
import { renderListingFile } from '../../src/lib/submission/listing-file.ts';
import { draftToListing, validateDraft } from '../../src/lib/submission/to-listing.ts';
import { listingSchema, type ListingFrontMatter } from '../../src/schema/listing.ts';
import { issueBody } from './support/issue-body.ts';

const TODAY = '2026-11-24';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'translations-'));
  await cp(path.resolve('content'), work, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function filled(): SubmissionDraft {
  return {
    ...emptyDraft(),
    id: 'otori-translated',
    kind: 'kodomo-shokudo',
    name: 'おおとり訳あり食堂',
    nameKana: 'おおとりやくありしょくどう',
    summary: '毎週土曜のお昼ごはん',
    description: '毎週土曜日のお昼です。',
    precision: 'exact',
    address: '大阪府堺市西区鳳東町1-1',
    lat: '34.5391',
    lng: '135.4652',
    access: 'JR阪和線 鳳駅から徒歩5分',
    rules: [{ ...emptyDraft().rules[0]!, days: ['SA'], opens: '11:00', closes: '14:00' }],
    audience: ['elementary'],
    isOperator: 'yes',
    nameEn: "Otori Kids' Cafeteria",
    summaryEn: 'Lunch every Saturday',
    descriptionEn: 'Lunch every Saturday.\n\nEveryone is welcome.',
    nameEasy: 'おおとり こどもしょくどう',
  };
}

describe('translations in the form', () => {
  it('are written to the file in the schema order, and the file is valid', () => {
    const file = draftToListing(filled(), TODAY);
    expect(file.data.translations).toEqual({
      en: {
        name: "Otori Kids' Cafeteria",
        summary: 'Lunch every Saturday',
        description: 'Lunch every Saturday.\n\nEveryone is welcome.',
      },
      easy: { name: 'おおとり こどもしょくどう' },
    });
    expect(Object.keys(file.data).indexOf('translations')).toBeGreaterThan(Object.keys(file.data).indexOf('status'));
    expect(validateDraft(filled(), TODAY)).toEqual({});
    expect(renderListingFile(file)).toContain("translations:\n  en:\n    name: Otori Kids' Cafeteria\n");
  });

  it('are left out of the file when none is given', () => {
    const draft = { ...filled(), nameEn: '  ', summaryEn: '', descriptionEn: '', nameEasy: '' };
    expect(draftToListing(draft, TODAY).data).not.toHaveProperty('translations');
  });

  it('come back into the same fields from the file', () => {
    const file = draftToListing(filled(), TODAY);
    const again = draftFromListing(file.id, listingSchema.parse(file.data), file.body);
    for (const key of ['nameEn', 'summaryEn', 'descriptionEn', 'nameEasy', 'summaryEasy', 'descriptionEasy'] as const)
      expect(again[key], key).toBe(filled()[key]);
    expect(again.preserved).not.toHaveProperty('translations');
  });

  it('put each problem beside its own field, in the schema’s words', () => {
    const errors = validateDraft(
      { ...filled(), nameEn: 'x'.repeat(81), summaryEasy: 'どようび\uE001', summary: '' },
      TODAY,
    );
    expect(errors.nameEn).toMatch(/80 文字以内/);
    expect(errors.summaryEasy).toMatch(/私用領域の文字/);
  });

  it('travel through a new issue into a listing file', async () => {
    const draft = filled();
    const body = issueBody('new', draft);
    expect(body).toContain("### 名前（英語 / English）\n\nOtori Kids' Cafeteria");
    const read = draftFromIssueBody(body).draft;
    expect(read.descriptionEn).toBe(draft.descriptionEn);
    const outcome = await listingFromIssue(body, work, TODAY);
    if (!outcome.ok) throw new Error(outcome.comment);
    const parsed = parseMarkdownFile(outcome.file, await readFile(path.join(work, outcome.file)));
    if (!parsed.ok) throw new Error('unreadable');
    expect(listingSchema.parse(parsed.value.data).translations).toEqual(draftToListing(draft, TODAY).data.translations);
  });
});

describe('translated place notes in a correction', () => {
  const current: ListingFrontMatter = listingSchema.parse({
    kind: 'ibasho',
    name: '自宅の居場所',
    nameKana: 'じたくのいばしょ',
    summary: '毎週土曜に開いています。',
    location: {
      placeName: '山田さん宅',
      address: '堺市西区鳳東町9-9-9',
      area: '鳳東町付近',
      lat: 34.539123,
      lng: 135.465234,
      precision: 'approximate',
      access: '青い屋根の家',
      accessibility: '玄関に段差があります。',
    },
    scheduleNote: '不定期です。',
    audience: { groups: ['elementary'] },
    status: 'active',
    verified: { date: '2026-10-01', by: 'operator', source: '電話' },
    translations: {
      en: {
        name: 'Home Youth Space',
        area: 'Near Otorihigashi-machi',
        access: 'The house with the blue roof',
        accessibility: 'There is a step at the door.',
      },
    },
  });

  it('ride along unchanged, and the private ones come back from the file', () => {
    const edit = editDataOf(toPublicListing('jitaku', current, '', []));
    const draft = draftFromListing(edit.id, listingSchema.parse(edit.data), edit.body);
    expect(draft.nameEn).toBe('Home Youth Space');
    expect(draft.otherTranslations).toEqual({
      en: { area: 'Near Otorihigashi-machi', accessibility: 'There is a step at the door.' },
    });
    draft.nameEn = 'Our Home Youth Space';
    draft.isOperator = 'yes';
    const file = draftToListing(draft, TODAY);
    const restored = listingSchema.parse(restorePrivateFields(file.data, current));
    expect(restored.translations).toEqual({ en: { ...current.translations!.en, name: 'Our Home Youth Space' } });
    expect(Object.keys(restored.translations!.en!)).toEqual(['name', 'area', 'access', 'accessibility']);
  });

  it('never reach a public issue', () => {
    const edit = editDataOf(toPublicListing('jitaku', current, '', []));
    const draft = draftFromListing(edit.id, listingSchema.parse(edit.data), edit.body);
    draft.otherTranslations = { en: { ...draft.otherTranslations.en, access: 'The house with the blue roof' } };
    const body = issueBody('correction', draft);
    expect(body).not.toContain('blue roof');
    expect(body).not.toContain('Otorihigashi');
  });

  it('go when their Japanese is removed, so the form never leaves a translation of nothing', () => {
    const draft = draftFromListing('jitaku', current, '');
    expect(draft.otherTranslations.en).toHaveProperty('access');
    draft.access = '';
    draft.isOperator = 'yes';
    expect((draftToListing(draft, TODAY).data.translations as { en: object }).en).not.toHaveProperty('access');
    expect(validateDraft(draft, TODAY)).toEqual({});
  });
});
