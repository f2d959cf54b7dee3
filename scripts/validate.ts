/**
 * `npm run validate`: checks every file in the content folder (CONTENT_DIR,
 * default ./content) and prints one line per problem:
 *   <path relative to the content folder>: <field>: <message>
 * Exit status 1 when there is an error; warnings print but do not fail.
 */
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { errorsOf, formatProblem } from '../src/lib/content/problems.ts';

const dir = contentDirFromEnv();
try {
  const content = await loadContent(dir);
  for (const problem of content.problems) console.log(formatProblem(problem));
  const errors = errorsOf(content.problems).length;
  const warnings = content.problems.length - errors;
  const summary = `${content.listingFileCount} 件の掲載情報・${content.schools.length} 校を確認: エラー ${errors} 件、警告 ${warnings} 件 / Checked ${content.listingFileCount} listings and ${content.schools.length} schools: ${errors} error(s), ${warnings} warning(s)`;
  if (errors > 0) {
    console.error(summary);
    process.exitCode = 1;
  } else {
    console.log(summary);
  }
} catch (error) {
  // Only a fault in the validator itself lands here; content problems never throw.
  console.error(`検証を実行できませんでした / The validator could not run: ${(error as Error).message}`);
  process.exitCode = 2;
}
