/**
 * A submitted issue becomes a listing file, or a comment saying what to fix.
 * Run by scripts/issue-to-listing.ts in the repository's workflow; nothing
 * here needs GitHub, so it is tested on recorded issue bodies.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CivilDate } from '../../core/civil-date.ts';
import { parseMarkdownFile } from '../content/parse-file.ts';
import { errorsOf, formatProblem, type Problem } from '../../core/problems.ts';
import { listingSchema, type ListingFrontMatter } from '../../schema/listing.ts';
import { ID_PATTERN } from '../../core/ids.ts';
import { draftFromIssueBody } from './issue-body.ts';
import { issueFieldOfDraft, type FormMode } from './issue-fields.ts';
import { parseFieldPath } from '../content/annotations.ts';
import { fieldOfSchemaPath } from './field-catalogue.ts';
import { renderListingFile } from './listing-file.ts';
import { restorePrivateFields } from '../privacy/restore-private.ts';
import { replaceListing } from './replace-listing.ts';
import { draftFromListing } from './from-listing.ts';
import { suggestId } from './suggest-id.ts';
import { draftToListing, validateDraft } from './to-listing.ts';

export type IssueOutcome =
  | { ok: true; mode: FormMode; id: string; file: string; text: string; warnings: Problem[] }
  | { ok: false; mode: FormMode; comment: string };

/** 「開催日 / Schedule（2行目）」 for `rules.1.opens`. */
export function issueLabelOf(draftField: string): string {
  const [head, index] = draftField.split('.');
  const label = issueFieldOfDraft(head!).label;
  return index !== undefined && /^\d+$/.test(index) ? `${label}（${Number(index) + 1}行目）` : label;
}

/** The draft field a content problem belongs to; problems of the file as a whole go to its id. */
function draftFieldOfProblem(field: string): string {
  const path = parseFieldPath(field);
  return path ? fieldOfSchemaPath(path) : 'id';
}

function failure(mode: FormMode, lines: string[]): IssueOutcome {
  return {
    ok: false,
    mode,
    comment: [
      '内容をそのままでは掲載ファイルにできませんでした。次の点を直して、この issue を編集してください（編集すると自動でもう一度確認します）。',
      'The submission could not become a listing file yet. Please fix the points below by editing this issue; it is checked again automatically.',
      '',
      ...lines.map((line) => `- ${line}`),
    ].join('\n'),
  };
}

async function existingIds(listingsDir: string): Promise<Set<string>> {
  const names = await readdir(listingsDir).catch(() => [] as string[]);
  return new Set(names.filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)));
}

export async function listingFromIssue(body: string, contentDir: string, today: CivilDate): Promise<IssueOutcome> {
  const first = draftFromIssueBody(body);
  const { mode } = first;
  let { draft, problems } = first;
  if (problems.length > 0)
    return failure(
      mode,
      problems.map((p) => `**${p.field}**: ${p.message}`),
    );
  const listingsDir = path.join(contentDir, 'listings');
  const taken = await existingIds(listingsDir);
  /** The listing as it is, for a correction: what the form never saw comes back from it. */
  let known: ListingFrontMatter | undefined;

  if (mode === 'correction') {
    if (!ID_PATTERN.test(draft.id) || !taken.has(draft.id)) {
      return failure(mode, [
        `**${issueLabelOf('id')}**: 「${draft.id}」という掲載はありません。掲載ページの URL の /listings/ の後ろを書いてください / No listing with this id`,
      ]);
    }
    const previous = await readFile(path.join(listingsDir, `${draft.id}.md`));
    const parsed = parseMarkdownFile(`listings/${draft.id}.md`, previous);
    const current = parsed.ok ? listingSchema.safeParse(parsed.value.data) : undefined;
    if (parsed.ok && current?.success) {
      // Blank fields of a correction mean "as it is": start from the file.
      ({ draft, problems } = draftFromIssueBody(body, draftFromListing(draft.id, current.data, parsed.value.body)));
      if (problems.length > 0)
        return failure(
          mode,
          problems.map((p) => `**${p.field}**: ${p.message}`),
        );
      known = current.data;
    }
  } else {
    if (draft.id === '') draft.id = suggestId(draft.nameKana, taken);
    else if (taken.has(draft.id)) {
      return failure(mode, [
        `**${issueLabelOf('id')}**: 「${draft.id}」はもう使われています。空欄にするか別の ID にしてください / This id is taken`,
      ]);
    }
  }
  // The issue form does not insist on the question; unanswered means not confirmed by the operator.
  if (draft.isOperator === '') draft.isOperator = 'no';

  const errors = validateDraft(draft, today);
  if (Object.keys(errors).length > 0) {
    return failure(
      mode,
      Object.entries(errors).map(([field, message]) => `**${issueLabelOf(field)}**: ${message}`),
    );
  }

  const file = draftToListing(draft, today);
  if (known) file.data = restorePrivateFields(file.data, known);
  const text = renderListingFile(file);
  const rel = `listings/${draft.id}.md`;
  // Checked in memory with the whole content folder, as the build will: school ids, map bounds, duplicates.
  const { written, problems: own } = await replaceListing(contentDir, rel, text, today);
  if (!written) {
    return failure(
      mode,
      errorsOf(own).map((p) => `**${issueLabelOf(draftFieldOfProblem(p.field))}**: ${p.message}`),
    );
  }
  return { ok: true, mode, id: draft.id, file: rel, text, warnings: own };
}

export { formatProblem };
