/**
 * GitHub Actions annotations from validator problems: each problem must land
 * on the line of the key it names, in real files, and print as a well-formed
 * workflow command.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  annotationFor,
  escapeData,
  escapeProperty,
  formatAnnotation,
  lineOfField,
  parseFieldPath,
  repositoryPath,
} from '../../src/lib/content/annotations.ts';
import { loadContent, type ContentSet } from '../../src/lib/content/load-content.ts';
import { decodeText } from '../../src/lib/content/parse-file.ts';
import { WHOLE_FILE, fieldPath, formatProblem, yamlLineField } from '../../src/core/problems.ts';
import { FIXTURES, REPO_ROOT, TODAY } from './support/helpers.ts';

const DIR = `${FIXTURES}content-annotations`;
const PREFIX = 'tests/fixtures/content-annotations';

function textOf(file: string): string {
  const decoded = decodeText(file, readFileSync(path.join(DIR, file)));
  if (!decoded.ok) throw new Error(`cannot read ${file}`);
  return decoded.value;
}

/** The fixture marks each line a problem belongs on with `# @line <field>` (`(YAML)` for a syntax error). */
function markers(file: string): Map<string, number> {
  const found = new Map<string, number>();
  textOf(file)
    .split('\n')
    .forEach((line, i) => {
      const match = /# @line (.+)$/.exec(line);
      if (match) found.set(match[1]!.trim(), i + 1);
    });
  return found;
}

describe('parseFieldPath', () => {
  it.each([
    ['kind', ['kind']],
    ['location.lat', ['location', 'lat']],
    ['schedule[0].byDay[1]', ['schedule', 0, 'byDay', 1]],
    ['closedDates[0]', ['closedDates', 0]],
    ['"営業日"', ['営業日']],
    ['links[2]."a.b"', ['links', 2, 'a.b']],
    ['"say \\"hi\\""', ['say "hi"']],
  ])('%s', (field, expected) => {
    expect(parseFieldPath(field)).toEqual(expected);
  });

  it('reads back every path that fieldPath writes', () => {
    const paths: PropertyKey[][] = [
      ['schedule', 0, 'byDay', 1],
      ['contact', 'phone'],
      ['営業日'],
      ['a b', 3, 'c.d', 'x[1]'],
      ['-1', 0],
    ];
    for (const p of paths) expect(parseFieldPath(fieldPath(p))).toEqual(p);
  });

  it('has no path for whole-file labels and unreadable text', () => {
    for (const field of [WHOLE_FILE, yamlLineField(3), '', 'a..b', 'a.', '.a', 'a[x]', 'a[1', '"open']) {
      expect(parseFieldPath(field), field).toBeUndefined();
    }
  });
});

