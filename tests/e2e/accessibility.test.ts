/** An axe audit of every built page: no violations, at the default rule set (WCAG A/AA and best practices). */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { pagePaths } from './support/site-files.ts';

const siteUrl = inject('siteUrl');
// One test per page, so that each has its own time limit however many pages
// the site has and however busy the machine is, and a failure names its page.
const paths = await pagePaths(inject('distDir'));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await newPage(browser));
});
afterAll(() => browser?.close());

it('audits every kind of page', () => {
  expect(paths.length).toBeGreaterThan(10);
  for (const pathname of ['', 'listings/', 'kinds/ibasho/', 'schedule/', 'schools/', 'submit/', 'print/'])
    expect(paths).toContain(pathname);
});

it.each(paths)('/%s passes axe with no violations', async (pathname) => {
  await page.goto(`${siteUrl}${pathname}`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
});
