/**
 * `npm run issue-to-listing -- --body-file <issue body> [--out <content>/listings] [--comment-file <md>]`
 *
 * Turns a listing issue (new or correction) into <content>/listings/<id>.md,
 * in the content folder CONTENT_DIR names (./content by default).
 * Exit 0: the file is written; the last line of output is JSON
 *   {"file":"content/listings/<id>.md","id":"<id>","mode":"new"|"correction"},
 *   the file relative to the working directory.
 * Exit 1: the issue needs fixing; the comment file says what, for the sender.
 * Exit 2: the script itself failed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tokyoToday } from '../src/core/civil-date.ts';
import { contentDirFromEnv } from '../src/lib/content/content-dir.ts';
import { formatProblem } from '../src/core/problems.ts';
import { listingFromIssue } from '../src/lib/submission/from-issue.ts';

const { values } = parseArgs({
  options: {
    'body-file': { type: 'string' },
    out: { type: 'string', default: path.join(contentDirFromEnv(), 'listings') },
    'comment-file': { type: 'string' },
  },
});

try {
  if (!values['body-file']) throw new Error('--body-file is required');
  const body = await readFile(values['body-file'], 'utf8');
  const listingsDir = path.resolve(values.out!);
  const contentDir = path.dirname(listingsDir);
  const outcome = await listingFromIssue(body, contentDir, tokyoToday());
  if (outcome.ok) {
    for (const warning of outcome.warnings) console.log(formatProblem(warning));
    const file = path.relative(process.cwd(), path.join(contentDir, outcome.file)).split(path.sep).join('/');
    if (values['comment-file']) {
      const warnings = outcome.warnings.map((w) => `- \`${w.field}\`: ${w.message}`);
      await writeFile(
        values['comment-file'],
        [
          `\`${file}\` を作りました / Wrote \`${file}\`.`,
          ...(warnings.length ? ['', '確認してほしい点 / Worth checking:', ...warnings] : []),
        ].join('\n'),
      );
    }
    console.log(JSON.stringify({ file, id: outcome.id, mode: outcome.mode }));
  } else {
    console.log(outcome.comment);
    if (values['comment-file']) await writeFile(values['comment-file'], outcome.comment);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`issue を読み取れませんでした / Could not process the issue: ${(error as Error).message}`);
  process.exitCode = 2;
}
