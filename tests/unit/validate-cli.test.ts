/**
 * `npm run validate` as editors and CI run it: a separate Node process reading
 * CONTENT_DIR, judging dates by the real today.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { errorsOf } from '../../src/core/problems.ts';
import { BAD_DIR, GOOD_DIR, REPO_ROOT } from './support/helpers.ts';
import { robustnessCases, writeRobustnessDir } from './support/robustness-files.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function validate(contentDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/validate.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
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

const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const PROBLEM_LINE = /^[^:]+: [^:]+: .+/;
const NAMES_A_FILE = /^(?:site\.yaml|schools\/|listings\/)/;

function expectNoStackTrace(run: Run): void {
  const all = run.stdout + run.stderr;
  expect(all).not.toMatch(/^ {4}at /m);
  expect(all).not.toContain('node:internal');
  expect(all).not.toMatch(/\b(?:TypeError|RangeError|ReferenceError|SyntaxError)\b/);
}

describe('npm run validate', () => {
  it('exits 0 with a summary for the good fixture', async () => {
    const run = await validate(GOOD_DIR);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      '5 件の掲載情報・2 校を確認: エラー 0 件、警告 0 件 / Checked 5 listings and 2 schools: 0 error(s), 0 warning(s)',
    ]);
  });

  it('exits 1 for the bad fixture, one "<file>: <field>: <message>" line per problem', async () => {
    const [run, expected] = await Promise.all([validate(BAD_DIR), loadContent(BAD_DIR)]);
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    const out = lines(run.stdout);
    expect(out.length).toBe(expected.problems.length);
    for (const line of out) {
      expect(line).toMatch(NAMES_A_FILE);
      expect(line).toMatch(PROBLEM_LINE);
    }
    // Each problem is printed with its own file and field as the prefix.
    for (const p of expected.problems) {
      const prefix = `${p.file}: ${p.field}: ${p.severity === 'warning' ? '警告 / warning: ' : ''}`;
      expect(
        out.some((line) => line === `${prefix}${p.message}`),
        prefix,
      ).toBe(true);
    }
    expect(out.filter((l) => l.includes(': 警告 / warning: ')).length).toBe(6);
    expect(out.some((l) => l.startsWith('listings/bad-yaml.md: (YAML 7行目 / line 7): '))).toBe(true);
    const errors = errorsOf(expected.problems).length;
    expect(run.stderr.trim()).toBe(
      `44 件の掲載情報・3 校を確認: エラー ${errors} 件、警告 6 件 / Checked 44 listings and 3 schools: ${errors} error(s), 6 warning(s)`,
    );
  });

  describe('with broken and hostile files', () => {
    let dir: string;
    beforeAll(() => {
      dir = writeRobustnessDir();
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 1, names every broken file and prints no stack trace', async () => {
      const run = await validate(dir);
      expect(run.code).toBe(1);
      expectNoStackTrace(run);
      const out = lines(run.stdout);
      for (const line of out) expect(line).toMatch(PROBLEM_LINE);
      for (const c of robustnessCases()) {
        expect(out.filter((l) => l.startsWith(`listings/${c.name}: ${c.field}: `))).toHaveLength(1);
      }
      expect(out.some((l) => l.startsWith('listings/bom-crlf.md'))).toBe(false);
      const broken = robustnessCases().length;
      expect(run.stderr).toContain(`Checked ${broken + 1} listings and 2 schools: ${broken} error(s), 0 warning(s)`);
    });
  });
});
