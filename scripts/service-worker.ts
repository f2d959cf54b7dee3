/**
 * Writes the service worker into a built site: bundles
 * src/components/offline/sw.ts with esbuild and lets workbox-build's
 * injectManifest() list the shell to precache, each file with its revision.
 * Only the shell: CSS, scripts, icons, the offline pages and the few pages a
 * family needs first, in every locale. Listing and school pages are never
 * precached — there may be tens of thousands — nor map tiles.
 */
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { globSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LOCALE_FOLDERS = ['', 'en/', 'easy/'];
const PAGES = ['', 'consultation/', 'listings/', 'print/', 'offline/'];

/** The shell's own files, relative to the built site; the CSS and scripts they need are found from them. */
export const SHELL_PATTERNS = [
  'icons/*.png',
  'favicon.svg',
  'manifest.webmanifest',
  // The directory's search manifest and shards, so it searches every listing offline.
  'search/*.json',
  'help/*/index.html',
  'languages/index.html',
  ...LOCALE_FOLDERS.flatMap((folder) => [
    ...PAGES.map((page) => `${folder}${page}index.html`),
    `${folder}print-data.json`,
  ]),
];

function shellPages(dist: string): string[] {
  return SHELL_PATTERNS.filter((p) => p.endsWith('.html')).flatMap((p) => globSync(p, { cwd: dist }));
}

export interface WorkerResult {
  count: number;
  size: number;
  warnings: string[];
}

/**
 * The CSS and scripts the shell pages name, and the chunks those scripts
 * import (a locale's words are loaded on demand): not every island of the
 * site, so a map page's Leaflet stays out unless a shell page uses it.
 */
async function shellAssets(dist: string, pages: string[]): Promise<string[]> {
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    if (file.endsWith('.js')) queue.push(file);
  };
  for (const page of pages) {
    const html = await readFile(path.join(dist, page), 'utf8');
    for (const match of html.matchAll(/_astro\/([\w.-]+\.(?:css|js))/g)) add(`_astro/${match[1]}`);
  }
  while (queue.length > 0) {
    const js = await readFile(path.join(dist, queue.pop()!), 'utf8');
    for (const match of js.matchAll(/["'`](?:\.\/|[^"'`]*_astro\/)([\w.-]+\.(?:css|js))["'`]/g))
      add(`_astro/${match[1]}`);
  }
  return [...found].sort();
}

export async function writeServiceWorker(dist: string): Promise<WorkerResult> {
  const temp = await mkdtemp(path.join(tmpdir(), 'sw-'));
  try {
    const swSrc = path.join(temp, 'sw.js');
    await build({
      entryPoints: [path.join(import.meta.dirname, '../src/components/offline/sw.ts')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      outfile: swSrc,
      // Workbox's own debug logging stays out of the published worker.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    return await injectManifest({
      swSrc,
      swDest: path.join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: [...SHELL_PATTERNS, ...(await shellAssets(dist, shellPages(dist)))],
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
