/**
 * When each listing file was added and last changed, as the content folder's
 * git history records it, for the 新着・更新 feed and the home page. Node
 * only (it runs git), so it lives with the code that reads the content folder
 * and browser code never imports it.
 *
 * One `git log` pass over the whole listings folder, however many listings
 * there are: 50,000 files cost one process and one walk of the history, never
 * a git call per file. When git cannot answer truthfully — it is not
 * installed, the folder is not in a work tree, or the clone is shallow (a
 * shallow clone's oldest commit would claim to have added every file) — the
 * history is empty and every listing falls back to its `verified` date.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

/** When git saw a listing file: both instants as git prints them (RFC 3339, with the committer's offset). */
export interface RecordedDates {
  /** The oldest commit that touched the file: when it was added. */
  readonly added: string;
  /** The newest commit that touched the file. */
  readonly changed: string;
}

export type HistorySource =
  | 'git'
  /** git is missing, or failed in a way that says nothing about the folder. */
  | 'no-git'
  | 'not-a-work-tree'
  | 'shallow'
  /** In a work tree, but no commit touches the folder. */
  | 'untracked';

export interface ListingHistory {
  /** Where the dates came from; anything but 'git' means every listing uses its verified date. */
  readonly source: HistorySource;
  /** By listing id (the file name without `.md`). */
  readonly dates: ReadonlyMap<string, RecordedDates>;
}

/**
 * A build run from a git hook or another tool may carry variables that point
 * git at some other repository; the folder's own repository is the one that
 * knows its history.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY']) delete env[key];
  return env;
}

function git(dir: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', dir, ...args],
      // A history of 50,000 listings prints a few megabytes; leave ample room.
      { env: gitEnvironment(), maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/**
 * The output of `git log --format=%x00%cI --name-only`, newest commit first:
 * each commit is a NUL, its committer date, then the paths it touched. The
 * first time a path appears is its latest change, the last time its addition.
 * Only `.md` files are listings; the id is the file name, as the loader has it.
 */
export function parseGitLog(text: string): Map<string, RecordedDates> {
  const dates = new Map<string, { added: string; changed: string }>();
  for (const commit of text.split('\0')) {
    const lines = commit.split('\n');
    const date = lines[0]!.trim();
    if (!date) continue;
    for (let i = 1; i < lines.length; i++) {
      const file = lines[i]!.trim();
      if (!file.endsWith('.md')) continue;
      const id = path.posix.basename(file, '.md');
      const seen = dates.get(id);
      if (seen) seen.added = date;
      else dates.set(id, { added: date, changed: date });
    }
  }
  return dates;
}

/** The dates git knows for the listing files under `listingsDir`. */
export async function listingHistory(listingsDir: string): Promise<ListingHistory> {
  const none = (source: HistorySource): ListingHistory => ({ source, dates: new Map() });
  let facts: string[];
  try {
    facts = (await git(listingsDir, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'])).split('\n');
  } catch (error) {
    // git exits 128 outside a repository; a missing git is ENOENT.
    return none((error as { code?: unknown }).code === 128 ? 'not-a-work-tree' : 'no-git');
  }
  if (facts[0]?.trim() !== 'true') return none('not-a-work-tree');
  if (facts[1]?.trim() !== 'false') return none('shallow');
  let log: string;
  try {
    log = await git(listingsDir, [
      '-c',
      'core.quotePath=false',
      'log',
      // A change that came in through a merge is dated by the merge, the day it reached
      // the branch being built, not the day it was written on another branch.
      '--first-parent',
      '-m',
      // A moved or renamed file is a new id and a new page: count it as added where it now is.
      '--no-renames',
      '--format=%x00%cI',
      '--name-only',
      // Only changes inside the folder, named relative to it. Not a pathspec (`-- .`): that
      // makes git simplify history by diffing every commit once more, which doubles the
      // time on a folder of 50,000 files.
      '--relative',
    ]);
  } catch {
    // A repository without a single commit yet.
    return none('untracked');
  }
  const dates = parseGitLog(log);
  return dates.size > 0 ? { source: 'git', dates } : none('untracked');
}
