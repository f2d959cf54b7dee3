/**
 * Browser figures for a built site, measured in headless Chromium: the
 * JavaScript each page loads (gzipped), the size of the search data, the time
 * from a keystroke to updated results, and the longest main-thread task while
 * the map pans and zooms. Used by `npm run bench`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browser.ts';
import { fetchesBeforeFirstResults } from './first-results.ts';
import { serveStatic } from './static-server.ts';

export interface BrowserFigures {
  directoryJsGzipKB: number;
  mapJsGzipKB: number;
  listingPageJsFiles: number;
  searchDataKB: number;
  searchDataGzipKB: number;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  /**
   * From the same input to the directory's last change to the page, before the
   * browser's next frame: the work a keystroke costs. "Painted" cannot come in
   * under a frame (16.7 ms at 60 Hz), since each character is typed just after a paint.
   */
  keystrokeWorkP95Ms: number;
  mapLongestTaskMs: number;
  /** From navigation to the 14-day agenda redrawn, from the build's days ahead. */
  agendaReadyMs: number;
  /**
   * The redraw itself: from the agenda's script starting to its days drawn
   * (fetching and reading the data included), from the build's days ahead
   * (/agenda-ahead.json), as on any day of the month after a build.
   */
  agendaRedrawMs: number;
  /** The same from every listing's rules (/agenda-data.json), as with a filter or past that month. */
  agendaRulesRedrawMs: number;
  /** The submission form: its JavaScript (React, the schema, the form) before the map. */
  submitJsGzipKB: number;
  /** A character typed into the form until the checked draft is painted. */
  formKeystrokeP95Ms: number;
  /** Data (JSON) the directory fetched, gzipped, before it showed its first results. */
  firstResultDataGzipKB: number;
  /** The largest built HTML page, uncompressed. */
  largestHtmlKB: number;
}

/** The largest .html file under `dir`. */
async function largestHtml(dir: string): Promise<number> {
  let largest = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    largest = Math.max(largest, (await stat(path.join(entry.parentPath, entry.name))).size);
  }
  return largest / 1024;
}