describe('lineOfField', () => {
  const listing = [
    '---', // 1
    '# a comment', // 2
    'kind: ibasho', // 3
    'location:', // 4
    '  lat: 34.5', // 5
    'schedule:', // 6
    '  - freq: weekly', // 7
    '    byDay: [MO, XX]', // 8
    '  - freq: monthly', // 9
    '    byDay:', // 10
    '      - 2SA', // 11
    '      - XX', // 12
    '---', // 13
    'kind: not a field, the body', // 14
  ].join('\n');

  it('adds the opening "---" line of the front matter', () => {
    expect(lineOfField('listings/a.md', listing, 'kind')).toBe(3);
    expect(lineOfField('listings/a.md', listing, 'location.lat')).toBe(5);
  });

  it('finds list items, in flow and block style', () => {
    expect(lineOfField('listings/a.md', listing, 'schedule[0].byDay[1]')).toBe(8);
    expect(lineOfField('listings/a.md', listing, 'schedule[1]')).toBe(9);
    expect(lineOfField('listings/a.md', listing, 'schedule[1].byDay[1]')).toBe(12);
  });

  it('falls back to the nearest key that exists, then to line 1', () => {
    expect(lineOfField('listings/a.md', listing, 'location.area')).toBe(4);
    expect(lineOfField('listings/a.md', listing, 'schedule[5].byDay')).toBe(6);
    expect(lineOfField('listings/a.md', listing, 'schedule[1].byDay[9]')).toBe(10);
    expect(lineOfField('listings/a.md', listing, 'summary')).toBe(1);
    expect(lineOfField('listings/a.md', listing, WHOLE_FILE)).toBe(1);
  });

  it('takes the line of a YAML syntax error from its label', () => {
    expect(lineOfField('listings/a.md', listing, yamlLineField(7))).toBe(7);
    expect(lineOfField('site.yaml', 'a: 1', yamlLineField(12))).toBe(12);
  });

  it('reads a .yaml file as YAML from its first line', () => {
    const school = '# comment\nname: x\nlevel: college\nlat: 34.5\n';
    expect(lineOfField('schools/x.yaml', school, 'level')).toBe(3);
    expect(lineOfField('schools/x.yaml', school, 'lat')).toBe(4);
  });

  it('only reads the front matter of a listing, never its body', () => {
    expect(lineOfField('listings/a.md', 'no front matter\nkind: x\n', 'kind')).toBe(1);
    expect(lineOfField('listings/a.md', '---\nname: x\nkind: y\n', 'kind')).toBe(1);
    expect(lineOfField('listings/a.md', '---\nname: x\n---\nkind: body\n', 'kind')).toBe(1);
  });

  it('follows aliases to the node they name', () => {
    const text = 'base: &b\n  phone: x\ncontact: *b\n';
    expect(lineOfField('site.yaml', text, 'contact')).toBe(3);
    expect(lineOfField('site.yaml', text, 'contact.phone')).toBe(2);
  });

  it('keeps counting lines in a file saved with a byte-order mark and CRLF line ends', () => {
    const bytes = new TextEncoder().encode('\uFEFF---\r\nkind: ibasho\r\n\r\nname: x\r\n---\r\nbody\r\n');
    const decoded = decodeText('listings/a.md', bytes);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(lineOfField('listings/a.md', decoded.value, 'name')).toBe(4);
  });

  it('still finds keys in a file that is broken elsewhere', () => {
    const text = '---\nname: x\nname: y\nphone: !weird 1\nlat: [1, 2\n---\n';
    expect(lineOfField('listings/a.md', text, 'phone')).toBe(4);
  });
});

describe('the content-annotations fixture: each problem on its marked line', () => {
  let content: ContentSet;
  beforeAll(async () => {
    content = await loadContent(DIR, { today: TODAY });
  });

  it('has the problems the fixture was written for', () => {
    expect(content.problems.map((p) => `${p.file}: ${p.field}`).sort()).toEqual([
      'listings/broken-yaml.md: (YAML 7行目 / line 7)',
      'listings/many-problems.md: "営業日"',
      'listings/many-problems.md: contact.phone',
      'listings/many-problems.md: location.area',
      'listings/many-problems.md: schedule[1].byDay[1]',
      'listings/missing-status.md: status',
      'listings/out-of-bounds.md: location.lat',
      'schools/far-away.yaml: lat',
      'schools/wrong-level.yaml: level',
    ]);
  });

  it('puts every problem on the line its marker names, and uses every marker', () => {
    const files = [...new Set(content.problems.map((p) => p.file))];
    for (const file of files) {
      const marked = markers(file);
      const used = new Set<string>();
      for (const problem of content.problems.filter((p) => p.file === file)) {
        const key = problem.field.startsWith('(YAML ') ? '(YAML)' : problem.field;
        const annotation = annotationFor(problem, PREFIX, textOf(file));
        expect(annotation.file).toBe(`${PREFIX}/${file}`);
        expect(annotation.line, `${file}: ${problem.field}`).toBe(marked.get(key) ?? 1);
        used.add(key);
      }
      expect(
        [...marked.keys()].filter((k) => !used.has(k)),
        `unused markers in ${file}`,
      ).toEqual([]);
    }
  });

  it('names the lines a reader would look at', () => {
    const line = (file: string, field: string) => lineOfField(file, textOf(file), field);
    const lines = textOf('listings/many-problems.md').split('\n');
    expect(line('listings/many-problems.md', 'schedule[1].byDay[1]')).toBe(22);
    expect(lines[21]).toMatch(/^ {6}- XX /);
    expect(line('listings/many-problems.md', 'contact.phone')).toBe(28);
    expect(lines[27]).toMatch(/^ {2}phone: 'abc'/);
    // A missing key is shown on its parent.
    expect(line('listings/many-problems.md', 'location.area')).toBe(8);
    expect(lines[7]).toMatch(/^location:/);
    expect(line('schools/wrong-level.yaml', 'level')).toBe(4);
  });
});

