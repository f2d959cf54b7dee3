/**
 * Nothing that appears late moves the page: on each page the Lighthouse budget
 * names (npm run bench prints the scores), plus the other languages' twins, the
 * layout shifts from opening the page until its scripts say they are ready add
 * up to at most 0.05 (Lighthouse's "good" is 0.1). The page's own scripts are
 * held back until it has painted, so what they reveal always comes after the
 * first paint, as on a slow phone, however fast this machine is.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';
import { lighthousePaths } from '../../scripts/bench-lighthouse.ts';
import { openOffline, whenScriptsReady } from './support/axe.ts';

const siteUrl = inject('siteUrl');
const budgetPaths = await lighthousePaths(inject('distDir'));
const paths = [
  ...budgetPaths,
  '/easy/',
  '/easy/listings/',
  '/easy/submit/',
  '/en/submit/',
  ...budgetPaths.filter((p) => p.startsWith('/schools/')).map((p) => `/easy${p}`),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Shift {
  value: number;
  sources: string[];
}

/** Records every layout shift not caused by input, from before the page's first byte. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Array<{ value: number; sources: string[] }> = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node }> };
    const keep = (entries: PerformanceEntry[]) => {
      for (const entry of entries as Entry[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) =>
            s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}` : '?',
          ),
        });
      }
    };
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    (window as unknown as { flushShifts: () => void }).flushShifts = () => keep(observer.takeRecords());
  });
}

it('checks the pages the Lighthouse budget names', () => {
  expect(budgetPaths).toEqual(
    expect.arrayContaining(['/', '/listings/', '/schedule/', '/submit/', '/gaps/', '/en/', '/en/listings/']),
  );
  expect(budgetPaths.some((p) => /^\/schools\/[^/]+\/$/.test(p))).toBe(true);
});

it.each(paths)('%s shifts its layout by at most 0.05 while it loads', async (pathname) => {
  const page = await openOffline(browser, { viewport: { width: 412, height: 823 } });
  try {
    await recordShifts(page);
    // The page's scripts wait until it has painted once: what they reveal then shows as a shift if it moves anything.
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await page
        .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
        .catch(() => undefined);
      await route.continue();
    });
    await page.goto(new URL(pathname.slice(1), siteUrl).href);
    await whenScriptsReady(page);
    if (pathname.endsWith('/submit/')) await page.waitForSelector('[data-submit][data-ready="true"]');
    // Two frames, so the last changes are laid out and reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => {
      (window as unknown as { flushShifts: () => void }).flushShifts();
      return (window as unknown as { layoutShifts: Shift[] }).layoutShifts;
    });
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(
      total,
      `shifts: ${shifts.map((s) => `${s.value.toFixed(3)} (${s.sources.join(', ')})`).join('; ')}`,
    ).toBeLessThanOrEqual(0.05);
  } finally {
    await page.context().close();
  }
});
