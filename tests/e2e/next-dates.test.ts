/**
 * Next dates and the today/this-week badge are computed in the browser for
 * the day the page is read, whatever day the site was built — checked with
 * the browser clock fixed to chosen days.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function readAt(instant: string, id: string, timezoneId = 'Asia/Tokyo') {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId });
  await context.clock.setFixedTime(new Date(instant));
  const page = await context.newPage();
  await page.goto(`${siteUrl}listings/${id}/`);
  await page.waitForSelector('[data-next-dates][data-ready="true"]');
  const dates = await page.locator('[data-next-list] li').allTextContents();
  const badge = (await page.locator('[data-day-badge]').isVisible())
    ? await page.locator('[data-day-badge]').textContent()
    : null;
  await context.close();
  return { dates, badge };
}

describe('next dates in the browser', () => {
  it('on a 2nd Saturday: open today, skipping the closed 4th Saturday', async () => {
    // otori-minna-shokudo: 2nd and 4th Saturdays, closed 2026-12-26.
    const { dates, badge } = await readAt('2026-12-12T09:00:00+09:00', 'otori-minna-shokudo');
    expect(badge).toBe('本日開催');
    expect(dates).toEqual(['12月12日（土） 11:00〜14:00', '1月9日（土） 11:00〜14:00', '1月23日（土） 11:00〜14:00']);
  });

  it('earlier in the same week: open this week', async () => {
    const { badge } = await readAt('2026-12-08T20:00:00+09:00', 'otori-minna-shokudo');
    expect(badge).toBe('今週開催');
  });

  it('on a public holiday: a weekday window closed on holidays opens the next day', async () => {
    // 2026-11-23 is 勤労感謝の日 (Monday); the centre opens on weekdays, closed on holidays.
    const { dates, badge } = await readAt('2026-11-23T10:00:00+09:00', 'nishi-kodomo-katei-center');
    expect(badge).toBe('今週開催');
    expect(dates[0]).toBe('11月24日（火） 9:00〜17:30');
  });

  it('on New Year’s Eve, in Tokyo time even for a browser in Los Angeles', async () => {
    // 2026-12-31 08:00 in Los Angeles is already 2027-01-01 01:00 in Tokyo (元日, a holiday).
    const { dates } = await readAt('2026-12-31T08:00:00-08:00', 'nishi-kodomo-katei-center', 'America/Los_Angeles');
    expect(dates[0]).toBe('1月4日（月） 9:00〜17:30');
  });
});
