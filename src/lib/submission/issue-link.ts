/**
 * The address of a new issue with the form pre-filled from a draft, and its
 * title: what the web form's "open an issue" button needs, and no more.
 */
import type { FormMode, SubmissionDraft } from './draft-types.ts';
import { ISSUE_FIELDS, type IssueField } from './issue-fields.ts';
import { forPublicIssue } from '../privacy/public-draft.ts';

/** The issue form's file name for a mode. */
export function templateFile(mode: FormMode): string {
  return mode === 'new' ? 'listing-new.yml' : 'listing-correction.yml';
}

export function issueTitle(draft: SubmissionDraft): string {
  return draft.mode === 'correction'
    ? `【訂正】${draft.name.trim() || draft.id}（${draft.id}）`
    : `【掲載申請】${draft.name.trim() || '（名前未記入）'}`;
}

/** Above this, browsers and GitHub may refuse the address. */
export const MAX_ISSUE_URL = 7500;

export interface IssueLink {
  url: string;
  /** Labels of fields left out to keep the address short enough: the sender pastes them. */
  omitted: string[];
}

/** A new-issue address on the repository with the form pre-filled from the draft's public part. */
export function issueUrl(repository: string, fullDraft: SubmissionDraft): IssueLink {
  const draft = forPublicIssue(fullDraft);
  const mode = draft.mode;
  const base = `${repository.replace(/\/+$/, '')}/issues/new`;
  const entries: Array<[IssueField, string]> = ISSUE_FIELDS.filter((f) => f.forms.includes(mode))
    .map((f) => [f, f.write(draft)] as [IssueField, string])
    .filter(([, value]) => value.trim() !== '');
  const build = (list: Array<[IssueField, string]>) => {
    const params = new URLSearchParams({ template: templateFile(mode), title: issueTitle(draft) });
    for (const [field, value] of list) params.set(field.id, value);
    return `${base}?${params.toString()}`;
  };
  const omitted: string[] = [];
  let url = build(entries);
  // The longest free-text fields go first; the rest is short.
  for (const id of ['description', 'other-fields', 'schedule-note', 'changes', 'message']) {
    if (url.length <= MAX_ISSUE_URL) break;
    const index = entries.findIndex(([f]) => f.id === id);
    if (index < 0) continue;
    omitted.push(entries[index]![0].label);
    entries.splice(index, 1);
    url = build(entries);
  }
  return { url, omitted };
}