describe('workflow commands', () => {
  it('escapes the message as GitHub reads it', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('also escapes ":" and "," in properties', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one line per problem, with the file, line and field', () => {
    expect(
      formatAnnotation({
        severity: 'error',
        file: 'content/listings/x.md',
        line: 12,
        title: 'schedule[0].byDay[1]',
        message: '曜日が正しくありません / Bad day\nsecond line',
      }),
    ).toBe(
      '::error file=content/listings/x.md,line=12,title=schedule[0].byDay[1]::曜日が正しくありません / Bad day%0Asecond line',
    );
    expect(formatAnnotation({ severity: 'warning', file: 'a,b.md', line: 1, title: 'x: y', message: 'm' })).toBe(
      '::warning file=a%2Cb.md,line=1,title=x%3A y::m',
    );
    expect(formatAnnotation({ severity: 'error', title: 'kind', message: 'm' })).toBe('::error title=kind::m');
  });

  it('makes paths relative to the repository, and leaves out files outside it', () => {
    expect(repositoryPath('content', 'listings/a.md')).toBe('content/listings/a.md');
    expect(repositoryPath('', 'site.yaml')).toBe('site.yaml');
    expect(repositoryPath('.', 'site.yaml')).toBe('site.yaml');
    expect(repositoryPath('data\\content\\', 'listings/a.md')).toBe('data/content/listings/a.md');
    expect(repositoryPath('content', 'listings/')).toBe('content/listings');
    expect(repositoryPath('../ward-content', 'site.yaml')).toBeUndefined();
    expect(repositoryPath('/srv/content', 'site.yaml')).toBeUndefined();
    const outside = annotationFor(
      { file: 'site.yaml', field: 'kind', message: 'm', severity: 'error' },
      '../ward-content',
      'kind: x',
    );
    expect(outside).toEqual({ severity: 'error', file: undefined, line: undefined, title: 'kind', message: 'm' });
  });
});

describe('npm run validate -- --format=github', () => {
  function validate(
    args: string[],
    contentDir = PREFIX,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' };
    delete env.GITHUB_WORKSPACE;
    return new Promise((resolve, reject) => {
      const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/validate.ts', ...args], {
        cwd: REPO_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('prints each problem line followed by its annotation', async () => {
    const [run, content] = await Promise.all([validate(['--format=github']), loadContent(DIR)]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(content.problems.length * 2);
    content.problems.forEach((problem, i) => {
      expect(lines[2 * i]).toBe(formatProblem(problem));
      expect(lines[2 * i + 1]).toBe(formatAnnotation(annotationFor(problem, PREFIX, textOf(problem.file))));
    });
    expect(lines).toContain(
      '::error file=tests/fixtures/content-annotations/listings/many-problems.md,line=28,title=contact.phone::電話番号は 072-000-1234 のように、0 から始まる 10 桁か 11 桁で書いてください（ハイフンはなくてもかまいません）/ Write a Japanese phone number of 10 or 11 digits starting with 0, such as 072-000-1234 (hyphens optional)',
    );
    expect(run.stderr).toMatch(/9 error\(s\)/);
  });

  it('names files relative to the repository even when CONTENT_DIR is absolute', async () => {
    const run = await validate(['--format', 'github'], DIR);
    expect(run.stdout).toContain(
      '::error file=tests/fixtures/content-annotations/schools/wrong-level.yaml,line=4,title=level::',
    );
  });

  it('prints no workflow commands unless asked', async () => {
    const run = await validate([]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^::/m);
  });

  it('refuses an unknown format', async () => {
    const run = await validate(['--format=xml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--format must be text or github/);
  });
});
