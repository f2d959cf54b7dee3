/**
 * Touch targets, measured in a real browser on the built site (WCAG 2.2,
 * 2.5.8; links that stand alone are measured on every page with its axe audit,
 * tests/e2e/site/every-page.test.ts): map markers are each at least 24×24 px and
 * clear of one another at every zoom, while still marking their own places,
 * named, and reached by Tab in the list's order. Map tiles cannot load here.
 */
import path from 'node:path';
import { axeFor } from './support/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { SearchData } from '../../src/lib/search/search-data.ts';
import { ROOT } from './support/build.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(width = 1280): Promise<Page> {
  const { page } = await newPage(browser, { viewport: { width, height: 900 } });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return page;
}

/** A marker on screen: its name, its box, and the point Leaflet placed it at (its true place). */
interface OnScreen {
  label: string;
  interactive: boolean;
  box: { left: number; top: number; right: number; bottom: number };
  anchor: [number, number];
}

async function markersOn(page: Page, map: string): Promise<OnScreen[]> {
  return page.locator(`${map} .leaflet-marker-icon`).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = /translate3d\((-?[\d.]+)px, (-?[\d.]+)px/.exec((el as HTMLElement).style.transform)!.slice(1);
      return {
        label: el.getAttribute('aria-label') ?? '',
        interactive: el.classList.contains('leaflet-interactive'),
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        anchor: [Number(x), Number(y)] as [number, number],
      };
    }),
  );
}

/** What is wrong with the markers' targets: too small, or touching another marker. */
function targetProblems(markers: OnScreen[]): string[] {
  const problems: string[] = [];
  for (const [i, a] of markers.entries()) {
    if (!a.interactive) continue;
    const [w, h] = [a.box.right - a.box.left, a.box.bottom - a.box.top];
    if (w < 24 || h < 24) problems.push(`${a.label}: ${w}×${h} px`);
    // Against every other marker, the school's too (it is no target, but it would hide one).
    for (const [j, b] of markers.entries()) {
      if (j === i || (b.interactive && j < i)) continue;
      const overlap =
        a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom;
      if (overlap) problems.push(`${a.label} overlaps ${b.label}`);
    }
  }
  return problems;
}

/** Web Mercator in Leaflet's pixels at a zoom: where a point lies, to compare with where it is drawn. */
function project(lat: number, lng: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [(scale * (lng + 180)) / 360, scale * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))];
}

async function zoomTo(page: Page, map: string, zoom: number) {
  for (;;) {
    const now = Number(await page.locator(map).getAttribute('data-spread-zoom'));
    if (now === zoom) return;
    await page.click(`${map} .leaflet-control-zoom-${now < zoom ? 'in' : 'out'}`);
    await page.waitForSelector(`${map}[data-spread-zoom="${now < zoom ? now + 1 : now - 1}"]`);
  }
}

