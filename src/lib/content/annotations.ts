/**
 * Turns validator problems into GitHub Actions workflow commands
 * (`::error file=…,line=…,title=…::message`), so a pull request shows each
 * problem on the line of the file it is about.
 *
 * Problems name a field path (`schedule[0].byDay[1]`), not a line: the line is
 * found again here by reading the file's YAML with source positions. A path
 * that no longer matches (a missing field, say) falls back to the nearest key
 * that exists above it, then to line 1.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem, Severity } from '../../core/problems.ts';

/** One path segment: a mapping key or a list index. */
export type PathSegment = string | number;

/** `(YAML 7行目 / line 7)`, the label of a YAML syntax error: the line is already in it. */
const YAML_LINE_FIELD = /^\(YAML (\d+)行目 \/ line \d+\)$/;

/**
 * Reads a field path as `fieldPath()` in problems.ts writes it: plain keys
 * joined by dots, list indexes in brackets, other keys as JSON strings.
 * Returns undefined for labels such as `(ファイル / file)` and for anything unreadable.
 */
export function parseFieldPath(field: string): PathSegment[] | undefined {
  if (field === '' || field.startsWith('(')) return undefined;
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < field.length) {
    const c = field[i];
    if (c === '.') {
      // A dot joins two keys: never first, last, doubled or before an index.
      const after = field[i + 1];
      if (segments.length === 0 || after === undefined || after === '.' || after === '[') return undefined;
      i++;
    } else if (c === '[') {
      const end = field.indexOf(']', i);
      const digits = end === -1 ? '' : field.slice(i + 1, end);
      if (!/^\d+$/.test(digits)) return undefined;
      segments.push(Number(digits));
      i = end + 1;
    } else if (c === '"') {
      // Find the closing quote, stepping over escapes.
      let end = i + 1;
      while (end < field.length && field[end] !== '"') end += field[end] === '\\' ? 2 : 1;
      if (end >= field.length) return undefined;
      try {
        segments.push(JSON.parse(field.slice(i, end + 1)) as string);
      } catch {
        return undefined;
      }
      i = end + 1;
    } else {
      let end = i;
      while (end < field.length && field[end] !== '.' && field[end] !== '[') end++;
      segments.push(field.slice(i, end));
      i = end;
    }
  }
  return segments;
}

/**
 * The YAML part of a file and the number of lines before it: a listing's front
 * matter sits between the first two `---` lines; a .yaml file is YAML throughout.
 */
function yamlPart(file: string, text: string): { yaml: string; lineOffset: number } | undefined {
  if (!file.endsWith('.md')) return { yaml: text, lineOffset: 0 };
  const lines = text.split('\n');
  if (lines[0] !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  if (close === -1) return undefined;
  return { yaml: lines.slice(1, close).join('\n'), lineOffset: 1 };
}

function keyMatches(key: unknown, segment: PathSegment): boolean {
  const value = isScalar(key) ? key.value : key;
  return String(value) === String(segment);
}

/**
 * The 1-based line of a field in a content file's text (UTF-8 decoded, `\n`
 * line ends). Falls back to the nearest parent key that exists, then to 1.
 */
export function lineOfField(file: string, text: string, field: string): number {
  const yamlLine = YAML_LINE_FIELD.exec(field);
  if (yamlLine) return Math.max(1, Number(yamlLine[1]));
  const path = parseFieldPath(field);
  if (!path) return 1;
  const part = yamlPart(file, text);
  if (!part) return 1;

  const lineCounter = new LineCounter();
  // Lenient on purpose: the file may be broken elsewhere, and duplicate keys
  // or odd tags must not hide the position of the key that is there.
  const doc = parseDocument(part.yaml, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + part.lineOffset;

  let line = 1;
  let node: unknown = doc.contents;
  for (const segment of path) {
    // Follow anchors (`<<: *base`, `*days`) to the node they name.
    for (let hops = 0; isAlias(node) && hops < 100; hops++) node = node.resolve(doc);
    let next: Node | null | undefined;
    let at: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyMatches(item.key, segment));
      if (!pair) break;
      const key = pair.key as Node | null;
      at = key?.range?.[0];
      next = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] as Node | null | undefined;
      if (next === undefined) break;
      at = next?.range?.[0];
    } else {
      break;
    }
    if (at !== undefined) line = lineAt(at);
    node = next;
  }
  return line;
}

/** Escapes the message of a workflow command (the text after `::`). */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value of a workflow command (`file=`, `title=`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export interface Annotation {
  severity: Severity;
  /** Repository-relative path with forward slashes; absent when the file lies outside the repository. */
  file?: string;
  line?: number;
  title: string;
  message: string;
}

export function formatAnnotation(annotation: Annotation): string {
  const properties: string[] = [];
  if (annotation.file !== undefined) {
    properties.push(`file=${escapeProperty(annotation.file)}`);
    if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
  }
  properties.push(`title=${escapeProperty(annotation.title)}`);
  return `::${annotation.severity} ${properties.join(',')}::${escapeData(annotation.message)}`;
}

/**
 * The repository-relative path of a problem's file, or undefined when the
 * content folder lies outside the repository (GitHub could not show it).
 * `contentPrefix` is the content folder relative to the repository (`content`,
 * `tests/fixtures/content-bad`); `''` when they are the same folder.
 */
export function repositoryPath(contentPrefix: string, file: string): string | undefined {
  const prefix = contentPrefix.split('\\').join('/').replace(/\/+$/, '');
  if (prefix === '..' || prefix.startsWith('../') || prefix.startsWith('/') || /^[A-Za-z]:/.test(prefix)) return undefined;
  const joined = prefix === '' || prefix === '.' ? file : `${prefix}/${file}`;
  return joined.replace(/^\.\//, '').replace(/\/+$/, '');
}

/**
 * The annotation for one problem. `text` is the file's decoded text, or
 * undefined when it could not be read (then the annotation is on line 1).
 */
export function annotationFor(problem: Problem, contentPrefix: string, text: string | undefined): Annotation {
  const file = repositoryPath(contentPrefix, problem.file);
  return {
    severity: problem.severity,
    file,
    line: file === undefined ? undefined : text === undefined ? 1 : lineOfField(problem.file, text, problem.field),
    title: problem.field,
    message: problem.message,
  };
}
