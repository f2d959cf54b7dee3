/**
 * axe audits at WCAG 2.2 A and AA (with axe's best practices) in the states a
 * user reaches in the demo — the directory with its map open, the print list
 * with places in it, each step of the submission form — and the names of the
 * print-list buttons. Every page as it loads is audited for any content in
 * tests/e2e/site/every-page.test.ts. Map tiles cannot load here, and nothing depends on them.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';
import { audit, openOffline } from './support/axe.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
/** A page whose requests off this machine fail at once. */
const open = (options: BrowserContextOptions = {}) => openOffline(browser, options);
afterAll(() => browser?.close());

describe('the states a user reaches pass axe at WCAG 2.2 AA', () => {
  it('the directory with its map open, filters shown, zoomed in', async () => {
    const page = await open();
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    await page.click('[data-map-toggle]');
    await page.waitForSelector('[data-map][data-spread-zoom] .leaflet-marker-icon');
    await page.locator('[data-filters] summary').click();
    const failures = await audit(page, 'listings/ map open');
    const zoom = Number(await page.locator('[data-map]').getAttribute('data-spread-zoom'));
    for (const level of [zoom + 1, zoom + 2]) {
      await page.click('.leaflet-control-zoom-in');
      await page.waitForSelector(`[data-map][data-spread-zoom="${level}"]`);
      failures.push(...(await audit(page, `listings/ map at zoom ${level}`)));
    }
    expect(failures).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('a school page and its embed with the map drawn and a place’s popup open', async () => {
    const page = await open();
    const failures: string[] = [];
    for (const pathname of ['schools/otorigaoka-es/', 'embed/schools/otorinomori-jhs/']) {
      await page.goto(`${siteUrl}${pathname}`);
      await page.waitForSelector('[data-school-map][data-ready="true"]');
      await page.locator('[data-school-map] .map-pin').first().click();
      await page.waitForSelector('[data-school-map] .leaflet-popup-content a');
      // Leaflet fades a popup in; judge its contrast once it is fully shown.
      await page.waitForFunction(
        () => getComputedStyle(document.querySelector('[data-school-map] .leaflet-popup')!).opacity === '1',
      );
      // An open popup covers the markers behind it until it is closed; the markers themselves
      // are audited with the page, and measured at every zoom in targets.test.ts.
      failures.push(...(await audit(page, `${pathname} popup open`, ['[data-school-map] .leaflet-marker-pane'])));
    }
    expect(failures).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('the print list with places in it, and a shared list', async () => {
    const page = await open();
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    const buttons = page.locator('.listing-list > li:not([hidden]) [data-select-id]');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      await buttons.nth(i).click();
      ids.push((await buttons.nth(i).getAttribute('data-select-id'))!);
    }
    // The page with chosen places: buttons pressed, the header's link to the list shown.
    const failures = await audit(page, 'listings/ with places chosen');
    await page.goto(`${siteUrl}print/`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    await page.fill('[data-note]', '持ち物: 上ばき');
    await expect(page.locator('.print-item').count()).resolves.toBe(3);
    failures.push(...(await audit(page, 'print/ with 3 places')));
    await page.goto(`${siteUrl}print/?ids=${ids.slice(0, 2).join(',')}`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    await expect(page.locator('[data-keep-shared]').isVisible()).resolves.toBe(true);
    failures.push(...(await audit(page, 'print/?ids= shared')));
    expect(failures).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('each step of /submit/, before and after its problems are shown', async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl}submit/`);
    await page.waitForSelector('[data-submit][data-ready="true"]');
    const failures: string[] = [];
    const steps = await page.locator('.submit-steps__button').count();
    expect(steps).toBe(7);
    for (let step = 0; step < steps; step++) {
      await page.locator('.submit-steps__button').nth(step).click();
      await page.waitForSelector(`[data-submit-step="${step}"]`);
      // The place step draws a map to tap; audit it drawn.
      if ((await page.locator('[data-point-map]').count()) > 0) {
        await page.waitForSelector('[data-point-map][data-ready="true"]');
      }
      failures.push(...(await audit(page, `submit/ step ${step + 1}`)));
      if (step === steps - 1) break;
      // 「次へ」 on an unfinished step shows its problems beside their fields; a finished one moves on.
      await page.click('[data-next]');
      await page.waitForSelector(`[data-submit-step="${step}"] [data-step-problems], [data-submit-step="${step + 1}"]`);
      if ((await page.locator('[data-step-problems]').count()) > 0) {
        failures.push(...(await audit(page, `submit/ step ${step + 1} with problems`)));
      }
      if (step === 0) {
        // A kind chosen, so the later steps ask what they ask of it.
        await page
          .locator('fieldset[data-field="kind"]')
          .getByRole('radio', { name: '子ども食堂', exact: true })
          .check();
      }
    }
    expect(failures).toEqual([]);
    await page.context().close();
  }, 300_000);
});

/** The name a button is read by: its words, then its place (however the browser spaces the two). */
const buttonName = (words: string, place: string) =>
  new RegExp(`^${[words, place].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*：')}$`);

describe('「印刷リストに入れる」', () => {
  it('names its place for screen readers, in both states, and keeps its visible words short', async () => {
    const page = await open();
    for (const pathname of ['listings/', 'schools/otorigaoka-es/', 'listings/otori-minna-shokudo/']) {
      await page.goto(`${siteUrl}${pathname}`);
      const buttons = page.locator('main [data-select-id]:visible');
      await buttons.first().waitFor();
      const names = await buttons.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.selectName!));
      expect(names.length, pathname).toBeGreaterThan(0);
      for (const name of new Set(names)) {
        const count = names.filter((n) => n === name).length;
        await expect(
          page.getByRole('button', { name: buttonName('印刷リストに入れる', name), pressed: false }).count(),
          `${pathname}: ${name}`,
        ).resolves.toBe(count);
      }
      await expect(buttons.first().locator('[data-select-label]').innerText()).resolves.toBe('印刷リストに入れる');
      await buttons.first().click();
      await expect(
        page
          .getByRole('button', { name: buttonName('印刷リストに入っています（外す）', names[0]!), pressed: true })
          .count(),
      ).resolves.toBeGreaterThan(0);
      await expect(buttons.first().locator('[data-select-label]').innerText()).resolves.toBe(
        '印刷リストに入っています（外す）',
      );
      await buttons.first().click();
    }
    // The list itself: one 「リストから外す」 per place, each named.
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    const first = page.locator('.listing-list > li:not([hidden]) [data-select-id]').first();
    const name = (await first.getAttribute('data-select-name'))!;
    await first.click();
    await page.goto(`${siteUrl}print/`);
    await page.waitForSelector('[data-print-page][data-ready="true"]');
    await expect(page.getByRole('button', { name: buttonName('リストから外す', name) }).count()).resolves.toBe(1);
    await page.context().close();
  }, 120_000);
});
