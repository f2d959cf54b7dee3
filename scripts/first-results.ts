/**
 * What the directory fetched before it painted its first results, read the
 * same way by the bench (scripts/bench-browser.ts) and the browser tests: the
 * page's fetches, taken the moment `data-first-results` is set, before the
 * other shards load in the background.
 */
import type { Page } from 'playwright-core';

/** Opens `url` in `page` and returns the full URLs fetched until its first results were marked. */
export async function fetchesBeforeFirstResults(page: Page, url: string, timeout?: number): Promise<string[]> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.querySelector<HTMLElement>('[data-directory]');
      if (root?.dataset.firstResults !== 'true') return;
      observer.disconnect();
      root.dataset.fetchedFirst = JSON.stringify(
        performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch')
          .map((e) => e.name),
      );
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-first-results'] });
  });
  await page.goto(url);
  await page.waitForSelector('[data-directory][data-fetched-first]', timeout === undefined ? {} : { timeout });
  return JSON.parse((await page.getAttribute('[data-directory]', 'data-fetched-first'))!) as string[];
}
