/**
 * The typing mistakes behind a YAML error, found on the line that holds them.
 *
 * YAML typed on a Japanese keyboard goes wrong in a few ways: a full-width
 * colon (`name：おおとり`), indentation with a full-width space (U+3000) or a
 * tab, a quote opened and never closed (or closed with a full-width ”). js-yaml
 * reports these in English and often a line late, where it noticed, not where
 * the mistake is. Here the suspect lines are read again — the line the `yaml`
 * library (which stops earlier) blames, js-yaml's line and the one before it —
 * and the first that holds a known mistake is reported, with what to type.
 *
 * Lines are 1-based and count from the start of the YAML source given.
 */
import { LineCounter, Parser, parseDocument, type CST } from 'yaml';

export interface YamlMistake {
  line: number;
  message: string;
}

const FULL_WIDTH_COLON = '：';
const FULL_WIDTH_SPACE = '\u3000';

/** A short, printable copy of a line for a message. */
function shown(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

/** Where a half-width colon acts as `key: value` (followed by a space, a tab or the end of the line). */
function indicatorAt(text: string): number {
  return text.search(/:(?=[ \t]|$)/);
}

/** Unbalanced `[` or `{` outside quotes: a flow list or group left open. */
function openBracket(text: string): '[' | '{' | undefined {
  const stack: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      break;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]!)))) {
      quote = c;
    } else if (c === '[' || c === '{') {
      stack.push(c);
    } else if (c === ']' || c === '}') {
      stack.pop();
    }
  }
  return stack[0] as '[' | '{' | undefined;
}

/**
 * What is wrong with one line, if it holds a mistake people make on a
 * Japanese keyboard or a common slip (no space after the colon).
 */
export function lineMistake(line: string): string | undefined {
  const indent = /^[ \t\u3000]*/.exec(line)![0];
  const rest = line.slice(indent.length);
  if (rest === '' || rest.startsWith('#')) return undefined;
  if (indent.includes('\t')) {
    return '字下げにタブ文字が使われています。字下げは半角スペース（2つずつ）にしてください / This line is indented with a tab; indent with half-width spaces (two per level)';
  }
  if (indent.includes(FULL_WIDTH_SPACE)) {
    return '字下げに全角スペース（「　」）が使われています。字下げは半角スペース（2つずつ）にしてください / This line is indented with a full-width space (U+3000); indent with half-width spaces (two per level)';
  }
  // A list item's own indicator, then the entry in it.
  const item = /^(?:-[ \t]+)*/.exec(rest)![0];
  const entry = rest.slice(item.length);
  if (/^-\u3000/.test(entry)) {
    return 'リストの「-」の後が全角スペースです。「- 」のように半角スペースにしてください / A full-width space follows the list dash; use a half-width space ("- ")';
  }
  if (/^[ー－―‐−][ \u3000]/.test(entry)) {
    return `リストの「-」が全角（「${entry[0]}」）になっています。半角のハイフンと半角スペースで「- 」と書いてください / The list dash is a full-width character (${entry[0]}); write a half-width hyphen and a space ("- ")`;
  }
  if (/^["'[{|>]/.test(entry)) return undefined;
  const indicator = indicatorAt(entry);
  const colon = entry.indexOf(FULL_WIDTH_COLON);
  if (colon > 0 && (indicator === -1 || colon < indicator)) {
    const fixed = `${entry.slice(0, colon).trim()}: ${entry.slice(colon + 1).replace(/^[ \u3000]+/, '')}`;
    return `全角のコロン「：」が使われています。半角のコロンと半角スペースで「${shown(fixed)}」のように書いてください / A full-width colon (：) is used; write a half-width colon and a space: ${shown(fixed)}`;
  }
  if (indicator === -1) {
    const spaced = /^([A-Za-z][\w-]*):\u3000+(.*)$/.exec(entry);
    if (spaced) {
      const fixed = `${spaced[1]}: ${spaced[2]}`;
      return `コロン「:」の後が全角スペースです。半角スペースにして「${shown(fixed)}」のように書いてください / A full-width space follows the colon; use a half-width space: ${shown(fixed)}`;
    }
    const glued = /^([A-Za-z][\w-]*):([^\s/].*)$/.exec(entry);
    if (glued) {
      const fixed = `${glued[1]}: ${glued[2]}`;
      return `コロン「:」の後に半角スペースを入れてください（「${shown(fixed)}」）/ Put a space after the colon: ${shown(fixed)}`;
    }
    const missing = /^([a-z][A-Za-z]*)[ \u3000]+([^:]+)$/.exec(entry);
    if (missing) {
      const fixed = `${missing[1]}: ${missing[2]}`;
      return `項目名の後にコロン「:」がありません。「${shown(fixed)}」のように書いてください / The colon after the field name is missing: ${shown(fixed)}`;
    }
  }
  const bracket = openBracket(entry);
  if (bracket) {
    const close = bracket === '[' ? ']' : '}';
    return `「${bracket}」が閉じていません。値の最後に「${close}」を書いてください / The "${bracket}" is not closed; end the value with "${close}"`;
  }
  if (indicator !== -1) {
    const value = entry.slice(indicator + 1).trim();
    if (value !== '' && !/^["'[{|>&*!#]/.test(value) && indicatorAt(value) !== -1) {
      const fixed = `${entry.slice(0, indicator)}: '${value.replace(/'/g, "''")}'`;
      return `値の中に「: 」（コロンと半角スペース）があります。値を引用符で囲んで「${shown(fixed)}」のように書いてください / The value contains ": "; quote it: ${shown(fixed)}`;
    }
  }
  return undefined;
}

/** Visits every CST token without recursion: a deeply nested file must not overflow the stack. */
function* tokens(root: CST.Token): Generator<Record<string, unknown>> {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string') yield record;
    for (const value of Object.values(record)) {
      if (Array.isArray(value)) for (const child of value) stack.push(child);
      else if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
}

const CLOSED = {
  'double-quoted-scalar': /^"(?:[^"\\]|\\[\s\S])*"$/,
  'single-quoted-scalar': /^'(?:[^']|'')*'$/,
} as const;

