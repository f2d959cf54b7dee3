/** An axe audit of every built page: no violations, at the default rule set (WCAG A/AA and best practices). */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { pagePaths } from './support/site-files.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Pages audited at once: one per core on the 2-core machines this runs on. */
const WORKERS = 2;

it('every page passes axe with no violations', async () => {
  const paths = await pagePaths(inject('distDir'));
  expect(paths.length).toBeGreaterThan(10);
  const failures: string[] = [];
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const { page } = await newPage(browser);
      for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
        await page.goto(`${siteUrl}${pathname}`);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations) {
          failures.push(
            `${pathname}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        }
      }
      await page.context().close();
    }),
  );
  expect(failures.sort()).toEqual([]);
}, 600_000);
