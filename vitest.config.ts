import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some tests start the command-line scripts; on a busy 2-core machine that can take seconds.
          testTimeout: 60_000,
        },
      },
      {
        // The schema and submission tests again, on the browser's zod (src/schema/zod-browser.ts, which
        // astro.config.mjs swaps in for the client bundle): the form must judge a draft as the validator does.
        resolve: { alias: { 'astro/zod': fileURLToPath(new URL('./src/schema/zod-browser.ts', import.meta.url)) } },
        test: {
          name: 'unit-browser-zod',
          include: [
            'tests/unit/schema.test.ts',
            'tests/unit/content-{messages,fixtures,robustness}.test.ts',
            'tests/unit/submission-*.test.ts',
            'tests/unit/{issue-to-listing,field-catalogue,problems,import-rows,typed-values,help-lines}.test.ts',
            'tests/unit/privacy-public-draft.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser, pages driven in sequence: two cores are shared with the static server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // expect.poll waits for a state; its default second is too short for a busy 2-core machine.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
