/**
 * Touch targets of links (WCAG 2.2, 2.5.8): a link that stands alone — alone
 * in its paragraph or list item, or in navigation or a breadcrumb trail — is
 * at least 24 px tall. Links inside a sentence fall under WCAG's exception.
 */
import type { Page } from 'playwright-core';

/** A phone's width and a desktop's: the layouts where a link's height can differ. */
export const TARGET_WIDTHS = [360, 1280] as const;

/** The standalone links under 24 px tall on the page as it is laid out now, one line each. */
export function shortStandaloneLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const BLOCKS = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, div, figcaption, summary, legend, label';
    // Words and numbers, without spaces, punctuation and symbols such as ・ ＞ （ ）.
    const words = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');
    const out: string[] = [];
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const boxes = [...link.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (boxes.length === 0) continue;
      // Alone in its paragraph or list item, or in navigation or a breadcrumb trail: WCAG's
      // exception for links inside a sentence does not apply.
      const block = link.parentElement?.closest(BLOCKS);
      const alone = !!block && words(block.textContent ?? '') === words(link.textContent ?? '');
      const inNavigation = !!link.closest('nav, .breadcrumb, .breadcrumbs');
      if (!alone && !inNavigation) continue;
      const height = Math.min(...boxes.map((r) => r.height));
      if (height < 24) out.push(`"${(link.textContent ?? '').trim().slice(0, 30)}" ${height.toFixed(1)} px`);
    }
    return out;
  });
}
