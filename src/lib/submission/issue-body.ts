/**
 * Reads a submitted issue back into a draft: the `### heading` sections
 * GitHub writes for issue forms, field by field. Node only (the issue
 * script): it loads YAML, which the browser never needs.
 */
import { load as loadYaml } from 'js-yaml';
import type { FormMode, SubmissionDraft } from './draft-types.ts';
import { emptyDraft } from './field-catalogue.ts';
import { absorbPreserved } from './from-listing.ts';
import { ISSUE_FIELDS, type IssueField } from './issue-fields.ts';

const CHANGES_LABEL = ISSUE_FIELDS.find((f) => f.id === 'changes')!.label;

/** Which issue form the issue came from: only the correction form has 「訂正の内容」. */
export function modeOfIssueBody(body: string): FormMode {
  return sectionsOf(body).has(CHANGES_LABEL) ? 'correction' : 'new';
}

/** `### label` sections of an issue body, as GitHub writes them for issue forms. */
export function sectionsOf(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = body.replace(/\r\n?/g, '\n').split(/^### +(.+?)\s*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    let value = (parts[i + 1] ?? '').trim();
    if (value === '_No response_') value = '';
    // Fields rendered as code come back fenced.
    const fenced = /^```[a-z]*\n([\s\S]*?)\n?```$/.exec(value);
    if (fenced) value = fenced[1]!;
    sections.set(parts[i]!.trim(), value);
  }
  return sections;
}

/** The fields the form does not edit, as YAML: a mapping or nothing. */
function readYaml(text: string, draft: SubmissionDraft): string | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value = loadYaml(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a mapping');
    draft.preserved = value as Record<string, unknown>;
    return undefined;
  } catch {
    return 'YAML として読めません（「名前: 値」の形で書いてください）/ Not valid YAML';
  }
}

/** Puts one issue field's text into the draft (the YAML field too); a message when it cannot be read. */
export function readField(field: IssueField, text: string, draft: SubmissionDraft): string | undefined {
  return field.format === 'yaml' ? readYaml(text, draft) : field.read(text, draft);
}

export interface IssueReading {
  mode: FormMode;
  draft: SubmissionDraft;
  /** By issue field label: what could not be read. */
  problems: Array<{ field: string; message: string }>;
}

/**
 * The draft an issue describes. A correction starts from the listing as it is
 * (`start`) and changes only the fields the issue fills in: someone who opens
 * the correction form on GitHub and writes two fields must not empty the rest.
 */
export function draftFromIssueBody(body: string, start?: SubmissionDraft): IssueReading {
  const sections = sectionsOf(body);
  const mode = modeOfIssueBody(body);
  const draft: SubmissionDraft = start ? structuredClone(start) : { ...emptyDraft(), rules: [] };
  draft.mode = mode;
  const problems: IssueReading['problems'] = [];
  for (const field of ISSUE_FIELDS) {
    const text = sections.get(field.label);
    if (text === undefined || (start && text.trim() === '')) continue;
    const message = readField(field, text, draft);
    if (message) problems.push({ field: field.label, message });
  }
  return { mode, draft: absorbPreserved(draft), problems };
}
