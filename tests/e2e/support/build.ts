/** Runs the real `astro build`, as `npm run build` does, and reports its output. */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Vitest exposes Vite's own import.meta.env values (BASE_URL, MODE, ...) as
 * environment variables; a child build would read them back and ignore the
 * configured `base`. The build gets the environment a shell would give it.
 */
function shellEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Astro keeps a build's intermediate files beside its output when the output
 * is inside the project, and in the project's one shared `.astro/` folder
 * otherwise, where two builds at once (a test's and someone's `npm run build
 * -- --outDir /tmp/…`) overwrite each other's files. So a build for a folder
 * elsewhere is made in the project's ignored tmp/ folder and copied there.
 */
export async function astroBuild(options: { outDir: string; env?: Record<string, string> }): Promise<BuildResult> {
  const outDir = path.resolve(options.outDir);
  if (!path.relative(ROOT, outDir).startsWith('..')) return build(outDir, options.env);
  await mkdir(path.join(ROOT, 'tmp'), { recursive: true });
  const staging = await mkdtemp(path.join(ROOT, 'tmp', 'build-'));
  try {
    const result = await build(staging, options.env);
    if (result.code === 0) {
      await rm(outDir, { recursive: true, force: true });
      await cp(staging, outDir, { recursive: true });
    }
    return result;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function build(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  // Its own content cache too (astro.config.mjs), beside the output: the shared one is rewritten by every build.
  const cacheDir = path.join(ROOT, 'tmp', `cache-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        // The demo content and its own address unless a test says otherwise: tests know the demo's facts.
        env: {
          ...shellEnvironment(),
          ASTRO_TELEMETRY_DISABLED: '1',
          CONTENT_DIR: path.join(ROOT, 'content'),
          SITE_URL: '',
          BASE_PATH: '',
          ASTRO_CACHE_DIR: cacheDir,
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      void rm(cacheDir, { recursive: true, force: true }).finally(() => resolve({ code: code ?? 1, output }));
    });
  });
}