describe('map markers', () => {
  interface SchoolMapConfig {
    school: { lat: number; lng: number; name: string };
    points: Array<{ name: string; kindLabel: string; lat: number; lng: number; radiusM?: number }>;
  }

  for (const pathname of [
    'schools/otorigaoka-es/',
    'schools/otorinomori-jhs/',
    'embed/schools/otorigaoka-es/',
    'embed/schools/otorinomori-jhs/',
  ]) {
    it(`on ${pathname} stay apart and tappable at every zoom, at their places, in order`, async () => {
      const page = await open();
      const map = '[data-school-map]';
      await page.goto(`${siteUrl}${pathname}`);
      await page.waitForSelector(`${map}[data-ready="true"][data-spread-zoom]`);
      const config = JSON.parse((await page.locator(map).getAttribute('data-config'))!) as SchoolMapConfig;
      const exact = config.points.filter((p) => !p.radiusM);
      const labels = exact.map((p) => `${p.name}（${p.kindLabel}）`);
      const start = Number(await page.locator(map).getAttribute('data-spread-zoom'));

      for (const zoom of [start, start + 1, start + 2, start + 3, start - 1]) {
        await zoomTo(page, map, zoom);
        const markers = await markersOn(page, map);
        expect(targetProblems(markers), `zoom ${zoom}`).toEqual([]);
        // Named as before, in the list's order, which is the order Tab reaches them.
        expect(markers.filter((m) => m.interactive).map((m) => m.label)).toEqual(labels);
        // Each is still placed at its own point: its anchor lies where the school's does, plus
        // the distance between the two places.
        const school = markers.find((m) => m.label === config.school.name)!;
        const origin = project(config.school.lat, config.school.lng, zoom);
        for (const point of exact) {
          const marker = markers.find((m) => m.label === `${point.name}（${point.kindLabel}）`)!;
          const [x, y] = project(point.lat, point.lng, zoom);
          expect(Math.abs(marker.anchor[0] - (school.anchor[0] + x - origin[0])), point.name).toBeLessThan(1.5);
          expect(Math.abs(marker.anchor[1] - (school.anchor[1] + y - origin[1])), point.name).toBeLessThan(1.5);
        }
        const { violations } = await axeFor(page).include(map).withRules(['target-size']).analyze();
        expect(
          violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
          `zoom ${zoom}`,
        ).toEqual([]);
      }

      // By keyboard: Tab from the first marker visits the others in the list's order.
      await zoomTo(page, map, start);
      await page.locator(`${map} .map-pin`).first().focus();
      const reached = [await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))];
      for (let i = 1; i < labels.length; i++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')));
      }
      expect(reached).toEqual(labels);
      await page.context().close();
    }, 180_000);
  }

  it('on the directory map keep places in one building apart, and every marker tappable at every zoom', async () => {
    const { site } = await loadContent(path.join(ROOT, 'content'));
    const { bounds } = site!.map;
    // Three places moved into one building at the middle of the map, which zooming in keeps in view.
    const middle = { lat: (bounds.south + bounds.north) / 2, lng: (bounds.west + bounds.east) / 2 };
    const page = await open();
    let moved: SearchData['listings'] = [];
    // The directory's search shards: the first three exact, active places they hold.
    await page.route(/\/search\/\d+\.json$/, async (route) => {
      const response = await route.fetch();
      const records = (await response.json()) as SearchData['listings'];
      const more = records
        .filter((r) => r.lat !== undefined && !r.radiusM && r.status === 'active')
        .slice(0, 3 - moved.length);
      for (const record of more) Object.assign(record, middle);
      moved = [...moved, ...more];
      await route.fulfill({ response, json: records });
    });
    await page.goto(`${siteUrl}listings/`);
    await page.waitForSelector('[data-directory][data-ready="true"]');
    expect(moved).toHaveLength(3);
    await page.click('[data-map-toggle]');
    const map = '[data-map]';
    await page.waitForSelector(`${map}[data-spread-zoom] .leaflet-marker-icon`);
    const start = Number(await page.locator(map).getAttribute('data-spread-zoom'));
    expect(start).toBeLessThan(17);

    for (let zoom = start; zoom <= 18; zoom++) {
      await zoomTo(page, map, zoom);
      const markers = await markersOn(page, map);
      expect(markers.length, `zoom ${zoom}`).toBeGreaterThan(0);
      expect(targetProblems(markers), `zoom ${zoom}`).toEqual([]);
    }
    // Past the last zoom that clusters, the three are separate markers, drawn apart, and all
    // still placed at the one point they share.
    const names = await page.evaluate(
      (ids) =>
        ids.map((id) =>
          document.querySelector(`li[data-listing-id="${id}"] .listing-card__title`)!.textContent!.trim(),
        ),
      moved.map((r) => r.id),
    );
    const markers = await markersOn(page, map);
    const inBuilding = names.map((name) => markers.find((m) => m.label.startsWith(`${name}（`)));
    expect(inBuilding.every(Boolean), names.join(', ')).toBe(true);
    expect(new Set(inBuilding.map((m) => m!.anchor.join(','))).size).toBe(1);
    expect(new Set(inBuilding.map((m) => `${m!.box.left},${m!.box.top}`)).size).toBe(3);
    // A line joins each one drawn away from its point back to it.
    await expect(page.locator(`${map} path.map-spread-leg`).count()).resolves.toBeGreaterThanOrEqual(2);
    await page.context().close();
  }, 180_000);
});
