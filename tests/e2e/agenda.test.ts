/**
 * 「今週・来週の予定」: the next 14 days grouped by day, computed in the browser
 * for the day it is read (clock fixed), with the directory's filters applied,
 * and the build's version when JavaScript is off.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { addDays } from '../../src/core/civil-date.ts';
import { AGENDA_AHEAD_DAYS } from '../../src/lib/schedule/agenda.ts';

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
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${siteUrl}${path}`);
  return { page, fetched, close: () => context.close() };
}

/** The day the site was built, as its agenda page says. */
async function builtOn(): Promise<string> {
  const { page } = await newPage(browser, { javaScriptEnabled: false });
  await page.goto(`${siteUrl}schedule/`);
  const date = (await page.locator('[data-agenda-page]').getAttribute('data-built-on'))!;
  await page.context().close();
  return date;
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

  /** The first day that lists only some of its sessions, by its heading's id (it stays the same day once expanded). */
  async function busyDay(page: Page) {
    const id = await page
      .locator('.agenda__day', { has: page.locator('.agenda__show-all') })
      .first()
      .getAttribute('aria-labelledby');
    expect(id).not.toBeNull();
    return page.locator(`.agenda__day[aria-labelledby="${id}"]`);
  }

  /** Presses the day's button and waits until the day lists `count` sessions with focus on one of them. */
  async function showAll(page: Page, day: Locator, count: number) {
    await day.locator('[data-agenda-show-all]').click();
    const id = await day.getAttribute('aria-labelledby');
    await page.waitForFunction(
      ([dayId, n]) => {
        const section = document.querySelector(`.agenda__day[aria-labelledby="${dayId}"]`);
        return (
          section?.querySelectorAll('.agenda__entry').length === n &&
          section.contains(document.activeElement) &&
          document.activeElement?.closest('.agenda__entry') !== null
        );
      },
      [id, count] as const,
    );
  }

  const perDayOf = async (page: Page) =>
    (JSON.parse((await page.locator('[data-agenda-page]').getAttribute('data-config'))!) as { perDay: number }).perDay;

  it('lists a busy day’s first sessions, says how many more, and lists them all on request', async () => {
    const { page, close } = await openAt('2026-12-12T08:00:00+09:00');
    await readyAgenda(page);
    const perDay = await perDayOf(page);
    const day = await busyDay(page);
    await expect(day.locator('.agenda__entry').count()).resolves.toBe(perDay);
    const more = Number((await day.locator('.agenda__more').textContent())!.match(/ほかに (\d+) 件/)![1]);
    expect(more).toBeGreaterThan(0);
    await expect(day.getByRole('button').textContent()).resolves.toBe(`この日の予定をすべて表示（ほか ${more} 件）`);
    await showAll(page, day, perDay + more);
    await expect(day.locator('.agenda__more, .agenda__show-all').count()).resolves.toBe(0);
    // Focus is on the first session added, so a keyboard or screen-reader user reads on from there.
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe((await day.locator('.agenda__entry a').nth(perDay).textContent())!.trim());
    await close();
  });

  it('lists the rest of a busy day from the build’s own agenda too, when read on the day it was built', async () => {
    const { page, close } = await openAt(`${await builtOn()}T12:00:00+09:00`);
    await readyAgenda(page);
    const day = await busyDay(page);
    const more = Number((await day.locator('.agenda__more').textContent())!.match(/ほかに (\d+) 件/)![1]);
    await expect(day.getByRole('button').isVisible()).resolves.toBe(true);
    await showAll(page, day, (await perDayOf(page)) + more);
    await close();
  });

  it('draws a day of the month after the build from the build’s days ahead, the same as from every rule', async () => {
    const later = addDays(await builtOn(), 10);
    const ahead = await openAt(`${later}T08:00:00+09:00`);
    await readyAgenda(ahead.page);
    const drawn = await days(ahead.page);
    expect(ahead.fetched).toContain('/agenda-ahead.json');
    expect(ahead.fetched).not.toContain('/agenda-data.json');
    // A district no school has is a filter that keeps every listing: the days come from their rules.
    const rules = await openAt(`${later}T08:00:00+09:00`, 'schedule/?district=no-such-school');
    await readyAgenda(rules.page);
    expect(rules.fetched).toContain('/agenda-data.json');
    expect(drawn).toHaveLength(14);
    expect(drawn[0]!.heading).toMatch(/^今日 /);
    expect(drawn.flatMap((d) => d.names).length).toBeGreaterThan(10);
    expect(drawn).toEqual(await days(rules.page));
    await rules.close();
    // A busy day's full list needs the rules, and only then are they fetched.
    const perDay = await perDayOf(ahead.page);
    const day = await busyDay(ahead.page);
    const more = Number((await day.locator('.agenda__more').textContent())!.match(/ほかに (\d+) 件/)![1]);
    await showAll(ahead.page, day, perDay + more);
    expect(ahead.fetched).toContain('/agenda-data.json');
    await ahead.close();
  });

  it('draws from every rule a day past the build’s days ahead', async () => {
    const { page, fetched, close } = await openAt(`${addDays(await builtOn(), AGENDA_AHEAD_DAYS)}T08:00:00+09:00`);
    await readyAgenda(page);
    expect(fetched).toContain('/agenda-data.json');
    const found = await days(page);
    expect(found).toHaveLength(14);
    expect(found[0]!.heading).toMatch(/^今日 /);
    await close();
  });

  it('names each place as the page’s language does, redrawn from the days ahead or from every rule', async () => {
    const built = await builtOn();
    /** Each day's names by its date, as the page shows them. */
    const namesByDate = (page: Page) =>
      page.locator('.agenda__day').evaluateAll((sections) =>
        Object.fromEntries(
          sections.map((section) => [
            section.querySelector('h2')!.id,
            // The markup, not only the text: a Japanese name on another language's page says lang="ja".
            [...section.querySelectorAll('.agenda__entry a')].map((a) => a.innerHTML.trim()),
          ]),
        ),
      );
    const withoutScript = async (path: string) => {
      const { page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${siteUrl}${path}`);
      const names = await namesByDate(page);
      await page.context().close();
      return names;
    };
    // Read three days after the build, the page redraws: the days it shares with the build's page
    // name the same places the same way.
    const later = addDays(built, 3);
    const ja = await withoutScript('schedule/');
    for (const prefix of ['en/', 'easy/']) {
      const asBuilt = await withoutScript(`${prefix}schedule/`);
      if (prefix === 'en/') {
        expect(Object.values(asBuilt).flat()).not.toEqual(Object.values(ja).flat());
        expect(Object.values(asBuilt).flat().join()).toContain('<span lang="ja">');
      }
      for (const query of ['', '?district=no-such-school']) {
        const { page, fetched, close } = await openAt(`${later}T08:00:00+09:00`, `${prefix}schedule/${query}`);
        await readyAgenda(page);
        expect(fetched, query).toContain(query ? `/${prefix}agenda-names.json` : `/${prefix}agenda-ahead.json`);
        const drawn = await namesByDate(page);
        const shared = Object.keys(drawn).filter((date) => date in asBuilt);
        expect(shared).toHaveLength(14 - 3);
        for (const date of shared) expect(drawn[date], `${prefix}schedule/${query} ${date}`).toEqual(asBuilt[date]);
        await close();
      }
    }
  });

  it('shows the build’s agenda without JavaScript', async () => {
    const { page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}schedule/`);
    const found = await days(page);
    expect(found).toHaveLength(14);
    expect(found.flatMap((d) => d.names).length).toBeGreaterThan(10);
    await expect(page.locator('[data-agenda-note]').textContent()).resolves.toContain('時点の予定です');
    // A busy day lists its first sessions and says how many more; the button needs the script, so it is not shown.
    await expect(page.locator('.agenda__more').first().textContent()).resolves.toMatch(/ほかに \d+ 件/);
    await expect(page.locator('[data-agenda-show-all]').first().isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});
