/**
 * Running a project script as `npm run …` does — a separate Node process on
 * the project's Node, reading the content folder named by CONTENT_DIR — and
 * temporary copies of content folders, removed after each test.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { REPO_ROOT } from './helpers.ts';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `scripts/<script>` with `args`, with CONTENT_DIR set and colours off; `env` values of undefined are removed. */
export function runScript(
  script: string,
  contentDir: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<ScriptRun> {
  const environment: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete environment[key];
    else environment[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/node'), [path.join('scripts', script), ...args], {
      cwd: REPO_ROOT,
      env: environment,
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

/**
 * Temporary folders for one test file, each removed after the test that made
 * it: `tempDir()` an empty one, `copyOf(folder)` a copy, so a command never
 * touches the real content.
 */
export function temporaryFolders(prefix: string) {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const copyOf = (folder: string): string => {
    const dir = tempDir();
    cpSync(folder, dir, { recursive: true });
    return dir;
  };
  return { tempDir, copyOf };
}
