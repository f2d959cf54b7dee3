/**
 * `npm run check:content`: the checks that hold for any content, run on the
 * folder CONTENT_DIR names (a ward's own repository): the validator, then a
 * real build of the site from it, then, in Chromium, every link, an axe audit
 * of every page, no private value in any built file and no request to another
 * host (tests/e2e/site/). The rest of `npm test` knows the demo's facts and
 * always runs on the bundled demo content.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contentDirFromEnv } from '../src/lib/content/content-dir.ts';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = contentDirFromEnv();
console.log(`内容を検査します / Checking ${path.relative(process.cwd(), contentDir) || '.'}`);

const validate = spawnSync(process.execPath, [path.join(root, 'scripts/validate.ts')], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: contentDir },
});
if (validate.status !== 0) process.exit(validate.status ?? 2);

// A ward's checks build into their own folder, so the demo build stays as the other tests expect it.
const tests = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'e2e', 'tests/e2e/site/'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHECK_CONTENT_DIR: contentDir } },
);
process.exit(tests.status ?? 2);
