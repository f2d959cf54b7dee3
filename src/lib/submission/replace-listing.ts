/**
 * A listing file replaced (or added) only when the whole content folder
 * would still be clean: the folder is loaded with the new text in memory (the
 * loader's overlay) — schema, then the rules across files (school ids, map
 * bounds, duplicates) — and the file is written only when it has no errors.
 * Nothing is written to be taken back, so a failed check leaves the folder
 * untouched. The importer checks its files the same way.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CivilDate } from '../../core/civil-date.ts';
import { errorsOf, type Problem } from '../../core/problems.ts';
import { loadContent } from '../content/load-content.ts';

/** The problems `rel` would have with `text` in it and the rest of the folder as it is. Reads, never writes. */
export async function problemsOfReplacement(
  dir: string,
  rel: string,
  text: string,
  today: CivilDate,
): Promise<Problem[]> {
  const overlay = new Map([[rel, new TextEncoder().encode(text)]]);
  const content = await loadContent(dir, { today, overlay });
  return content.problems.filter((p) => p.file === rel);
}

export interface Replacement {
  /** Whether the file was written. */
  written: boolean;
  /** The file's problems: errors when not written, else warnings only. */
  problems: Problem[];
}

/** Writes `text` to `<dir>/<rel>` when the content folder stays free of errors with it. */
export async function replaceListing(dir: string, rel: string, text: string, today: CivilDate): Promise<Replacement> {
  const problems = await problemsOfReplacement(dir, rel, text, today);
  if (errorsOf(problems).length > 0) return { written: false, problems };
  await writeFile(path.join(dir, rel), text);
  return { written: true, problems };
}
