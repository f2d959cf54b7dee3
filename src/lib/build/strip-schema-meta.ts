/**
 * The listing schema documents every field with `.meta({ description })`:
 * text for editors, the JSON Schema and the issue form, about 6 KB gzipped
 * that the browser never reads. The submission form validates with the same
 * schema files, so instead of a second copy of the rules for the browser, the
 * browser's build takes the `.meta(…)` calls out of them (see
 * astro.config.mjs): the same checks, without their documentation.
 */

/** `code` without its `.meta(…)` calls; strings, template literals and comments are skipped whole, so a `(` or `)` in them does not count. */
export function stripMetaCalls(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const at = code.indexOf('.meta(', i);
    if (at < 0) break;
    const end = closingParen(code, at + '.meta('.length);
    if (end < 0) break;
    out += code.slice(i, at);
    i = end + 1;
  }
  return out + code.slice(i);
}

/** The index of the `)` closing the call whose arguments start at `from`, or -1. */
function closingParen(code: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < code.length) {
    const c = code[i]!;
    if (c === "'" || c === '"' || c === '`') {
      i = stringEnd(code, i, c);
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      const nl = code.indexOf('\n', i);
      i = nl < 0 ? code.length : nl;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      i = close < 0 ? code.length : close + 2;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    i++;
  }
  return -1;
}

/** The index after the string that opens at `start` with `quote`. Template substitutions are kept inside the string: `.meta` text has no nested templates. */
function stringEnd(code: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return code.length;
}
