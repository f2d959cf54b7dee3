/**
 * School pages and the referral guide, against the built demo site: listings
 * grouped by need and ordered by distance, the district rule stated, and the
 * guide's links opening the directory with their filters applied.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { needsOf } from '../../src/lib/schools/needs.ts';
import { listingsForSchool } from '../../src/lib/schools/school-listings.ts';
import { serveStatic, type RunningServer } from '../../scripts/static-server.ts';
import { ROOT, astroBuild } from './support/build.ts';
import { showEveryResult } from './support/directory-results.ts';

const siteUrl = inject('siteUrl');

/** Ids of every result the directory lists, in order, once all are shown. */
async function everyResultId(page: Page): Promise<string[]> {
  await showEveryResult(page);
  return page
    .locator('.listing-list > li[data-listing-id]')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.listingId!));
}
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(pathname: string, javaScriptEnabled = true): Promise<Page> {
  const { page } = await newPage(browser, { javaScriptEnabled });
  await page.goto(`${siteUrl}${pathname}`);
  return page;
}

/**
 * Each need group's listing ids, in page order: places shown in full and those
 * pointing back to where an earlier need shows them.
 */
async function groups(page: Page) {
  return page.locator('[data-need]:not([data-need="remote"])').evaluateAll((sections) =>
    sections.map((section) => ({
      need: (section as HTMLElement).dataset.need!,
      ids: [...section.querySelectorAll<HTMLElement>('[data-listing-id], [data-ref-id]')].map(
        (li) => li.dataset.listingId ?? li.dataset.refId!,
      ),
    })),
  );
}

/**
 * A ceiling just above the demo's largest school page (83.4 KB once every page carries the
 * offline notice and the manifest link). It catches a page that starts repeating itself; a
 * large site's school pages are bounded by `referral.perNeed` (the dense region below).
 */
const SCHOOL_PAGE_MAX_BYTES = 84 * 1024;

