/**
 * Broken, hostile and odd files: each must become one clear problem, never a
 * crash, never evaluated code, never a long wait.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type ContentSet } from '../../src/lib/content/load-content.ts';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content/parse-file.ts';
import { WHOLE_FILE, yamlLineField } from '../../src/core/problems.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { TODAY, expectBilingual, problemsFor } from './support/helpers.ts';
import {
  VALID_LISTING,
  billionLaughs,
  binaryBytes,
  robustnessCases,
  withBomAndCrlf,
  writeRobustnessDir,
} from './support/robustness-files.ts';

const text = (s: string) => new TextEncoder().encode(s);
const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

describe('parseMarkdownFile on broken and hostile files', () => {
  it.each(robustnessCases().map((c) => [c.name, c] as const))('%s: one clear problem', (_name, c) => {
    const started = performance.now();
    const result = parseMarkdownFile(`listings/${c.name}`, c.bytes);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ file: `listings/${c.name}`, field: c.field, severity: 'error' });
    expect(problem!.message).toMatch(c.message);
    expectBilingual(problem!.message);
  });

  it('never evaluates ---js front matter', () => {
    expect(pwned()).toBeUndefined();
    for (const opener of ['---js', '---javascript', '--- js', '---coffee', '---JS']) {
      parseMarkdownFile('listings/x.md', text(`${opener}\n{ x: (globalThis.__pwned = 1) }\n---\n`));
      parseMarkdownFile('listings/x.md', text(`${opener}\nglobalThis.__pwned = 1\n---\n`));
    }
    expect(pwned()).toBeUndefined();
  });

  it('reads a file with a byte-order mark and CRLF line ends exactly like the LF version', () => {
    const lf = parseMarkdownFile('listings/a.md', text(VALID_LISTING));
    const crlf = parseMarkdownFile('listings/a.md', withBomAndCrlf(VALID_LISTING));
    const cr = parseMarkdownFile('listings/a.md', text(VALID_LISTING.replace(/\n/g, '\r')));
    expect(lf.ok).toBe(true);
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
    if (!crlf.ok) return;
    expect(crlf.value.body).toBe('一行目の本文。\n\n二行目の本文。\n');
    expect(crlf.value.data.name).toBe('テスト 改行コードの居場所');
    expect(listingSchema.safeParse(crlf.value.data).success).toBe(true);
  });

  it('gives the same YAML line number with CRLF line ends', () => {
    const broken = VALID_LISTING.replace('summary:', '  summary:'); // line 5 wrongly indented
    const lf = parseMarkdownFile('listings/a.md', text(broken));
    const crlf = parseMarkdownFile('listings/a.md', withBomAndCrlf(broken));
    expect(lf).toEqual(crlf);
    expect(lf.ok ? [] : lf.problems.map((p) => p.field)).toEqual([yamlLineField(5)]);
  });

  it('refuses an alias bomb quickly', () => {
    const started = performance.now();
    const result = parseMarkdownFile('listings/bomb.md', text(billionLaughs()));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok).toBe(false);
  });

  it('accepts aliases that stay small', () => {
    const small = VALID_LISTING.replace('groups: [elementary]', 'groups: &g [elementary]\n  note: ok');
    const result = parseMarkdownFile('listings/a.md', text(small));
    expect(result.ok).toBe(true);
  });

  it('does not let a __proto__ key pollute Object.prototype', () => {
    const hostile = VALID_LISTING.replace('kind: ibasho', 'kind: ibasho\n__proto__:\n  polluted: yes');
    const result = parseMarkdownFile('listings/a.md', text(hostile));
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(listingSchema.safeParse(result.value.data).success).toBe(false);
  });
});

describe('parseYamlFile on broken and hostile files', () => {
  const bombBody = billionLaughs()
    .replace(/^---\n/, '')
    .replace(/---\n$/, '');
  it.each([
    ['empty', new Uint8Array(0), WHOLE_FILE, /The file is empty/],
    ['binary', binaryBytes(), WHOLE_FILE, /binary/],
    ['list', text('- a\n- b\n'), WHOLE_FILE, /"name: value"/],
    ['scalar', text('hello\n'), WHOLE_FILE, /"name: value"/],
    ['alias bomb', text(bombBody), WHOLE_FILE, /too much data/],
    ['duplicate keys', text('name: a\nlevel: elementary\nname: b\n'), yamlLineField(3), /duplicated mapping key/],
  ] as const)('%s', (_label, bytes, field, message) => {
    const result = parseYamlFile('schools/x.yaml', bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ file: 'schools/x.yaml', field, severity: 'error' })]);
    expect(result.problems[0]!.message).toMatch(message);
    expectBilingual(result.problems[0]!.message);
  });

  const twoDocuments = text('name: a\nlevel: elementary\n---\nname: b\n');

  it('refuses a file with two YAML documents', () => {
    const result = parseYamlFile('schools/x.yaml', twoDocuments);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/Invalid YAML \(expected a single document/),
    ]);
  });

  it('does not blame line 1 when the error has no position', () => {
    const result = parseYamlFile('schools/x.yaml', twoDocuments);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).not.toContain(yamlLineField(1));
  });
});

describe('loadContent on a folder of broken files', () => {
  let dir: string;
  let content: ContentSet;
  beforeAll(async () => {
    dir = writeRobustnessDir();
    content = await loadContent(dir, { today: TODAY });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports one problem for each broken file and nothing else', () => {
    const expected = robustnessCases()
      .map((c) => ({ file: `listings/${c.name}`, field: c.field, severity: 'error' }))
      .sort((a, b) => a.file.localeCompare(b.file));
    const actual = content.problems
      .map(({ file, field, severity }) => ({ file, field, severity }))
      .sort((a, b) => a.file.localeCompare(b.file));
    expect(actual).toEqual(expected);
    for (const c of robustnessCases()) {
      expect(problemsFor(content.problems, `listings/${c.name}`)[0]?.message).toMatch(c.message);
    }
  });

  it('loads the BOM + CRLF listing as a valid listing', () => {
    expect(content.listings.map((l) => l.id)).toEqual(['bom-crlf']);
    expect(content.listingFileCount).toBe(robustnessCases().length + 1);
  });

  it('has not run the ---js front matter', () => {
    expect(pwned()).toBeUndefined();
  });
});

describe('loadContent on odd folders', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'validator-odd-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a symbolic link in listings/ without reading its target', async () => {
    const root = path.join(dir, 'symlink');
    mkdirSync(path.join(root, 'listings'), { recursive: true });
    writeFileSync(path.join(dir, 'secret.md'), VALID_LISTING);
    symlinkSync(path.join(dir, 'secret.md'), path.join(root, 'listings', 'linked.md'));
    const content = await loadContent(root, { today: TODAY });
    expect(problemsFor(content.problems, 'listings/linked.md')).toEqual([
      expect.objectContaining({
        field: WHOLE_FILE,
        severity: 'error',
        message: expect.stringMatching(/Symbolic links/),
      }),
    ]);
    expect(content.listings).toEqual([]);
  });

  it('reports a missing site.yaml and an empty listings/ folder instead of throwing', async () => {
    const root = path.join(dir, 'empty');
    mkdirSync(root);
    const content = await loadContent(root, { today: TODAY });
    expect(content.problems.map((p) => [p.file, p.field])).toEqual([
      ['listings/', WHOLE_FILE],
      ['site.yaml', WHOLE_FILE],
    ]);
    for (const p of content.problems) expectBilingual(p.message);
    expect(content.site).toBeUndefined();
  });

  it('reports a flat list of 150 000 items as a problem instead of throwing', async () => {
    const root = path.join(dir, 'long-list');
    mkdirSync(path.join(root, 'listings'), { recursive: true });
    writeFileSync(path.join(root, 'site.yaml'), '');
    const list = `---\nservices: [${Array(150_000).fill('meal').join(',')}]\n---\n`;
    writeFileSync(path.join(root, 'listings', 'long-list.md'), list);
    const content = await loadContent(root, { today: TODAY });
    expect(problemsFor(content.problems, 'listings/long-list.md')).toEqual([
      expect.objectContaining({ field: WHOLE_FILE, message: expect.stringMatching(/too much data/) }),
    ]);
  });
});
