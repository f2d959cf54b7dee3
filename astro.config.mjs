// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a
// sub-path (GitHub Pages project sites): every link goes through `base`.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [react()],
  devToolbar: { enabled: false },
  // Nothing is fetched ahead of a click: pages stay private and light.
  prefetch: false,
});
