/**
 * The content folder every command reads: `CONTENT_DIR` if set, else ./content.
 * One setting for the build, the dev server, the validator, the schema
 * generator and the workflows, so a ward can keep its data in a repository of
 * its own.
 */
import path from 'node:path';

export const DEFAULT_CONTENT_DIR = 'content';

export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.CONTENT_DIR?.trim() || DEFAULT_CONTENT_DIR);
}
