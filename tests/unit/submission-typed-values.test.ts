/**
 * Values as people type them into the form — 「300円」, a full-width ０, a
 * phone number without hyphens, a full-width latitude — reach the same
 * listing by every route: the file the form downloads (and e-mails), and the
 * GitHub issue the form pre-fills, read back by the issue script.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { emptyDraft, emptyCost, emptyRule, type SubmissionDraft } from '../../src/lib/submission/draft.ts';
import { listingFromIssue } from '../../src/lib/submission/from-issue.ts';
import { renderListingFile } from '../../src/lib/submission/listing-file.ts';
import { draftToListing, validateDraft } from '../../src/lib/submission/to-listing.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { issueBody } from './support/issue-body.ts';

const TODAY = '2026-11-24';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'typed-values-'));
  await cp(path.resolve('content'), work, { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

function typedDraft(changes: Partial<SubmissionDraft>): SubmissionDraft {
  return {
    ...emptyDraft(),
    id: 'tegaki-kodomo-shokudo',
    kind: 'kodomo-shokudo',
    name: 'てがき子ども食堂',
    nameKana: 'てがきこどもしょくどう',
    summary: '手で入力したテスト用の掲載です。',
    placeType: 'place',
    precision: 'exact',
    placeName: '鳳東町会館',
    address: '大阪府堺市西区鳳東町0丁目0-0',
    lat: '３４．５３９１',
    lng: '135.4652',
    rules: [{ ...emptyRule(), pattern: 'monthly-nth', weeks: [2, 4], days: ['SA'], opens: '11:00', closes: '14:00' }],
    audience: ['elementary', 'guardian'],
    isOperator: 'yes',
    phoneConsent: 'yes',
    ...changes,
  };
}

const CASES: Array<[string, Partial<SubmissionDraft>]> = [
  [
    'amounts with 円, full-width digits and separators',
    {
      costs: [
        { ...emptyCost(), for: 'child', yen: '０' },
        { ...emptyCost(), for: 'adult', yen: '300円' },
        { ...emptyCost(), for: 'guardian', yen: '１，０００ 円', label: '高校生まで' },
      ],
    },
  ],
  ['a phone number typed on a number pad', { phone: '0722610000' }],
  ['a full-width phone number with spaces', { phone: '０７２ ２６１ ００００' }],
  ['a phone number with the country code', { phone: '+81 72-261-0000' }],
];

async function viaFile(draft: SubmissionDraft) {
  const text = renderListingFile(draftToListing(draft, TODAY));
  const parsed = parseMarkdownFile('listings/x.md', new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return listingSchema.parse(parsed.value.data);
}

async function viaIssue(draft: SubmissionDraft) {
  const outcome = await listingFromIssue(issueBody('new', draft), work, TODAY);
  if (!outcome.ok) throw new Error(outcome.comment);
  const text = await readFile(path.join(work, outcome.file), 'utf8');
  await rm(path.join(work, outcome.file));
  const parsed = parseMarkdownFile(outcome.file, new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { data: listingSchema.parse(parsed.value.data), text };
}

describe('values typed by people survive every route', () => {
  it.each(CASES)('%s', async (_, changes) => {
    const draft = typedDraft(changes);
    expect(validateDraft(draft, TODAY)).toEqual({});
    const expected = listingSchema.parse(draftToListing(draft, TODAY).data);
    await expect(viaFile(draft)).resolves.toEqual(expected);
    const issue = await viaIssue(draft);
    expect(issue.data).toEqual(expected);
    // Stored as one normal form, not as typed.
    if (draft.phone) expect(issue.text).toContain('phone: 072-261-0000\n');
  });

  it('stores amounts as plain yen', async () => {
    const draft = typedDraft(CASES[0]![1]);
    const { data } = await viaIssue(draft);
    expect(data.cost?.options.map((o) => o.yen)).toEqual([0, 300, 1000]);
    expect(data.location?.lat).toBe(34.5391);
  });
});
