/** The directory's results as a reader gets to all of them: 「さらに表示」 pressed until none are left. */
import type { Page } from 'playwright-core';

/** Presses 「さらに表示」 until every result is shown. */
export async function showEveryResult(page: Page): Promise<void> {
  const more = page.locator('[data-show-more]');
  while (await more.isVisible()) await more.click();
}
