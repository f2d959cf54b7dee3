/** The built site as files: every page's URL path, and every file's text. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function allFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** URL paths of every HTML page, relative to the site root: '', 'listings/', 'listings/x/', '404.html'. */
export async function pagePaths(dist: string): Promise<string[]> {
  return (await allFiles(dist))
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.relative(dist, f).split(path.sep).join('/'))
    .map((rel) => (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel))
    .sort();
}

export async function readAllText(dist: string): Promise<Array<{ file: string; text: string }>> {
  const files = await allFiles(dist);
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}
