/**
 * What one entry of the field catalogue says, and the helpers the entries of
 * every step share. The entries themselves are one file per step beside this.
 */
import type { CivilDate } from '../../../core/civil-date.ts';
import type { ListingFrontMatter } from '../../../schema/listing.ts';
import { linesOf, type FormMode, type SubmissionDraft } from '../draft-types.ts';
import type { Parsed } from '../text-formats.ts';
import type { submit } from '../../../i18n/ja/submit.ts';

export const STEP_IDS = ['about', 'place', 'schedule', 'audience', 'cost', 'contact', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Draft keys that are fields; `mode` and `publishedPoint` describe the draft itself. */
export type FieldKey = Exclude<keyof SubmissionDraft, 'mode' | 'publishedPoint'>;

export type FieldLabel = keyof (typeof submit)['fields'];

/**
 * How a draft value reads and writes, in the file and in an issue:
 * - `text`: typed text; blank is no value.
 * - `choice`: one vocabulary value; '' is none.
 * - `list`: vocabulary values, 「、」-separated in an issue.
 * - `lines`: typed one per line (or 「、」), a list of words in the file.
 * - `answer`: yes / no / not answered, a boolean in the file when answered.
 * - `flag`: a checkbox, written only when set.
 * - `rich`: built by its own editor (point, schedule, prices); its entry says how.
 */
export type FieldKind = 'text' | 'choice' | 'list' | 'lines' | 'answer' | 'flag' | 'rich';

export interface YesNoWords {
  yes: string;
  no: string;
}

/** One field of a GitHub issue form. */
export interface IssueSpec {
  /** The issue form's field id: also the URL parameter that pre-fills it. */
  id: string;
  /** The heading the field gets in the issue body; unique. */
  heading: string;
  /** Help under the heading; `{area}` and the like are the region's examples (`FormExamples`). */
  description: string;
  type?: 'input' | 'textarea';
  /** Which of the two forms have it; both unless said. */
  forms?: readonly FormMode[];
  /** The forms that insist on an answer. */
  required?: readonly FormMode[];
  /** The words an answer or flag is written in. */
  words?: YesNoWords;
  /** `yaml`: the field holds YAML (read by the issue script, written by the form). */
  format?: 'yaml';
  render?: 'yaml';
  /** Issue field id this one follows, when that is not the catalogue's order. */
  after?: string;
  /** For fields the kind does not say how to write. */
  write?(draft: SubmissionDraft): string;
  /** Puts the text into the draft; returns a message when it cannot be read. */
  read?(text: string, draft: SubmissionDraft): string | undefined;
}

/** Where problems inside a list go: `rules.0.opens`, `costs.1.yen`. */
export interface ItemErrors {
  /** The draft list the items are in. */
  list: string;
  /** The field for a problem with the list as a whole, when not the list itself. */
  self?: string;
  /** Problems of an item go to the item (`closedDates.2`), not only to the list. */
  indexed?: true;
  /** The item field for a problem with the item as a whole. */
  whole?: string;
  /** File key of an item → draft key of an item; absent: the same names. */
  keys?: Readonly<Record<string, string>>;
  /** File keys of an item that the draft keeps under the same name. */
  same?: readonly string[];
}

export interface FieldSpec<K extends FieldKey = FieldKey> {
  key: K;
  step: StepId;
  label: FieldLabel;
  kind: FieldKind;
  vocabulary?: Readonly<Record<string, string>>;
  /** The draft's value before anything is typed; copied for each draft. */
  empty: SubmissionDraft[K];
  /** Where it lives in the front matter, dot-separated. */
  path?: string;
  /** The description is the file's Markdown body, not front matter. */
  inBody?: true;
  /** Why a field has no place in the file (the file name, a message for the editors, …). */
  formOnly?: string;
  /** Lists left empty are written all the same, so the schema says "choose one" rather than "missing". */
  keepEmpty?: true;
  /** For fields whose file value is not the kind's plain mapping. */
  toFile?(draft: SubmissionDraft, today: CivilDate): unknown;
  /** The draft value from a listing; the kind's mapping of `path` unless given. */
  fromFile?(fm: ListingFrontMatter, body: string): SubmissionDraft[K];
  /** Problems at these schema paths (and under them) belong to this field too. */
  errorsOf?: readonly string[];
  /** Problems inside the list at `path`. */
  items?: ItemErrors;
  /** Its own issue field(s), or the issue field it is typed into together with another. */
  issue: IssueSpec | readonly IssueSpec[] | { in: string };
}

export function field<K extends FieldKey>(spec: FieldSpec<K>): FieldSpec {
  return spec as unknown as FieldSpec;
}

/** Choice fields accept the Japanese label or the value itself. */
export function choiceOf<T extends string>(labels: Readonly<Record<T, string>>, text: string): T | undefined {
  const trimmed = text.trim();
  for (const [value, label] of Object.entries(labels) as Array<[T, string]>) {
    if (trimmed === value || trimmed === label) return value;
  }
  return undefined;
}

export function choicesOf<T extends string>(
  labels: Readonly<Record<T, string>>,
  text: string,
): { values: T[]; unknown: string[] } {
  const values: T[] = [];
  const unknown: string[] = [];
  for (const word of linesOf(text)) {
    const value = choiceOf(labels, word);
    if (value) values.push(value);
    else unknown.push(word);
  }
  return { values: [...new Set(values)], unknown };
}

export function choiceMessage(labels: Readonly<Record<string, string>>, words: string[]): string {
  return `「${words.join('、')}」は読み取れません。次から選んでください: ${Object.values(labels).join('、')} / Not one of the choices`;
}

/** An issue textarea of one-line forms (text-formats.ts), one per line. */
export function linesIssue<T>(
  get: (draft: SubmissionDraft) => T[],
  set: (draft: SubmissionDraft, values: T[]) => void,
  format: (value: T) => string,
  parse: (line: string) => Parsed<T>,
): Pick<IssueSpec, 'type' | 'write' | 'read'> {
  return {
    type: 'textarea',
    write: (draft) => get(draft).map(format).join('\n'),
    read: (text, draft) => {
      const values: T[] = [];
      const lines = text
        .split(/\r?\n/)
        .map((l) => l.replace(/^\s*[-*・]\s*/, '').trim())
        .filter(Boolean);
      for (const [index, line] of lines.entries()) {
        const parsed = parse(line);
        if (!parsed.ok) return `${index + 1}行目: ${parsed.message}`;
        values.push(parsed.value);
      }
      set(draft, values);
      return undefined;
    },
  };
}
