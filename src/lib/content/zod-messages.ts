/**
 * Turns zod issues into problems worded for volunteers. Schemas carry their own
 * messages for specific rules; this covers the generic cases (missing field,
 * wrong type, unknown field, value not in a list).
 */
import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problems.ts';

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文字列', 'text'],
  number: ['数値', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['true か false', 'true or false'],
  array: ['リスト（「- 」で始まる行）', 'a list (lines starting with "- ")'],
  object: ['項目のまとまり（字下げした「名前: 値」）', 'a group of indented fields'],
};

function typeName(expected: string): [string, string] {
  return TYPE_NAMES[expected] ?? [expected, expected];
}

/** Per-parse error map: used only where a schema gave no message of its own. */
export const volunteerErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必須の項目がありません / This field is required';
      const [ja, en] = typeName(issue.expected);
      return `${ja}で書いてください / Expected ${en}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return '必須の項目がありません / This field is required';
      return `次のどれかにしてください: ${issue.values.map(String).join(', ')} / Must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array')
        return `${String(issue.minimum)} 個以上書いてください / List at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return '空欄にはできません / This cannot be empty';
      return `${String(issue.minimum)} 以上にしてください / Must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `${String(issue.maximum)} 個以内にしてください / List at most ${String(issue.maximum)}`;
      if (issue.origin === 'string')
        return `${String(issue.maximum)} 文字以内にしてください / At most ${String(issue.maximum)} characters`;
      return `${String(issue.maximum)} 以下にしてください / Must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
};

/** Edit distance, for "did you mean" on misspelt field names. */
function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

type AnySchema = z.core.$ZodType;

/** Follows a path through objects, arrays and optionals to the keys an object accepts. */
function knownKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  let node: AnySchema | undefined = schema;
  const unwrap = (n: AnySchema): AnySchema => {
    let current = n;
    for (;;) {
      const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
      if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
        current = def.innerType;
      else if (def.type === 'pipe' && def.in) current = def.in;
      else return current;
    }
  };
  for (const segment of path) {
    if (!node) return [];
    node = unwrap(node);
    const def = node._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof segment === 'string') node = def.shape?.[segment];
    else if (def.type === 'array') node = def.element;
    else return [];
  }
  if (!node) return [];
  const def = unwrap(node)._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function suggestion(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/**
 * An unknown field name that is a known one typed on a Japanese keyboard:
 * `{ for：child }` reads as one key "for：child", a full-width space before
 * a key becomes part of it, full-width letters are other characters.
 */
function keyboardKeyMessage(key: string, known: readonly string[]): string | undefined {
  const colon = key.indexOf('：');
  if (colon > 0) {
    const fixed = `${key.slice(0, colon).trim()}: ${key.slice(colon + 1).replace(/^[\s\u3000]+/, '')}`.trim();
    return `不明な項目です。全角のコロン「：」が入っています。半角のコロンと半角スペースで「${fixed}」のように書いてください / Unknown field: it contains a full-width colon (：); write a half-width colon and a space: ${fixed}`;
  }
  const trimmed = key.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (trimmed !== key && trimmed !== '') {
    return `不明な項目です。項目名「${trimmed}」の前後に全角スペースかタブがあります。字下げは半角スペースにしてください / Unknown field: full-width spaces or tabs around the field name ${trimmed}; indent with half-width spaces`;
  }
  const narrow = key.normalize('NFKC');
  if (narrow !== key && known.includes(narrow)) {
    return `不明な項目です。項目名が全角の文字で書かれています。半角で ${narrow} と書いてください / Unknown field: the name is typed in full-width characters; write ${narrow}`;
  }
  return undefined;
}

export function issuesToProblems(file: string, schema: AnySchema, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const hint = suggestion(key, known);
        problems.push({
          file,
          field: fieldPath([...issue.path, key]),
          message:
            keyboardKeyMessage(key, known) ??
            (hint
              ? `不明な項目です。${hint} の書き間違いではありませんか / Unknown field; did you mean ${hint}?`
              : `不明な項目です（使える項目: ${known.join(', ')}）/ Unknown field (allowed: ${known.join(', ')})`),
          severity: 'error',
        });
      }
      continue;
    }
    problems.push({ file, field: fieldPath(issue.path), message: issue.message, severity: 'error' });
  }
  return problems;
}
