/**
 * `npm run screenshot`: serves the built site (`npm run build` first) and
 * saves PNGs of key pages to docs/, as a phone and a desktop see them.
 * Needs Chromium (Debian's `chromium` package, or CHROMIUM_PATH) and, for
 * Japanese text, a CJK font such as Debian's `fonts-noto-cjk`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const out = path.join(ROOT, 'docs');
await mkdir(out, { recursive: true });

const server = await serveStatic(path.join(ROOT, 'dist'));
const browser = await launchBrowser();
try {
  const shots: Array<{
    name: string;
    path: string;
    width: number;
    height: number;
    fullPage?: boolean;
    /** Brings the page to the state shown. */
    prepare?: (page: Page) => Promise<void>;
  }> = [
    { name: 'screenshot-home', path: '', width: 1200, height: 900 },
    { name: 'screenshot-listings-phone', path: 'listings/', width: 390, height: 844 },
    { name: 'screenshot-schedule', path: 'schedule/', width: 1200, height: 900 },
    {
      name: 'screenshot-listing-phone',
      path: 'listings/otori-minna-shokudo/',
      width: 390,
      height: 844,
      fullPage: true,
    },
    {
      // The correction form on its schedule step: the builder and its live preview.
      name: 'screenshot-submit-phone',
      path: 'submit/?edit=otori-minna-shokudo',
      width: 390,
      height: 844,
      fullPage: true,
      prepare: async (page) => {
        await page.waitForSelector('[data-submit][data-ready="true"]');
        await page.getByRole('button', { name: /開く日/ }).click();
        await page.waitForSelector('[data-submit-step="2"]');
      },
    },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      locale: 'ja-JP',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${shot.path}`);
    await page.waitForLoadState('networkidle');
    await shot.prepare?.(page);
    const file = path.join(out, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
    console.log(`wrote ${path.relative(ROOT, file)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
