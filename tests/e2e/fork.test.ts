/**
 * Another city forks the site with its own content folder (豊中市, fictional):
 * it builds on the first try, carries none of the demo region's words, and
 * passes the checks that hold for any content through the documented command.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, astroBuild } from './support/build.ts';
import { readAllText } from './support/site-files.ts';

const FORK = path.join(ROOT, 'tests/fixtures/content-fork');
const run = promisify(execFile);
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kodomo-fork-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a fork with its own content', () => {
  it('builds, and says nothing of the demo region: its halls, stations, centre or tile provider', async () => {
    const dist = path.join(work, 'dist');
    const result = await astroBuild({ outDir: dist, env: { CONTENT_DIR: FORK } });
    expect(result.code, result.output).toBe(0);
    const files = await readAllText(dist);
    const leaks = files.flatMap(({ file, text }) =>
      ['鳳', '堺', '西区', '国土地理院', 'kodomo-map.example.jp']
        .filter((word) => text.includes(word))
        .map((word) => `${path.relative(dist, file)}: ${word}`),
    );
    expect(leaks).toEqual([]);
    const submit = files.find((f) => f.file.endsWith(path.join('submit', 'index.html')))!;
    // The form's examples are the fork's own, and its example point is the fork's map centre.
    expect(submit.text).toContain('中桜塚付近');
    expect(submit.text).toContain('34.7810');
  });

  it('passes npm run check:content', async () => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts/check-content.ts')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: FORK, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toMatch(/エラー 0 件/);
    expect(stdout).toMatch(/tests: \d+ passed, 0 failed/);
  }, 600_000);
});
