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
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP', timezoneId });
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

  it('after closing time on that Saturday, in Tokyo: finished for today', async () => {
    const during = await readAt('2026-12-12T13:30:00+09:00', 'otori-minna-shokudo');
    expect(during.badge).toBe('本日開催');
    const after = await readAt('2026-12-12T14:00:00+09:00', 'otori-minna-shokudo');
    expect(after.badge).toBe('本日は終了しました');
    // 05:30 UTC is 14:30 in Tokyo, whatever the browser's own time zone.
    const abroad = await readAt('2026-12-12T05:30:00Z', 'otori-minna-shokudo', 'America/Los_Angeles');
    expect(abroad.badge).toBe('本日は終了しました');
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

describe('dated notices in the browser', () => {
  async function openAt(instant: string, id: string) {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.clock.setFixedTime(new Date(instant));
    const page = await context.newPage();
    await page.goto(`${siteUrl}listings/${id}/`);
    await page.waitForSelector('[data-next-dates][data-ready="true"]');
    return { page, close: () => context.close() };
  }

  it('warn about unconfirmed information once it is due, not only when built', async () => {
    // matsubokkuri-hiroba was confirmed on 2026-11-16; the site warns after 12 months.
    const fresh = await openAt('2026-12-01T10:00:00+09:00', 'matsubokkuri-hiroba');
    await expect(fresh.page.locator('[data-stale-warning]').isVisible()).resolves.toBe(false);
    await fresh.close();
    const old = await openAt('2027-12-01T10:00:00+09:00', 'matsubokkuri-hiroba');
    await expect(old.page.locator('[data-stale-warning]').isVisible()).resolves.toBe(true);
    await expect(old.page.locator('[data-stale-warning]').textContent()).resolves.toContain(
      '12か月以上確認されていません',
    );
    await old.close();
  });

  it('drop extra dates that have passed, and the heading with the last of them', async () => {
    const mid = await openAt('2027-01-01T10:00:00+09:00', 'matsubokkuri-hiroba');
    const items = mid.page.locator('[data-dated-list] li');
    await expect(items.first().isVisible()).resolves.toBe(false);
    await expect(items.nth(1).isVisible()).resolves.toBe(true);
    await mid.close();
    const after = await openAt('2027-02-01T10:00:00+09:00', 'matsubokkuri-hiroba');
    await expect(after.page.getByRole('heading', { name: '臨時の開催日' }).isVisible()).resolves.toBe(false);
    await after.close();
  });

  it('offer the calendar file, which calendar apps can open', async () => {
    const { page, close } = await openAt('2026-12-01T10:00:00+09:00', 'matsubokkuri-hiroba');
    const link = page.getByRole('link', { name: 'カレンダーに追加（.ics）' });
    const target = new URL((await link.getAttribute('href'))!, page.url());
    const response = await fetch(target);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await response.text()).toContain('BEGIN:VEVENT');
    await close();
  });
});
