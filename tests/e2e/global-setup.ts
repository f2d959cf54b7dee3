/**
 * Builds the site once, with the real `astro build`, and serves the result on
 * loopback for every end-to-end test. The tests know the demo's facts, so they
 * build the bundled demo content whatever CONTENT_DIR, SITE_URL or BASE_PATH
 * say. `npm run check:content` sets CHECK_CONTENT_DIR instead, to build a
 * ward's own content for the checks in tests/e2e/site/, which hold for any content.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, astroBuild } from './support/build.ts';
import { serveStatic } from '../../scripts/static-server.ts';

/** The demo's build, which `npm run preview` also serves; a ward's check builds beside it. */
const DEMO_DIST = path.join(ROOT, 'dist');
const CHECK_DIST = path.join(ROOT, 'dist-check');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
    /** The content folder the site was built from. */
    contentDir: string;
  }
}

export default async function setup(project: TestProject) {
  const checked = process.env.CHECK_CONTENT_DIR;
  const contentDir = checked ? path.resolve(checked) : path.join(ROOT, 'content');
  // A ward's own address stays as its site.yaml or environment says; the demo's is fixed.
  const env: Record<string, string> = checked
    ? { CONTENT_DIR: contentDir, SITE_URL: process.env.SITE_URL ?? '', BASE_PATH: '' }
    : { CONTENT_DIR: contentDir };
  const dist = checked ? CHECK_DIST : DEMO_DIST;
  const result = await astroBuild({ outDir: dist, env });
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
  const server = await serveStatic(dist);
  project.provide('siteUrl', server.url);
  project.provide('distDir', dist);
  project.provide('contentDir', contentDir);
  return () => server.close();
}
