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
