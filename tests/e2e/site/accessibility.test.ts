/**
 * Holds for any content: every built page passes axe at WCAG 2.2 A and AA
 * (with axe's best practices) once its scripts have drawn what they add (school
 * maps, sort buttons, badges), with map tiles failing. One test per page, so each has its own time limit however many
 * pages the site has and however busy the machine is, and a failure names its page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../../scripts/browser.ts';
import { SCHOOL_PAGE, audit, openOffline, whenScriptsReady } from '../support/axe.ts';
import { pagePaths } from '../support/site-files.ts';

const siteUrl = inject('siteUrl');
const paths = await pagePaths(inject('distDir'));
let browser: Browser;
/** The page every built page is audited in, one after another. */
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openOffline(browser);
});
afterAll(() => browser?.close());

it('audits every kind of page', () => {
  for (const pathname of ['', 'listings/', 'schedule/', 'schools/', 'submit/', 'print/', 'consultation/', 'referral/'])
    expect(paths).toContain(pathname);
  expect(paths.some((p) => p.startsWith('listings/') && p !== 'listings/')).toBe(true);
  expect(paths.some((p) => SCHOOL_PAGE.test(p))).toBe(true);
});

it.each(paths)('/%s passes axe at WCAG 2.2 AA', async (pathname) => {
  await page.goto(`${siteUrl}${pathname}`);
  await whenScriptsReady(page);
  expect(await audit(page, pathname)).toEqual([]);
});
