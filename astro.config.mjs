// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from './scripts/service-worker.ts';
import { LOCAL_ADDRESS, MISSING_ADDRESS_MESSAGE, resolvePublicAddress } from './src/lib/content/public-address.ts';
import { stripMetaCalls } from './src/lib/build/strip-schema-meta.ts';

// The public address comes from site.yaml's `siteUrl` (SITE_URL and BASE_PATH
// override it), so every link, QR code and calendar file goes through it and
// the same build can serve from a domain root or a sub-path.
const address = resolvePublicAddress(process.env);

export default defineConfig({
  // Builds keep their content data store in the cache folder; ASTRO_CACHE_DIR gives a build its own,
  // so builds at once (a test's beside someone's npm run build) never read each other's half-written store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: address.site ?? LOCAL_ADDRESS,
  base: address.base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [
    react(),
    {
      // Dev and preview may use localhost; a build that would print it on paper may not.
      name: 'require-public-address',
      hooks: {
        'astro:config:setup': ({ command }) => {
          if (command === 'build' && address.site === undefined) throw new Error(MISSING_ADDRESS_MESSAGE);
        },
      },
    },
    {
      // The offline shell's service worker, over the finished site (scripts/service-worker.ts).
      name: 'service-worker',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
          for (const warning of warnings) logger.warn(warning);
          logger.info(`sw.js precaches ${count} files, ${size} bytes`);
        },
      },
    },
  ],
  devToolbar: { enabled: false },
  // Nothing is fetched ahead of a click: pages stay private and light.
  prefetch: false,
  vite: {
    plugins: [
      {
        // The browser's zod: the schema files' calls on zod/mini, the same core and issues without
        // full zod's method library (src/schema/zod-browser.ts). The server keeps full zod.
        name: 'zod-mini-in-the-browser',
        enforce: 'pre',
        resolveId: {
          filter: { id: /^astro\/zod$/ },
          handler() {
            if (this.environment?.config.consumer !== 'client') return null;
            return fileURLToPath(new URL('./src/schema/zod-browser.ts', import.meta.url));
          },
        },
      },
      {
        // The browser's copy of the listing schema: the same rules, without the field descriptions it never reads.
        name: 'schema-without-docs-in-the-browser',
        transform: {
          filter: { id: /[\\/]src[\\/]schema[\\/][^\\/]+\.ts$/ },
          handler(code) {
            if (this.environment?.config.consumer !== 'client') return null;
            return { code: stripMetaCalls(code), map: null };
          },
        },
      },
    ],
  },
});
