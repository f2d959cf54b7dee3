/**
 * Holds for any content, for every built page, each opened once (a walk of
 * every page is the costliest part of the tests, so it is walked once for all
 * that holds on every page):
 * - it asks nothing of any host but this one and the map tiles of site.yaml
 *   (privacy: no tracker, font or script from elsewhere), from loading to the
 *   end of its checks, so what its scripts fetch later is seen too;
 * - it passes axe at WCAG 2.2 A and AA (with axe's best practices) once its
 *   scripts have drawn what they add (school maps, sort buttons, badges), with
 *   map tiles failing;
 * - its standalone links are at least 24 px tall at a phone's width and a
 *   desktop's (WCAG 2.2, 2.5.8). One test per page, so each has its own time limit however many
 * pages the site has and however busy the machine is, and a failure names its page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../../scripts/browser.ts';
import { loadContent } from '../../../src/lib/content/load-content.ts';
import { SCHOOL_PAGE, audit, openOffline, whenScriptsReady } from '../support/axe.ts';
import { pagePaths } from '../support/site-files.ts';
import { TARGET_WIDTHS, shortStandaloneLinks } from '../support/touch-targets.ts';

const siteUrl = inject('siteUrl');
const paths = await pagePaths(inject('distDir'));
let browser: Browser;
/** The page every built page is audited in, one after another. */
let page: Page;
/** Pages are audited at a desktop's width; a phone's is measured for touch targets, then the desktop's restored. */
const DESKTOP = TARGET_WIDTHS[TARGET_WIDTHS.length - 1]!;

/** Every request the page made since the current page began to load. */
const requests: URL[] = [];
const ownHost = new URL(siteUrl).host;
let tileHost: string;

beforeAll(async () => {
  const content = await loadContent(inject('contentDir'));
  tileHost = new URL(content.site!.tiles.url.replace(/\{[a-z]\}/g, '0')).host;
  browser = await launchBrowser();
  // Requests off this machine fail at once (tiles cannot load here), but each is still seen as asked.
  page = await openOffline(browser, { viewport: { width: DESKTOP, height: 900 } });
  page.on('request', (request) => requests.push(new URL(request.url())));
});
afterAll(() => browser?.close());

it('audits every kind of page', () => {
  for (const pathname of ['', 'listings/', 'schedule/', 'schools/', 'submit/', 'print/', 'consultation/', 'referral/'])
    expect(paths).toContain(pathname);
  expect(paths.some((p) => p.startsWith('listings/') && p !== 'listings/')).toBe(true);
  expect(paths.some((p) => SCHOOL_PAGE.test(p))).toBe(true);
});

// One test per page, so each has its own time limit however many pages (and languages) the site has.
it.each(paths)('/%s asks only this site and the map tiles, passes axe and has tall enough links', async (pathname) => {
  requests.length = 0;
  await page.goto(`${siteUrl}${pathname}`);
  await whenScriptsReady(page);
  expect(await audit(page, pathname)).toEqual([]);
  const short: string[] = [];
  // Desktop last, so the next page opens at the width it is audited at.
  for (const width of TARGET_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    short.push(...(await shortStandaloneLinks(page)).map((found) => `at ${width} px: ${found}`));
  }
  expect(short).toEqual([]);

  // Checked last, so that what the page's scripts fetched while it was audited and resized counts.
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => url.host !== ownHost && url.host !== tileHost).map((url) => url.href)).toEqual([]);
  // Tile requests carry nothing but tile coordinates.
  for (const url of requests.filter((u) => u.host === tileHost))
    expect(url.pathname).toMatch(/^[/a-z]*\/\d+\/\d+\/\d+\.png$/);
});