async function gzipKB(dist: string, urls: string[], base: string): Promise<number> {
  let bytes = 0;
  for (const url of urls) {
    const file = path.join(dist, new URL(url).pathname.slice(new URL(base).pathname.length));
    bytes += gzipSync(await readFile(file)).length;
  }
  return bytes / 1024;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Queries typed one character at a time, as people type them. */
const QUERIES = [
  'こども食堂',
  'ふりーすくーる',
  'ﾍﾞﾝﾁﾏｰｸ',
  'しょくどう',
  '鳳',
  'いばしょ',
  'べんちまーくしせつ',
  '学習支援',
];

export async function measureSite(dist: string, sampleListingId: string): Promise<BrowserFigures> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });

    await page.goto(`${server.url}listings/${sampleListingId}/`);
    const listingPageJsFiles = scripts.length;

    scripts.length = 0;
    const fetched = await fetchesBeforeFirstResults(page, `${server.url}listings/`, 120_000);
    const directoryJsGzipKB = await gzipKB(dist, scripts, server.url);
    const firstResultDataGzipKB = await gzipKB(dist, fetched, server.url);
    // Keystrokes are timed once every shard is in, their cards too.
    await page.waitForSelector('[data-directory][data-ready="true"]', { timeout: 120_000 });

    const keystrokes = await page.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('#directory-query')!;
      const times: number[] = [];
      const work: number[] = [];
      let lastChange = 0;
      new MutationObserver(() => {
        lastChange = performance.now();
      }).observe(document.querySelector('[data-directory]')!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      for (const query of queries) {
        input.value = '';
        input.dispatchEvent(new Event('input'));
        await nextFrame();
        for (const ch of query) {
          const start = performance.now();
          input.value += ch;
          input.dispatchEvent(new Event('input'));
          // Until the browser has laid out and painted the new list, cards fetched for it included.
          do await nextFrame();
          while (document.querySelector('[data-directory][data-busy]'));
          times.push(performance.now() - start);
          work.push(Math.max(0, lastChange - start));
        }
      }
      input.value = '';
      input.dispatchEvent(new Event('input'));
      return { times, work };
    }, QUERIES);

    scripts.length = 0;
    await page.click('[data-map-toggle]');
    await page.waitForSelector('.leaflet-marker-icon', { timeout: 120_000 });
    const mapJsGzipKB = await gzipKB(dist, scripts, server.url);

    const mapLongestTaskMs = await page.evaluate(async () => {
      let longest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const zoomIn = document.querySelector<HTMLElement>('.leaflet-control-zoom-in')!;
      const zoomOut = document.querySelector<HTMLElement>('.leaflet-control-zoom-out')!;
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      for (let i = 0; i < 3; i++) {
        zoomIn.click();
        await wait(400);
      }
      const container = document.querySelector<HTMLElement>('.leaflet-container')!;
      container.focus();
      for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        container.dispatchEvent(
          new KeyboardEvent('keydown', {
            key,
            keyCode: { ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40 }[key],
            bubbles: true,
          }),
        );
        await wait(300);
      }
      for (let i = 0; i < 3; i++) {
        zoomOut.click();
        await wait(400);
      }
      observer.disconnect();
      return longest;
    });

    // The agenda with a query in its address redraws all 14 days, as on any
    // day after the build. (A faked clock would do too, but Playwright's clock
    // replaces the page's performance timeline, so the measure would be lost.)
    // `?redraw` is no filter, so the days come from the build's days ahead;
    // a district no school has is a filter that keeps every listing, so the
    // days come from every listing's rules.
    const agenda = async (query: string) => {
      const later = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const agendaPage = await later.newPage();
      const start = performance.now();
      await agendaPage.goto(new URL(`schedule/?${query}`, server.url).href);
      await agendaPage.waitForSelector('[data-agenda-page][data-ready="true"]', { timeout: 60_000 });
      const readyMs = performance.now() - start;
      const redrawMs = await agendaPage.evaluate(
        () => performance.getEntriesByName('agenda:redraw', 'measure')[0]?.duration ?? Number.NaN,
      );
      await later.close();
      return { readyMs, redrawMs };
    };
    const ahead = await agenda('redraw');
    const rules = await agenda('district=no-such-school');

    // The submission form: every keystroke re-checks the whole draft with the schema.
    scripts.length = 0;
    await page.goto(`${server.url}submit/`);
    await page.waitForSelector('[data-submit][data-ready="true"]', { timeout: 60_000 });
    const submitJsGzipKB = await gzipKB(dist, scripts, server.url);
    const formTimes = await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('input[data-field="summary"]')!;
      // React reads the value through the native setter, as when a person types.
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const times: number[] = [];
      for (const ch of text) {
        const start = performance.now();
        setValue.call(input, input.value + ch);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await nextFrame();
        times.push(performance.now() - start);
      }
      return times;
    }, '毎月第2・第4土曜のお昼に、地域のみんなでごはんを食べる子ども食堂です。');

    const json = path.join(dist, 'search-data.json');
    const searchData = await readFile(json);
    return {
      directoryJsGzipKB,
      mapJsGzipKB,
      listingPageJsFiles,
      searchDataKB: (await stat(json)).size / 1024,
      searchDataGzipKB: gzipSync(searchData).length / 1024,
      keystrokeP50Ms: percentile(keystrokes.times, 50),
      keystrokeP95Ms: percentile(keystrokes.times, 95),
      keystrokeWorkP95Ms: percentile(keystrokes.work, 95),
      mapLongestTaskMs,
      agendaReadyMs: ahead.readyMs,
      agendaRedrawMs: ahead.redrawMs,
      agendaRulesRedrawMs: rules.redrawMs,
      submitJsGzipKB,
      formKeystrokeP95Ms: percentile(formTimes, 95),
      firstResultDataGzipKB,
      largestHtmlKB: await largestHtml(dist),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
