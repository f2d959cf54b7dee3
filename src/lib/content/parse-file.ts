/**
 * Reads one content file into plain data, or into problems that say exactly
 * what is wrong with it. Never throws: an empty, binary, huge or malformed
 * file is a problem to report, not a crash.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { WHOLE_FILE, yamlLineField, type Problem } from '../../core/problems.ts';
import { explainNotMapping, explainYamlError, reasonInJapanese } from './yaml-mistakes.ts';

/** Larger files are refused unread: a listing is a page of text, not a document. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** More YAML nodes than this means aliases blew the data up (a "billion laughs" file). */
const MAX_NODES = 100_000;

/** `warnings` are problems that did not stop the file from being read (a UTF-16 file, say). */
export type ParseResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

function fail<T>(file: string, field: string, message: string, warnings: Problem[] = []): ParseResult<T> {
  return { ok: false, problems: [...warnings, { file, field, message, severity: 'error' }] };
}

/** How to save as UTF-8 in Windows Notepad, where UTF-16 files come from ("Unicode"). */
const SAVE_AS_UTF8_JA =
  'UTF-8 で保存し直してください（メモ帳なら「名前を付けて保存」で、文字コードに「UTF-8」を選びます）';
const SAVE_AS_UTF8_EN = 'save it as UTF-8 (in Notepad: Save As, then Encoding: UTF-8)';

const BINARY = 'テキストファイルではありません（バイナリ）/ Not a text file (binary data)';

/** Control characters no text file holds (tab, line ends and form feed aside). */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f]/;

/** UTF-16 text as Windows Notepad saves it ("Unicode"), or undefined if these bytes are not. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return NOT_TEXT.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte-order mark: ASCII letters leave a NUL in every other
 * byte, nearly all on one side, and the whole decodes as clean text. Binary
 * data has its NULs on both sides, and does not decode cleanly.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.byteLength, 8192));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.byteLength; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  const [many, few] = odd > even ? [odd, even] : [even, odd];
  if (many < Math.max(2, sample.byteLength / 40) || few * 4 > many) return false;
  return decodeUtf16(bytes, encoding) !== undefined;
}

/**
 * Decodes bytes as text with Unix line ends and no byte-order mark: UTF-8, or
 * UTF-16 with a byte-order mark (read, with a warning to save it as UTF-8).
 */
export function decodeText(file: string, bytes: Uint8Array): ParseResult<string> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(
      file,
      WHOLE_FILE,
      `ファイルが大きすぎます（${Math.ceil(bytes.byteLength / 1024)} KB、上限 ${MAX_FILE_BYTES / 1024} KB）/ File too large (${Math.ceil(bytes.byteLength / 1024)} KB, limit ${MAX_FILE_BYTES / 1024} KB)`,
    );
  }
  let text: string;
  const warnings: Problem[] = [];
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (bom) {
    const decoded = decodeUtf16(bytes, bom);
    if (decoded === undefined) return fail(file, WHOLE_FILE, BINARY);
    text = decoded;
    warnings.push({
      file,
      field: WHOLE_FILE,
      message: `文字コードが UTF-16（メモ帳の「Unicode」）です。読み込みましたが、ほかのツールでは読めないことがあります。${SAVE_AS_UTF8_JA} / The file is saved as UTF-16 (Notepad's "Unicode"); it was read, but other tools may not read it: ${SAVE_AS_UTF8_EN}`,
      severity: 'warning',
    });
  } else {
    if (bytes.includes(0)) {
      if (looksLikeUtf16(bytes)) {
        return fail(
          file,
          WHOLE_FILE,
          `文字コードが UTF-16（バイト順マーク BOM なし）のようで、読み込めません。${SAVE_AS_UTF8_JA} / The file looks like UTF-16 without a byte-order mark and cannot be read: ${SAVE_AS_UTF8_EN}`,
        );
      }
      return fail(file, WHOLE_FILE, BINARY);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(
        file,
        WHOLE_FILE,
        '文字コードが UTF-8 ではありません。UTF-8 で保存してください / Not UTF-8 text; save the file as UTF-8',
      );
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail(file, WHOLE_FILE, 'ファイルが空です / The file is empty', warnings);
  return { ok: true, value: text, warnings };
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

/** Problems for YAML that js-yaml refused, on the line of the mistake when it is a known one. */
function yamlProblems(file: string, source: string, error: unknown): Problem[] {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark && Number.isInteger(error.mark.line) ? error.mark.line + 1 : undefined;
    const mistake = line === undefined ? undefined : explainYamlError(source, line, error.reason);
    if (mistake) return [{ file, field: yamlLineField(mistake.line), message: mistake.message, severity: 'error' }];
    return [
      {
        file,
        field: line === undefined ? WHOLE_FILE : yamlLineField(line),
        message: `YAML の書き方に誤りがあります（${reasonInJapanese(error.reason)}）/ Invalid YAML (${error.reason}); check indentation, colons and quotes`,
        severity: 'error',
      },
    ];
  }
  return [{ file, field: WHOLE_FILE, message: `読み込めません / Cannot be read (${String(error)})`, severity: 'error' }];
}

function checkMapping(file: string, data: unknown, source: string): ParseResult<Record<string, unknown>> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    // Text where fields were meant: a full-width colon turns `name：value` into plain text.
    const mistakes = typeof data === 'string' ? explainNotMapping(source) : [];
    if (mistakes.length > 0) {
      return {
        ok: false,
        problems: mistakes.map((m) => ({ file, field: yamlLineField(m.line), message: m.message, severity: 'error' })),
      };
    }
    return fail(
      file,
      WHOLE_FILE,
      '「名前: 値」の形の項目が必要です / Expected fields written as "name: value"',
    );
  }
  if (isTooLarge(data)) {
    return fail(file, WHOLE_FILE, 'YAML が複雑すぎます（参照の展開が多すぎる）/ YAML expands to too much data');
  }
  return { ok: true, value: data as Record<string, unknown>, warnings: [] };
}

/** Adds the warnings of reading the bytes (UTF-16) to the result of parsing the text. */
function withWarnings<T>(result: ParseResult<T>, warnings: Problem[]): ParseResult<T> {
  if (warnings.length === 0) return result;
  return result.ok
    ? { ...result, warnings: [...warnings, ...result.warnings] }
    : { ok: false, problems: [...warnings, ...result.problems] };
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
  return withWarnings(parseMarkdownText(file, decoded.value), decoded.warnings);
}

function parseMarkdownText(file: string, text: string): ParseResult<MarkdownFile> {
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
  // gray-matter hands over the front matter from the newline after the first
  // `---`, so its line numbers are the file's.
  let source = '';
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: (frontMatter) => {
          source = frontMatter;
          return loadYaml(frontMatter) as object;
        },
        js: refuse,
        javascript: refuse,
        coffee: refuse,
        json: refuse,
      },
    });
  } catch (error) {
    return { ok: false, problems: yamlProblems(file, source, error) };
  }
  const mapping = checkMapping(file, parsed.data, source);
  if (!mapping.ok) return mapping;
  return { ok: true, value: { data: mapping.value, body: parsed.content }, warnings: [] };
}

/** Parses a plain YAML file (site config, schools). */
export function parseYamlFile(file: string, bytes: Uint8Array): ParseResult<Record<string, unknown>> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  let data: unknown;
  try {
    data = loadYaml(decoded.value);
  } catch (error) {
    return withWarnings({ ok: false, problems: yamlProblems(file, decoded.value, error) }, decoded.warnings);
  }
  return withWarnings(checkMapping(file, data, decoded.value), decoded.warnings);
}