/** The first quoted value that is never closed, by its offset in the source. */
function openQuote(source: string): { offset: number; quote: string } | undefined {
  let first: { offset: number; quote: string } | undefined;
  for (const document of new Parser().parse(source)) {
    for (const token of tokens(document)) {
      const closed = CLOSED[token.type as keyof typeof CLOSED];
      if (!closed || typeof token.source !== 'string' || typeof token.offset !== 'number') continue;
      if (closed.test(token.source)) continue;
      if (!first || token.offset < first.offset) first = { offset: token.offset, quote: token.source[0]! };
    }
  }
  return first;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source[i] === '\n') line++;
  return line;
}

/** Content nests a few levels; a school district's GeoJSON four. */
const MAX_GUIDED_DEPTH = 64;

/** The deepest nesting of `[` and `{` (quotes not considered: an estimate from above). */
function flowDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of source) {
    if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** The line the `yaml` library blames first; it often stops on the line that holds the mistake. */
function yamlLibraryLine(source: string): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  return error ? lineCounter.linePos(error.pos[0]).line : undefined;
}

function quoteMistake(source: string, line: number, quote: string): YamlMistake {
  const text = source.split('\n')[line - 1] ?? '';
  const fullWidth = /[”“’‘]/.test(text)
    ? `閉じる引用符が全角（${text.match(/[”“’‘]/)![0]}）になっていませんか。`
    : '';
  const fullWidthEn = fullWidth ? ' (is the closing quote a full-width one?)' : '';
  return {
    line,
    message: `この行で開いた引用符「${quote}」が閉じていません。${fullWidth}値の最後にも半角の「${quote}」を書いてください / The quote (${quote}) opened on this line is never closed${fullWidthEn}; end the value with a half-width ${quote} too`,
  };
}

/**
 * The mistake behind a js-yaml error at `errorLine`, or undefined when none
 * of the known mistakes is found (the caller then reports js-yaml's reason).
 */
export function explainYamlError(source: string, errorLine: number, reason: string): YamlMistake | undefined {
  const lines = source.split('\n');
  if (/tab characters must not be used/.test(reason)) {
    const message = lineMistake(lines[errorLine - 1] ?? '');
    if (message) return { line: errorLine, message };
  }
  let libraryLine: number | undefined;
  let quote: { offset: number; quote: string } | undefined;
  // The second parser is only a guide: it is skipped where it would be slow
  // (it takes seconds on thousands of nested brackets), and may fail alone.
  if (flowDepth(source) <= MAX_GUIDED_DEPTH) {
    try {
      quote = openQuote(source);
      libraryLine = yamlLibraryLine(source);
    } catch {
      // js-yaml's own verdict stands without it.
    }
  }
  if (quote) {
    const line = lineAt(source, quote.offset);
    if (line <= errorLine) return quoteMistake(source, line, quote.quote);
  }
  const candidates = [libraryLine, errorLine, errorLine - 1].filter(
    (line): line is number => line !== undefined && line >= 1 && line <= errorLine,
  );
  for (const line of new Set(candidates)) {
    const message = lineMistake(lines[line - 1] ?? '');
    if (message) return { line, message };
  }
  return undefined;
}

/**
 * Why YAML that should be fields read as plain text instead: a full-width
 * colon or space where `name: value` was meant. Every line with such a
 * mistake is returned, since all of them are part of the same text. Lines
 * with no colon at all are prose, not fields with a colon missing.
 */
export function explainNotMapping(source: string): YamlMistake[] {
  const found: YamlMistake[] = [];
  source.split('\n').forEach((text, i) => {
    const message = /[:：]/.test(text) ? lineMistake(text) : undefined;
    if (message) found.push({ line: i + 1, message });
  });
  return found;
}

/** Japanese for the js-yaml reasons people meet; the English reason is kept beside it. */
export function reasonInJapanese(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return '同じ項目名が2回書かれています。1つにまとめてください';
  if (/bad indentation/.test(reason))
    return '字下げがずれています。同じまとまりの項目は、同じ数の半角スペースで字下げしてください';
  if (/tab characters/.test(reason)) return '字下げにタブ文字が使われています。半角スペースにしてください';
  if (/within a flow collection|missed comma between flow collection/.test(reason))
    return '[ ] や { } が閉じていないか、中の値が半角の「,」で区切られていません';
  if (/quoted scalar/.test(reason)) return '引用符が閉じていません';
  if (/expected a single document/.test(reason))
    return '「---」の行があり、2つ目の文書として読まれています。「---」の行を消してください';
  if (/multiline key|end of the stream or a document separator/.test(reason))
    return '「名前: 値」の形になっていない行があります（コロン「:」の後には半角スペースが必要です）';
  return '字下げ・コロン・引用符を確かめてください';
}
