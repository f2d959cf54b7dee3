/**
 * YAML text of plain data (objects, lists, strings, numbers, booleans), as
 * js-yaml's `dump(value, { lineWidth: -1, noRefs: true })` writes it, in a
 * few lines the browser can carry: the form writes listing files and the
 * issue's 「そのほかの項目」 with it, and the scripts write the same text.
 * A unit test holds it to js-yaml's output over the whole content folder.
 */

/** Words YAML 1.1 readers take for booleans: quoted, as js-yaml does. */
const OLD_BOOLEANS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'on',
  'On',
  'ON',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'off',
  'Off',
  'OFF',
]);
const OLD_BASE60 = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;

/** Plain text a YAML reader would take for something else: null, a boolean, a number, a date. */
const AMBIGUOUS = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/,
  /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$/,
  /^<<$/,
];

function printable(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa1 && c <= 0xd7ff && c !== 0x2028 && c !== 0x2029) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
const space = (c: number | undefined) => c === 0x20 || c === 0x09;
const FIRST_UNSAFE = new Set([...'-?:,[]{}#&*!|=>\'"%@`'].map((ch) => ch.codePointAt(0)!));

function plainSafe(c: number, prev: number | undefined): boolean {
  const nsOrSpace = printable(c) && c !== 0xfeff && c !== 0x0a && c !== 0x0d;
  const ns = nsOrSpace && !space(c);
  const prevNs =
    prev !== undefined && printable(prev) && prev !== 0xfeff && prev !== 0x0a && prev !== 0x0d && !space(prev);
  return (nsOrSpace && c !== 0x23 && !(prev === 0x3a && !ns)) || (prevNs && c === 0x23) || (prev === 0x3a && ns);
}

const ESCAPES: Record<number, string> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
  0x85: '\\N',
  0xa0: '\\_',
  0x2028: '\\L',
  0x2029: '\\P',
};

function doubleQuoted(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const escape = ESCAPES[c];
    if (!escape && printable(c)) out += ch;
    else if (escape) out += escape;
    else if (c <= 0xff) out += `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (c <= 0xffff) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += `\\U${c.toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return `"${out}"`;
}

function stringText(text: string, indent: string, isKey: boolean): string {
  if (text === '') return "''";
  if (OLD_BOOLEANS.has(text) || OLD_BASE60.test(text)) return `'${text}'`;
  const chars = [...text].map((ch) => ch.codePointAt(0)!);
  let plain = !FIRST_UNSAFE.has(chars[0]!) && printable(chars[0]!) && !space(chars[0]) && chars[0] !== 0xfeff;
  plain &&= !space(chars.at(-1)) && chars.at(-1) !== 0x3a;
  let lineBreak = false;
  for (const [i, c] of chars.entries()) {
    if (c === 0x0a && !isKey) lineBreak = true;
    else if (!printable(c)) return doubleQuoted(text);
    plain &&= plainSafe(c, chars[i - 1]);
  }
  if (!lineBreak) return plain && !AMBIGUOUS.some((re) => re.test(text)) ? text : `'${text.replace(/'/g, "''")}'`;
  // A literal block: its lines as they are, the last line break kept, dropped or kept all.
  const indicator = /^\n* /.test(text) ? '2' : '';
  const clip = text.endsWith('\n');
  const keep = clip && (text.endsWith('\n\n') || text === '\n');
  const chomp = keep ? '+' : clip ? '' : '-';
  const body = text
    .split('\n')
    .map((line) => (line === '' ? '' : indent + line))
    .join('\n');
  return `|${indicator}${chomp}\n${clip ? body.slice(0, -1) : body}`;
}

function scalarText(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    if (Object.is(value, -0)) return '-0.0';
    const text = String(value);
    return Number.isInteger(value) ? text : /^[-+]?[0-9]+e/.test(text) ? text.replace('e', '.e') : text;
  }
  if (typeof value === 'string') return stringText(value, indent, false);
  throw new Error(`Cannot write ${typeof value} as YAML`);
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isBlock = (v: unknown) => (Array.isArray(v) ? v.length > 0 : isMap(v) && Object.keys(v).length > 0);

/** Lines of a block collection at `level` (two spaces each); the first line carries no indent. */
function blockText(value: unknown, level: number): string {
  const pad = '  '.repeat(level);
  if (Array.isArray(value)) {
    return value
      .map((item) => `- ${isBlock(item) ? blockText(item, level + 1) : inlineText(item, level + 1)}`)
      .join(`\n${pad}`);
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => {
      const name = stringText(key, pad, true);
      if (!isBlock(v)) return `${name}: ${inlineText(v, level + 1)}`;
      const inner = Array.isArray(v) ? level : level + 1;
      const innerPad = '  '.repeat(Array.isArray(v) ? level + 1 : inner);
      return `${name}:\n${innerPad}${blockText(v, Array.isArray(v) ? level + 1 : inner)}`;
    })
    .join(`\n${pad}`);
}

function inlineText(value: unknown, level: number): string {
  if (Array.isArray(value)) return '[]';
  if (isMap(value)) return '{}';
  return scalarText(value, '  '.repeat(level));
}

/** The YAML document for `value`, ending in a line break. */
export function yamlText(value: unknown): string {
  return `${isBlock(value) ? blockText(value, 0) : inlineText(value, 0)}\n`;
}
