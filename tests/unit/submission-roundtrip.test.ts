/**
 * Every demo listing survives the trip a correction takes: file → form draft →
 * issue body (as GitHub writes it) → issue script → file, with nothing lost.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { draftFromListing, editDataOf } from '../../src/lib/submission/from-listing.ts';
import { restorePrivateFields } from '../../src/lib/privacy/restore-private.ts';
import { draftToListing } from '../../src/lib/submission/to-listing.ts';
import { listingFromIssue } from '../../src/lib/submission/from-issue.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { issueBody } from './support/issue-body.ts';

const CONTENT = path.resolve('content');
const TODAY = '2026-11-24';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'roundtrip-'));
  await cp(CONTENT, work, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function frontMatter(file: string) {
  const parsed = parseMarkdownFile(file, await readFile(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { data: listingSchema.parse(parsed.value.data), body: parsed.value.body.trim() };
}

const ids = (await readdir(path.join(CONTENT, 'listings'))).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3));

describe('a correction of each demo listing, unchanged, gives back the same listing', () => {
  it.each(ids)('%s', async (id) => {
    const original = await frontMatter(path.join(CONTENT, 'listings', `${id}.md`));
    const draft = draftFromListing(id, original.data, original.body);
    draft.isOperator = original.data.verified.by === 'operator' ? 'yes' : 'no';
    draft.message = '変更なし';
    const outcome = await listingFromIssue(issueBody('correction', draft), work, TODAY);
    if (!outcome.ok) throw new Error(outcome.comment);
    const again = await frontMatter(path.join(work, outcome.file));
    const { verified: _a, ...before } = original.data;
    const { verified, ...after } = again.data;
    expect(after).toEqual(before);
    expect(again.body).toBe(original.body);
    expect(verified.date).toBe(TODAY);
  });
});

describe('a correction started from the published page gives back the same file', () => {
  // The web form only sees the public listing; the script restores what it hid.
  it.each(ids)('%s', async (id) => {
    const content = await loadContent(CONTENT, { today: TODAY });
    const entry = content.listings.find((l) => l.id === id)!;
    const edit = editDataOf(toPublicListing(id, entry.data, entry.body, content.schools));
    const draft = draftFromListing(edit.id, listingSchema.parse(edit.data), edit.body);
    draft.isOperator = entry.data.verified.by === 'operator' ? 'yes' : 'no';
    draft.message = '変更なし';
    const outcome = await listingFromIssue(issueBody('correction', draft), work, TODAY);
    if (!outcome.ok) throw new Error(outcome.comment);
    const again = await frontMatter(path.join(work, outcome.file));
    const original = await frontMatter(path.join(CONTENT, 'listings', `${id}.md`));
    const { verified: _a, ...before } = original.data;
    const { verified: _b, ...after } = again.data;
    expect(after).toEqual(before);
    expect(again.body).toBe(original.body);
  });
});

describe('a correction downloaded or e-mailed, applied by the editors, gives back the same listing', () => {
  // The file route has no issue script: `npm run apply-correction` restores what the form never saw.
  it.each(ids)('%s', async (id) => {
    const content = await loadContent(CONTENT, { today: TODAY });
    const entry = content.listings.find((l) => l.id === id)!;
    const edit = editDataOf(toPublicListing(id, entry.data, entry.body, content.schools));
    const draft = draftFromListing(edit.id, listingSchema.parse(edit.data), edit.body);
    draft.isOperator = 'yes';
    const file = draftToListing(draft, TODAY);
    const restored = listingSchema.parse(restorePrivateFields(file.data, entry.data));
    const { verified: _a, ...after } = restored;
    const { verified: _b, ...before } = entry.data;
    expect(after).toEqual(before);
  });
});
