/**
 * The repository's issue forms, field by field, derived from the field
 * catalogue: how each field is written into an issue (the form pre-fills
 * one) and read back from it (the issue script). Browser-safe: YAML is
 * written with the small writer in yaml-text.ts, and read only by the
 * issue-body reader in Node.
 */
import { linesOf, type FormMode, type SubmissionDraft } from './draft-types.ts';
import {
  FIELDS,
  choiceMessage,
  choiceOf,
  choicesOf,
  specOf,
  type FieldSpec,
  type IssueSpec,
} from './field-catalogue.ts';
import { yamlText } from './yaml-text.ts';

export type { FormMode } from './draft-types.ts';

export interface IssueField {
  /** The issue form's field id: also the URL parameter that pre-fills it. */
  id: string;
  /** The heading the field gets in the issue body; unique. */
  label: string;
  /** Help under the label; `{area}` and the like are the region's examples, filled in by issue-template.ts. */
  description: string;
  type: 'input' | 'textarea';
  /** Which of the two forms have it. */
  forms: readonly FormMode[];
  /** The forms that insist on an answer. */
  required: readonly FormMode[];
  render?: 'yaml';
  /** `yaml`: read by the issue-body reader, which alone loads YAML. */
  format?: 'yaml';
  write(draft: SubmissionDraft): string;
  /** Puts the text into the draft; returns a message when it cannot be read. */
  read(text: string, draft: SubmissionDraft): string | undefined;
}

const BOTH: readonly FormMode[] = ['new', 'correction'];
const YES_NO = { yes: 'はい', no: 'いいえ' } as const;

function record(draft: SubmissionDraft): Record<string, unknown> {
  return draft as unknown as Record<string, unknown>;
}

/** The help line and the two directions a field's kind gives it. */
function byKind(spec: FieldSpec, issue: IssueSpec): Pick<IssueField, 'description' | 'write' | 'read'> {
  const key = spec.key;
  const labels = (issue.words ?? spec.vocabulary) as Record<string, string> | undefined;
  const oneOf = (description: string) => `${description}（${Object.values(labels!).join(' / ')}）`;
  switch (spec.kind) {
    case 'text':
      return {
        description: issue.description,
        write: (draft) => String(record(draft)[key] ?? ''),
        read: (text, draft) => {
          record(draft)[key] = text;
          return undefined;
        },
      };
    case 'lines':
      return {
        description: issue.description,
        write: (draft) => linesOf(record(draft)[key] as string).join('、'),
        read: (text, draft) => {
          record(draft)[key] = linesOf(text).join(key === 'languages' ? '、' : '\n');
          return undefined;
        },
      };
    case 'list':
      return {
        description: `${issue.description}。「、」で区切って書きます（${Object.values(labels!).join('、')}）`,
        write: (draft) => (record(draft)[key] as string[]).map((v) => labels![v]).join('、'),
        read: (text, draft) => {
          const { values, unknown } = choicesOf(labels!, text);
          record(draft)[key] = values;
          return unknown.length > 0 ? choiceMessage(labels!, unknown) : undefined;
        },
      };
    case 'choice':
    case 'answer':
    case 'flag': {
      const flag = spec.kind === 'flag';
      return {
        description: oneOf(issue.description),
        write: (draft) => {
          const value = record(draft)[key];
          const chosen = flag ? (value ? 'yes' : '') : (value as string);
          return chosen ? (labels![chosen] ?? '') : '';
        },
        read: (text, draft) => {
          if (text.trim() === '') return undefined;
          const value = choiceOf(labels!, text) ?? (issue.words ? choiceOf(YES_NO, text) : undefined);
          if (!value) return choiceMessage(labels!, [text.trim()]);
          record(draft)[key] = flag ? value === 'yes' : value;
          return undefined;
        },
      };
    }
    case 'rich':
      throw new Error(`The issue field ${issue.id} needs its own write and read`);
  }
}

function issueField(spec: FieldSpec, issue: IssueSpec): IssueField {
  const base = {
    id: issue.id,
    label: issue.heading,
    type: issue.type ?? 'input',
    forms: issue.forms ?? BOTH,
    required: issue.required ?? [],
    ...(issue.render ? { render: issue.render } : {}),
    ...(issue.format ? { format: issue.format } : {}),
  };
  if (issue.format === 'yaml') {
    return {
      ...base,
      description: issue.description,
      write: (draft) => {
        const value = record(draft)[spec.key] as Record<string, unknown>;
        return Object.keys(value).length > 0 ? yamlText(value).trimEnd() : '';
      },
      read: () => {
        throw new Error(`${issue.id} holds YAML: read it with the issue-body reader`);
      },
    };
  }
  const kind = issue.write && issue.read ? undefined : byKind(spec, issue);
  return {
    ...base,
    description: kind?.description ?? issue.description,
    write: issue.write ?? kind!.write,
    read: issue.read ?? kind!.read,
  };
}

function ownIssues(spec: FieldSpec): readonly IssueSpec[] {
  if ('in' in spec.issue) return [];
  return Array.isArray(spec.issue) ? spec.issue : [spec.issue as IssueSpec];
}

function issueFields(): IssueField[] {
  const out: IssueField[] = [];
  const later: Array<[IssueSpec, IssueField]> = [];
  for (const spec of FIELDS) {
    for (const issue of ownIssues(spec)) {
      const built = issueField(spec, issue);
      if (issue.after) later.push([issue, built]);
      else out.push(built);
    }
  }
  for (const [issue, built] of later) {
    const index = out.findIndex((f) => f.id === issue.after);
    if (index < 0) throw new Error(`${issue.id} follows ${issue.after}, which no field has`);
    out.splice(index + 1, 0, built);
  }
  return out;
}

/** Every issue field, in the order of the forms. */
export const ISSUE_FIELDS: readonly IssueField[] = issueFields();

/** The issue field a draft field is typed into (its own, or the one it shares). */
export function issueFieldOfDraft(key: string): IssueField {
  const spec = specOf(key);
  const id = 'in' in spec.issue ? spec.issue.in : ownIssues(spec)[0]!.id;
  const field = ISSUE_FIELDS.find((f) => f.id === id);
  if (!field) throw new Error(`No issue field ${id} for the draft field ${key}`);
  return field;
}
