/**
 * `npm run validate`: checks every file in the content folder (CONTENT_DIR,
 * default ./content) and prints one line per problem:
 *   <path relative to the content folder>: <field>: <message>
 * Exit status 1 when there is an error; warnings print but do not fail.
 *
 * `npm run validate -- --format=github` also prints, after each line, a GitHub
 * Actions workflow command (`::error file=…,line=…::…`) so a pull request
 * shows the problem on the line of the file it is about.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { annotationFor, formatAnnotation } from '../src/lib/content/annotations.ts';
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { decodeText } from '../src/lib/content/parse-file.ts';
import { errorsOf, formatProblem } from '../src/core/problems.ts';

const FORMATS = ['text', 'github'] as const;
type Format = (typeof FORMATS)[number];

function formatFromArgs(args: readonly string[]): Format | string {
  let format = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--format') format = args[++i] ?? '';
    else return `不明な引数です / Unknown argument: ${arg}`;
  }
  return (FORMATS as readonly string[]).includes(format)
    ? format
    : `--format は text か github にしてください / --format must be text or github (got "${format}")`;
}

const format = formatFromArgs(process.argv.slice(2));
if (!(FORMATS as readonly string[]).includes(format)) {
  console.error(format);
  process.exit(2);
}

/** The decoded text of a content file, for finding a field's line; undefined if unreadable. */
async function textOf(dir: string, file: string): Promise<string | undefined> {
  try {
    const decoded = decodeText(file, await readFile(path.join(dir, file)));
    return decoded.ok ? decoded.value : undefined;
  } catch {
    return undefined;
  }
}

const dir = contentDirFromEnv();
try {
  const content = await loadContent(dir);
  // Annotation paths are relative to the repository: the workspace in GitHub Actions, else here.
  const contentPrefix = path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), dir);
  const texts = new Map<string, Promise<string | undefined>>();
  for (const problem of content.problems) {
    console.log(formatProblem(problem));
    if (format === 'github') {
      if (!texts.has(problem.file)) texts.set(problem.file, textOf(dir, problem.file));
      const text = await texts.get(problem.file);
      console.log(formatAnnotation(annotationFor(problem, contentPrefix, text)));
    }
  }
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
