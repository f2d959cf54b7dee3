/**
 * A listing file replaced (or added) only when the whole content folder
 * would still be clean: the new text is checked in memory against the
 * content as loaded — schema, then the rules across files (school ids, map
 * bounds, duplicates) — and written only when it has no errors. Nothing is
 * written to be taken back, so a failed check leaves the folder untouched.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CivilDate } from '../../core/civil-date.ts';
import { errorsOf, sortProblems, type Problem } from '../../core/problems.ts';
import { crossCheck } from '../content/cross-checks.ts';
import { loadContent, type ContentSet } from '../content/load-content.ts';
import { parseMarkdownFile } from '../content/parse-file.ts';
import { issuesToProblems, volunteerErrorMap } from '../../schema/error-map.ts';
import { listingSchema } from '../../schema/listing.ts';

/**
 * The problems `listings/<id>.md` would have with `text` in it and the rest
 * of `content` as it is. Pure: reads and writes nothing.
 */
export function problemsOfReplacement(content: ContentSet, rel: string, text: string, today: CivilDate): Problem[] {
  const parsed = parseMarkdownFile(rel, new TextEncoder().encode(text));
  if (!parsed.ok) return parsed.problems;
  const result = listingSchema.safeParse(parsed.value.data, { error: volunteerErrorMap });
  if (!result.success) return [...parsed.warnings, ...issuesToProblems(rel, listingSchema, result.error.issues)];
  const id = path.posix.basename(rel, '.md');
  const listings = [
    ...content.listings.filter((l) => l.file !== rel),
    { id, file: rel, data: result.data, body: parsed.value.body },
  ];
  const across = crossCheck({ site: content.site, schools: content.schools, listings, today });
  return sortProblems([...parsed.warnings, ...across.filter((p) => p.file === rel)]);
}

export interface Replacement {
  /** Whether the file was written. */
  written: boolean;
  /** The file's problems: errors when not written, else warnings only. */
  problems: Problem[];
}

/** Writes `text` to `<dir>/<rel>` when the content folder stays free of errors with it. */
export async function replaceListing(dir: string, rel: string, text: string, today: CivilDate): Promise<Replacement> {
  const content = await loadContent(dir, { today });
  const problems = problemsOfReplacement(content, rel, text, today);
  if (errorsOf(problems).length > 0) return { written: false, problems };
  await writeFile(path.join(dir, rel), text);
  return { written: true, problems };
}
