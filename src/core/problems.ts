/**
 * A problem found in a content file, and how it is printed. The validator and
 * the build print the same lines: `<file>: <field>: <message>`.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  /** Dotted field path (`schedule[0].byDay[1]`), or a label in parentheses for whole-file problems. */
  field: string;
  /** Japanese first, English beside it. */
  message: string;
  severity: Severity;
}

/** The field label used for problems with a whole file rather than one field. */
export const WHOLE_FILE = '(ファイル / file)';

export function yamlLineField(line: number): string {
  return `(YAML ${line}行目 / line ${line})`;
}

/** Field names as editors type them; anything else is quoted so one problem stays one printable line. */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      const shown = PLAIN_KEY.test(key)
        ? key
        : JSON.stringify(key).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      out += out ? `.${shown}` : shown;
    }
  }
  return out || WHOLE_FILE;
}

export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? '警告 / warning: ' : '';
  return `${problem.file}: ${problem.field}: ${prefix}${problem.message}`;
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Stable order: by file, then errors before warnings, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.field.localeCompare(b.field),
  );
}

/** The error thrown by the build when content has errors; its message is the validator's output. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = errorsOf(problems);
    super(
      `コンテンツに ${errors.length} 件のエラーがあります / ${errors.length} content error(s):\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The lines name the files and fields; a stack trace into the loader would only distract.
    this.stack = this.message;
  }
}