describe('school pages', () => {
  it('group the district’s and nearby listings by need, nearest first', async () => {
    const content = await loadContent(path.join(ROOT, 'content'));
    const schools = content.schools.map(({ file: _file, ...school }) => school);
    const listings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools));
    const school = schools.find((s) => s.id === 'otorigaoka-es')!;
    const expected = listingsForSchool(school, schools, listings, content.site!.referral!.nearbyRadiusM);
    expect(expected.length).toBeGreaterThan(8);

    const page = await open('schools/otorigaoka-es/');
    const found = await groups(page);
    expect(found.map((g) => g.need)).toEqual(['meal', 'study', 'after-school', 'school-difficulty', 'consultation']);
    for (const group of found) {
      // Exactly the expected listings that answer this need, in distance order.
      const wanted = expected.filter((e) => needsOf(e.listing).includes(group.need as never)).map((e) => e.listing.id);
      expect(group.ids, group.need).toEqual(wanted);
    }
    // The nearest cafeteria first, with its distance from the school.
    expect(found[0]!.ids[0]).toBe('otori-minami-kodomo-shokudo-aozora');
    await expect(page.locator('[data-need="meal"] .school-entry').first().textContent()).resolves.toMatch(
      /鳳ヶ丘小学校から約 \d+ m/,
    );
    // The boundary decides the district; paused listings are shown with their status, closed ones not at all.
    await expect(page.locator('[data-district-note]').textContent()).resolves.toContain('境界線');
    await page.context().close();
  });

  it('draw a small map: the school, its boundary, the walking circle and every listing, with tiles failing', async () => {
    const { page } = await newPage(browser);
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${siteUrl}schools/otorigaoka-es/`);
    await page.waitForSelector('[data-school-map][data-ready="true"]');
    const config = JSON.parse((await page.locator('[data-school-map]').getAttribute('data-config'))!) as {
      points: Array<{ radiusM?: number }>;
    };
    const exact = config.points.filter((p) => !p.radiusM).length;
    expect(exact).toBeGreaterThan(3);
    await expect(page.locator('[data-school-map] .map-pin').count()).resolves.toBe(exact);
    await expect(page.locator('[data-school-map] .map-school').count()).resolves.toBe(1);
    await expect(page.locator('[data-school-map] path.map-district').count()).resolves.toBe(1);
    await expect(page.locator('[data-school-map] path.map-walking').count()).resolves.toBe(1);
    await expect(page.locator('[data-school-map] path.map-area').count()).resolves.toBe(config.points.length - exact);
    // Markers are reachable by keyboard and named.
    await expect(page.locator('[data-school-map] .map-pin').first().getAttribute('aria-label')).resolves.toMatch(
      /（.+）$/,
    );
    await page.context().close();
    const other = await open('schools/akebono-es/');
    await other.waitForSelector('[data-school-map][data-ready="true"]');
    await expect(other.locator('[data-school-map] path.map-district').count()).resolves.toBe(0);
    await other.context().close();
  });

  it('show each place in full once, under its first need, and point back to it from the others', async () => {
    const page = await open('schools/otorigaoka-es/');
    const full = await page
      .locator('.school-entry')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-listing-id')));
    expect(new Set(full).size).toBe(full.length);
    const refs = page.locator('.school-entry-ref');
    expect(await refs.count()).toBeGreaterThan(0);
    for (const ref of await refs.all()) {
      const id = (await ref.getAttribute('data-ref-id'))!;
      expect(full).toContain(id);
      await expect(ref.locator('a[href^="#place-"]').getAttribute('href')).resolves.toBe(`#place-${id}`);
    }
    await page.context().close();
  });

  it("list only places for the school's own pupils, and online and phone services in a section of their own", async () => {
    const data = (await (await fetch(`${siteUrl}search-data.json`)).json()) as {
      listings: Array<{ id: string; ages: string[]; lat?: number; status: string }>;
      schools: Array<{ id: string; level: 'elementary' | 'junior-high' }>;
    };
    const ages = new Map(data.listings.map((l) => [l.id, l.ages]));
    const remote = data.listings.filter((l) => l.lat === undefined && l.status === 'active');
    expect(remote.map((l) => l.id)).toEqual(
      expect.arrayContaining(['online-free-school-sora-no-mado', 'line-soudan-kokoro-no-mado']),
    );
    const page = (await newPage(browser)).page;
    for (const school of data.schools) {
      await page.goto(`${siteUrl}schools/${school.id}/`);
      const shown = await page
        .locator('[data-listing-id]')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.listingId!));
      const pupils = school.level === 'elementary' ? 'elementary' : 'junior-high';
      for (const id of shown) {
        const groups = ages.get(id)!;
        const forPupils =
          groups.includes(pupils) ||
          groups.includes('everyone') ||
          (groups.includes('guardian') && groups.every((g) => g === 'guardian'));
        expect(forPupils, `${school.id}: ${id} (${groups.join(', ')})`).toBe(true);
      }
      const online = await page
        .locator('[data-need="remote"] [data-listing-id]')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.listingId!));
      const expected = remote.filter((l) => {
        const groups = ages.get(l.id)!;
        return groups.includes(pupils) || groups.includes('everyone');
      });
      expect(online.sort(), school.id).toEqual(expected.map((l) => l.id).sort());
    }
    await page.goto(`${siteUrl}schools/otorinomori-jhs/`);
    await expect(
      page.locator('[data-need="remote"] [data-listing-id="line-soudan-kokoro-no-mado"]').count(),
    ).resolves.toBe(1);
    await page.context().close();
  });

  it('print each place once, with its needs, on at most two A4 sheets', async () => {
    const data = (await (await fetch(`${siteUrl}search-data.json`)).json()) as { schools: Array<{ id: string }> };
    const { page } = await newPage(browser);
    const sheets: Record<string, number> = {};
    for (const school of data.schools) {
      await page.goto(`${siteUrl}schools/${school.id}/`);
      await page.emulateMedia({ media: 'print' });
      const printed = await page
        .locator('.school-entry')
        .evaluateAll((lis) =>
          lis
            .filter((li) => (li as HTMLElement).offsetParent !== null)
            .map((li) => (li as HTMLElement).dataset.listingId),
        );
      expect(new Set(printed).size, school.id).toBe(printed.length);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      sheets[school.id] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      await page.emulateMedia({ media: 'screen' });
    }
    expect(Object.entries(sheets).filter(([, count]) => count > 2)).toEqual([]);
    await page.context().close();
  });

  it("stay small: no school page or its embed is over 84 KB at the demo's size", async () => {
    const { readdir, stat } = await import('node:fs/promises');
    const dist = inject('distDir');
    const sizes: Array<[string, number]> = [];
    for (const folder of ['schools', 'embed/schools']) {
      for (const id of await readdir(path.join(dist, folder))) {
        const file = path.join(dist, folder, id, 'index.html');
        const info = await stat(file).catch(() => undefined);
        if (info) sizes.push([`${folder}/${id}`, info.size]);
      }
    }
    expect(sizes.length).toBeGreaterThan(30);
    expect(sizes.filter(([, size]) => size > SCHOOL_PAGE_MAX_BYTES)).toEqual([]);
  });

  it("agree with the directory: a need's places are what its 'more' link shows, and 校区内 is the listing's own district", async () => {
    const content = await loadContent(path.join(ROOT, 'content'));
    const schools = content.schools.map(({ file: _file, ...school }) => school);
    const listings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools));
    const radius = content.site!.referral!.nearbyRadiusM;
    const page = (await newPage(browser)).page;
    for (const school of schools.filter((s) => ['otorigaoka-es', 'akebono-es', 'otorinomori-jhs'].includes(s.id))) {
      const all = listingsForSchool(school, schools, listings, radius);
      for (const need of ['meal', 'after-school', 'consultation'] as const) {
        const expected = all.filter((item) => needsOf(item.listing).includes(need)).map((item) => item.listing.id);
        await page.goto(`${siteUrl}listings/?near=${school.id}&need=${need}`);
        await page.waitForSelector('[data-directory][data-ready="true"]');
        expect(await everyResultId(page), `${school.id} ${need}`).toEqual(expected);
      }
      // What the page tags 校区内 is the district the listing's own card names.
      for (const item of all.filter((i) => i.inDistrict)) {
        expect(item.listing.districts[school.level]?.schoolId).toBe(school.id);
      }
    }
    // The link itself, from the page.
    await page.goto(`${siteUrl}schools/otorigaoka-es/`);
    const links = await page.locator('[data-more-places] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const link of links) expect(link).toMatch(/\/listings\/\?near=otorigaoka-es&need=[a-z-]+$/);
    await page.context().close();
  });

  it('say when the district is only approximated by the nearest school', async () => {
    const page = await open('schools/akebono-es/');
    await expect(page.locator('[data-district-note]').textContent()).resolves.toContain('おおよその範囲');
    await page.context().close();
  });

  it('are listed on /schools/, by level, and work without JavaScript', async () => {
    const page = await open('schools/', false);
    await expect(page.getByRole('heading', { name: '小学校' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '鳳ヶ丘小学校' }).click();
    // The old page's h1 stays readable until the new page has loaded.
    await page.waitForURL(/\/schools\/otorigaoka-es\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('鳳ヶ丘小学校の近くの場所');
    await page.context().close();
  });
});

