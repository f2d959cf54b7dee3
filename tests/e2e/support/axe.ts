/** axe audits at WCAG 2.2 AA, in pages whose requests off this machine (map tiles) fail at once. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { newPage } from '../../../scripts/browser.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** School pages and their embeds draw a small map once the page works. */
export const SCHOOL_PAGE = /^(embed\/)?schools\/[^/]+\/$/;

/**
 * The roots of the scripts that change a page after it loads. Each marks its root
 * `data-ready="true"` once it has drawn what it adds (buttons, badges, results, maps),
 * so an audit sees the page as a reader meets it, not whatever state loading had reached.
 */
export const SCRIPT_ROOTS = [
  '[data-directory]',
  '[data-agenda-page]',
  '[data-next-dates]',
  '[data-print-page]',
  '[data-school-map]',
  '[data-gap-map]',
  '[data-gap-table]',
];

/**
 * Waits until the language choice has run (pages with the language bar, whose offer and
 * furigana toggle appear late) and every script root on the page says it is ready.
 */
export async function whenScriptsReady(page: Page): Promise<void> {
  await page.waitForFunction(
    (roots) =>
      (!document.querySelector('[data-locale-choice]') || document.documentElement.dataset.languageReady === 'true') &&
      roots.every((root) =>
        [...document.querySelectorAll<HTMLElement>(root)].every((el) => el.dataset.ready === 'true'),
      ),
    SCRIPT_ROOTS,
  );
}

export async function openOffline(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const { page } = await newPage(browser, options);
  // Tiles (and anything else off this machine) fail at once, as when offline.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return page;
}

/**
 * An axe run in the page itself that reports violations only. The builder's default
 * (runPartial, then finishRun in a blank page of its own) exists for cross-origin
 * frames, which no page here has; it costs twice the audit, and every page is audited.
 */
export function axeFor(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
}

/** axe's findings on the page as it is now, one line each, prefixed with where and in which state. */
export async function audit(page: Page, where: string, leaveOut: string[] = []): Promise<string[]> {
  const builder = axeFor(page).withTags(TAGS);
  for (const selector of leaveOut) builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
