/**
 * Reads one content file into plain data, or into problems that say exactly
 * what is wrong with it. Never throws: an empty, binary, huge or malformed
 * file is a problem to report, not a crash.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { WHOLE_FILE, yamlLineField, type Problem } from './problems.ts';

/** Larger files are refused unread: a listing is a page of text, not a document. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** More YAML nodes than this means aliases blew the data up (a "billion laughs" file). */
const MAX_NODES = 100_000;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function fail<T>(file: string, field: string, message: string): ParseResult<T> {
  return { ok: false, problems: [{ file, field, message, severity: 'error' }] };
}

/** Decodes bytes as UTF-8 text with Unix line ends and no byte-order mark. */
export function decodeText(file: string, bytes: Uint8Array): ParseResult<string> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(
      file,
      WHOLE_FILE,
      `ファイルが大きすぎます（${Math.ceil(bytes.byteLength / 1024)} KB、上限 ${MAX_FILE_BYTES / 1024} KB）/ File too large (${Math.ceil(bytes.byteLength / 1024)} KB, limit ${MAX_FILE_BYTES / 1024} KB)`,
    );
  }
  if (bytes.includes(0)) {
    return fail(file, WHOLE_FILE, 'テキストファイルではありません（バイナリ）/ Not a text file (binary data)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      file,
      WHOLE_FILE,
      '文字コードが UTF-8 ではありません。UTF-8 で保存してください / Not UTF-8 text; save the file as UTF-8',
    );
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail(file, WHOLE_FILE, 'ファイルが空です / The file is empty');
  return { ok: true, value: text };
}

/** Counts nodes up to a budget, so a tiny file that expands enormously is caught before it is walked. */
function isTooLarge(value: unknown): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++count > MAX_NODES) return true;
    if (node === null || typeof node !== 'object') continue;
    // Children are pushed one by one: spreading a 100,000-item list would overflow the call stack.
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push(child);
  }
  return false;
}

function loadYaml(source: string): unknown {
  // CORE_SCHEMA: no timestamps (dates stay as written, so 2026-02-30 can be
  // caught) and no YAML 1.1 surprises such as `no` meaning false.
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

function yamlProblem(file: string, error: unknown, lineOffset: number): Problem {
  if (error instanceof yaml.YAMLException && error.mark) {
    const line = error.mark.line + 1 + lineOffset;
    return {
      file,
      field: yamlLineField(line),
      message: `YAML の書き方に誤りがあります（${error.reason}）。字下げ・コロン・引用符を確かめてください / Invalid YAML (${error.reason}); check indentation, colons and quotes`,
      severity: 'error',
    };
  }
  if (error instanceof yaml.YAMLException) {
    return {
      file,
      field: WHOLE_FILE,
      message: `YAML の書き方に誤りがあります（${error.reason}）/ Invalid YAML (${error.reason})`,
      severity: 'error',
    };
  }
  return { file, field: WHOLE_FILE, message: `読み込めません / Cannot be read (${String(error)})`, severity: 'error' };
}

function checkMapping(file: string, data: unknown): ParseResult<Record<string, unknown>> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      file,
      WHOLE_FILE,
      '「名前: 値」の形の項目が必要です / Expected fields written as "name: value"',
    );
  }
  if (isTooLarge(data)) {
    return fail(file, WHOLE_FILE, 'YAML が複雑すぎます（参照の展開が多すぎる）/ YAML expands to too much data');
  }
  return { ok: true, value: data as Record<string, unknown> };
}

export interface MarkdownFile {
  data: Record<string, unknown>;
  /** The Markdown body after the front matter. */
  body: string;
}

const refuse = () => {
  throw new Error('only YAML front matter is read');
};

/** Parses a Markdown file with YAML front matter between `---` lines. */
export function parseMarkdownFile(file: string, bytes: Uint8Array): ParseResult<MarkdownFile> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  // Only a bare `---` opens front matter: gray-matter would otherwise honour
  // `---js` and evaluate the block as JavaScript.
  if (!text.startsWith('---\n')) {
    return fail(
      file,
      WHOLE_FILE,
      'ファイルの1行目は「---」で始め、項目を「---」の行で閉じてください（フロントマターがありません）/ The file must start with a "---" line and its fields must end with another "---" line (no front matter)',
    );
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text.slice(3))) {
    return fail(
      file,
      WHOLE_FILE,
      '項目の終わりを示す「---」の行がありません / The closing "---" line of the front matter is missing',
    );
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: { yaml: (source) => loadYaml(source) as object, js: refuse, javascript: refuse, coffee: refuse, json: refuse },
    });
  } catch (error) {
    return { ok: false, problems: [yamlProblem(file, error, 0)] };
  }
  const mapping = checkMapping(file, parsed.data);
  if (!mapping.ok) return mapping;
  return { ok: true, value: { data: mapping.value, body: parsed.content } };
}

/** Parses a plain YAML file (site config, schools). */
export function parseYamlFile(file: string, bytes: Uint8Array): ParseResult<Record<string, unknown>> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  let data: unknown;
  try {
    data = loadYaml(decoded.value);
  } catch (error) {
    return { ok: false, problems: [yamlProblem(file, error, 0)] };
  }
  return checkMapping(file, data);
}