describe('the referral guide', () => {
  it('gives the contacts from site config, 189 and 110 for a child in danger', async () => {
    const page = await open('referral/');
    const abuse = page.locator('[data-concern="abuse"]');
    await expect(abuse.locator('a[href="tel:189"]').count()).resolves.toBeGreaterThan(0);
    await expect(abuse.locator('a[href="tel:110"]').count()).resolves.toBeGreaterThan(0);
    // The ward's centre, from site.yaml, is the first contact for welfare concerns.
    await expect(page.locator('[data-concern="meal"] a.phone-link').allTextContents()).resolves.toEqual([
      '072-000-0189',
    ]);
    await page.context().close();
  });

  it('opens the directory with the concern’s filters applied', async () => {
    const page = await open('referral/');
    const links = await page
      .locator('[data-directory-link]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(8);
    // Every link's filters are the ones the directory then shows as chosen.
    for (const link of links) {
      await page.goto(new URL(link, page.url()).href);
      await page.waitForSelector('[data-directory][data-ready="true"]');
      const params = new URL(page.url()).searchParams;
      const wanted = [
        ...params.getAll('kind').map((v) => `kind=${v}`),
        ...params.getAll('service').map((v) => `service=${v}`),
      ];
      expect(wanted.length, link).toBeGreaterThan(0);
      const checked = await page
        .locator('[data-directory-controls] input[type="checkbox"]:checked')
        .evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
      expect(checked.sort(), link).toEqual(wanted.sort());
    }
    await page.goto(`${siteUrl}referral/`);
    // Follow one link per kind of filter, as a teacher would.
    await page.locator('[data-concern="school-difficulty"] [data-directory-link]').first().click();
    await page.waitForSelector('[data-directory][data-ready="true"]');
    await expect(page.getByRole('checkbox', { name: 'フリースクール' }).isChecked()).resolves.toBe(true);
    const kinds = await page
      .locator('.listing-list > li[data-listing-id]')
      .evaluateAll((lis) => [...new Set(lis.map((li) => li.querySelector('[data-kind]')?.getAttribute('data-kind')))]);
    expect(kinds).toEqual(['free-school']);
    await page.goBack();
    await page.locator('[data-concern="meal"] [data-directory-link]').nth(1).click();
    await page.waitForSelector('[data-directory][data-ready="true"]');
    for (const label of ['食事', 'お弁当の配布', 'フードパントリー（食品の配布）'])
      await expect(page.getByRole('checkbox', { name: label, exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-result-count]').textContent()).resolves.toMatch(/^\d+ 件/);
    await page.context().close();
  });
});

describe('school pages in a dense region', () => {
  let work: string;
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("list at most referral.perNeed places under each need, say how many more, and link to the district's list with and without JavaScript", async () => {
    // The demo with a bound of 3: its busier needs then have more places than a page lists.
    const perNeed = 3;
    work = await mkdtemp(path.join(tmpdir(), 'kodomo-schools-bounded-'));
    const contentDir = path.join(work, 'content');
    await cp(path.join(ROOT, 'content'), contentDir, { recursive: true });
    const siteFile = path.join(contentDir, 'site.yaml');
    const yaml = await readFile(siteFile, 'utf8');
    expect(yaml).toMatch(/^ {2}nearbyRadiusM: \d+$/m);
    await writeFile(siteFile, yaml.replace(/^( {2}nearbyRadiusM: \d+)$/m, `$1\n  perNeed: ${perNeed}`));
    const dist = path.join(work, 'dist');
    const result = await astroBuild({ outDir: dist, env: { CONTENT_DIR: contentDir } });
    expect(result.code, result.output).toBe(0);
    server = await serveStatic(dist);

    const content = await loadContent(contentDir);
    expect(content.site!.referral!.perNeed).toBe(perNeed);
    const schools = content.schools.map(({ file: _file, ...school }) => school);
    const listings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools));
    const school = schools.find((s) => s.id === 'otorigaoka-es')!;
    const all = listingsForSchool(school, schools, listings, content.site!.referral!.nearbyRadiusM);
    const wanted = (need: string) => all.filter((item) => needsOf(item.listing).includes(need as never));
    expect(wanted('meal').length).toBeGreaterThan(perNeed);

    for (const pathname of [`schools/${school.id}/`, `embed/schools/${school.id}/`]) {
      const { page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${server.url}${pathname}`);
      for (const group of await groups(page)) {
        const expected = wanted(group.need).map((item) => item.listing.id);
        // The nearest few, in distance order.
        expect(group.ids, `${pathname} ${group.need}`).toEqual(expected.slice(0, perNeed));
        const more = page.locator(`[data-need="${group.need}"] [data-more-places]`);
        if (expected.length <= perNeed) {
          await expect(more.count(), `${pathname} ${group.need}`).resolves.toBe(0);
          continue;
        }
        const hidden = expected.length - perNeed;
        await expect(more.getAttribute('data-more-places')).resolves.toBe(String(hidden));
        await expect(more.textContent()).resolves.toContain(`ほかに${hidden}か所あります`);
        // Without JavaScript the link opens the district's own list, a page that needs no script,
        // and says so; the line says how many of the rest that list cannot have (outside the district).
        await expect(more.locator('a').getAttribute('href')).resolves.toMatch(
          new RegExp(`/listings/areas/${school.id}/$`),
        );
        await expect(more.locator('a').innerText()).resolves.toBe('校区の中の場所の一覧（すべての種類）');
        const outside = wanted(group.need)
          .slice(perNeed)
          .filter((item) => !item.inDistrict).length;
        if (outside > 0)
          await expect(more.locator('[data-area-note]').innerText()).resolves.toBe(
            `${outside === hidden ? (hidden === 1 ? 'その場所' : 'どれも') : `そのうち${outside}か所`}は校区の外にあり、校区の一覧にはのっていません。`,
          );
        else await expect(more.locator('[data-area-note]').count()).resolves.toBe(0);
      }
      await page.context().close();
    }

    // Without JavaScript, following the 'more' link reaches the district's places the page left out.
    {
      const { page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${server.url}schools/${school.id}/`);
      await page.locator('[data-need="meal"] [data-more-places] a').click();
      await page.waitForURL(new RegExp(`/listings/areas/${school.id}/$`));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(school.name);
      const onArea = await page
        .locator('.listing-list > li[data-listing-id]')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.listingId!));
      const leftOut = wanted('meal')
        .slice(perNeed)
        .filter((item) => item.inDistrict)
        .map((item) => item.listing.id);
      expect(leftOut.length).toBeGreaterThan(0);
      for (const id of leftOut) expect(onArea).toContain(id);
      await page.context().close();
    }

    // With JavaScript the same link opens the directory filtered to exactly what the page counts.
    {
      const { page } = await newPage(browser);
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${server.url}schools/${school.id}/`);
      await page.waitForSelector('[data-school-map][data-ready="true"]');
      // The map draws what the page lists, nothing more.
      const config = JSON.parse((await page.locator('[data-school-map]').getAttribute('data-config'))!) as {
        points: Array<{ id: string }>;
      };
      const listed = await page
        .locator('[data-listing-id], [data-ref-id]')
        .evaluateAll((lis) =>
          lis.map((li) => (li as HTMLElement).dataset.listingId ?? (li as HTMLElement).dataset.refId!),
        );
      const placed = new Set(all.filter((item) => item.listing.place).map((item) => item.listing.id));
      expect(config.points.map((p) => p.id).sort()).toEqual([...new Set(listed)].filter((id) => placed.has(id)).sort());
      const link = page.locator('[data-need="meal"] [data-more-places] a');
      await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`/listings/\\?near=${school.id}&need=meal$`));
      // ...and says so; the note on the district's list is for paper only.
      await expect(link.innerText()).resolves.toBe('「ごはん・食事」の場所をすべて一覧で見る');
      for (const note of await page.locator('[data-area-note]').all())
        await expect(note.isVisible()).resolves.toBe(false);
      await link.click();
      await page.waitForSelector('[data-directory][data-ready="true"]');
      expect(await everyResultId(page)).toEqual(wanted('meal').map((item) => item.listing.id));
      await page.context().close();
    }

    // On paper the 'more' line says where the rest are, as an address to type.
    {
      const { page } = await newPage(browser);
      await page.goto(`${server.url}schools/${school.id}/`);
      await page.emulateMedia({ media: 'print' });
      const line = page.locator('[data-need="meal"] [data-more-places]');
      await expect(line.isVisible()).resolves.toBe(true);
      await expect(line.locator('.print-only:not([data-area-note])').innerText()).resolves.toMatch(
        new RegExp(`^https?://\\S+/listings/areas/${school.id}/$`),
      );
      // The address is the district's list, so the note on what it leaves out is printed too.
      await expect(line.locator('[data-area-note]').isVisible()).resolves.toBe(true);
      await page.context().close();
    }
  }, 600_000);
});
