/**
 * 「今週・来週の予定」: the next 14 days grouped by day, computed in the browser
 * for the day it is read (clock fixed), with the directory's filters applied,
 * and the build's version when JavaScript is off.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openAt(instant: string, path = 'schedule/') {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  await context.clock.setFixedTime(new Date(instant));
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`);
  return { page, close: () => context.close() };
}

async function readyAgenda(page: Page) {
  await page.waitForSelector('[data-agenda-page][data-ready="true"]');
}

/** Each day's heading and the names listed under it. */
async function days(page: Page): Promise<Array<{ heading: string; names: string[]; metas: string[] }>> {
  return page.locator('.agenda__day').evaluateAll((sections) =>
    sections.map((section) => ({
      heading: section.querySelector('h2')!.textContent!.trim(),
      names: [...section.querySelectorAll('.agenda__entry a')].map((a) => a.textContent!.trim()),
      metas: [...section.querySelectorAll('.agenda__meta')].map((m) => m.textContent!.trim()),
    })),
  );
}

describe('the 14-day agenda', () => {
  it('starts today on a 2nd Saturday, with that day’s cafeteria, and covers 14 days', async () => {
    const { page, close } = await openAt('2026-12-12T08:00:00+09:00');
    await readyAgenda(page);
    const found = await days(page);
    expect(found).toHaveLength(14);
    expect(found[0]!.heading).toBe('今日 12月12日（土）');
    expect(found[1]!.heading).toBe('明日 12月13日（日）');
    expect(found[13]!.heading).toBe('12月25日（金）');
    expect(found[0]!.names).toContain('おおとりみんな食堂');
    // Its 4th Saturday, 26 December, is a closed date, and falls outside the window anyway.
    await expect(page.locator('[data-agenda-note]').textContent()).resolves.toContain('2026年12月12日（今日）から');
    await close();
  });

  it('leaves a listing closed on holidays out of the holiday', async () => {
    const { page, close } = await openAt('2026-11-23T08:00:00+09:00');
    await readyAgenda(page);
    const found = await days(page);
    expect(found[0]!.heading).toBe('今日 11月23日（月）');
    expect(found[0]!.names).not.toContain('西区こども家庭センター');
    expect(found[1]!.names).toContain('西区こども家庭センター');
    await close();
  });

  it('takes the directory’s filters: from the list to the agenda of cafeterias only', async () => {
    const { page, close } = await openAt('2026-12-12T08:00:00+09:00', 'listings/');
    await page.waitForSelector('[data-directory][data-ready="true"]');
    await page.locator('[data-filters] summary').click();
    await page.getByRole('checkbox', { name: '子ども食堂' }).check();
    const link = page.locator('[data-agenda-link]');
    await expect(link.textContent()).resolves.toContain('この条件の場所の');
    await link.click();
    await readyAgenda(page);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['kodomo-shokudo']);
    const metas = (await days(page)).flatMap((d) => d.metas);
    expect(metas.length).toBeGreaterThan(5);
    for (const meta of metas) expect(meta.startsWith('子ども食堂')).toBe(true);
    await expect(page.locator('[data-agenda-filters]').isVisible()).resolves.toBe(true);
    const change = await page.locator('[data-agenda-change]').getAttribute('href');
    expect(change).toContain('kind=kodomo-shokudo');
    await close();
  });

  it('shows the build’s agenda without JavaScript', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}schedule/`);
    const found = await days(page);
    expect(found).toHaveLength(14);
    expect(found.flatMap((d) => d.names).length).toBeGreaterThan(10);
    await expect(page.locator('[data-agenda-note]').textContent()).resolves.toContain('時点の予定です');
    await page.context().close();
  });
});
