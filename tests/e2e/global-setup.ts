/**
 * Builds the site from the demo content once, with the real `astro build`,
 * and serves the result on loopback for every end-to-end test.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, astroBuild } from './support/build.ts';
import { serveStatic } from '../../scripts/static-server.ts';

export const DIST = path.join(ROOT, 'dist');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const result = await astroBuild({ outDir: DIST });
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
  const server = await serveStatic(DIST);
  project.provide('siteUrl', server.url);
  project.provide('distDir', DIST);
  return () => server.close();
}
