/**
 * Listing text is data, never markup: a listing full of script, event
 * handlers and javascript: links builds into pages that show it as text and
 * run none of it. And content with errors stops the build with the very lines
 * the validator prints.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/browser.ts';
import { ROOT, astroBuild } from './support/build.ts';
import { serveStatic, type RunningServer } from '../../scripts/static-server.ts';

const HOSTILE = path.join(ROOT, 'tests/fixtures/content-hostile');
let work: string;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kodomo-hostile-'));
  const result = await astroBuild({ outDir: path.join(work, 'dist'), env: { CONTENT_DIR: HOSTILE } });
  if (result.code !== 0) throw new Error(result.output);
  server = await serveStatic(path.join(work, 'dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe('a listing full of markup', () => {
  it('shows the text as written and runs none of it', async () => {
    const { page } = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The home page too: its 新着・更新 list shows the newest names.
    for (const pathname of ['', 'listings/', 'kinds/ibasho/', 'listings/hostile-text/']) {
      await page.goto(`${server.url}${pathname}`, { waitUntil: 'load' });
      await page.mouse.move(200, 300);
      await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
      // The only script elements are the ones the site itself writes: JSON-LD
      // data, and its own bundled modules.
      const scripts = await page
        .locator('script')
        .evaluateAll((els) => els.map((e) => ({ type: e.getAttribute('type'), src: e.getAttribute('src') ?? '' })));
      for (const script of scripts) {
        const own = script.type === 'module' && script.src.includes('/_astro/');
        expect(script.type === 'application/ld+json' || own, `${pathname}: ${JSON.stringify(script)}`).toBe(true);
      }
      await expect(page.locator('main iframe, main img[onerror], main svg[onload], main style').count()).resolves.toBe(
        0,
      );
    }
    expect(dialogs).toEqual([]);
    await expect(page.locator('h1').textContent()).resolves.toBe("<script>window.__pwned = 'name'</script>居場所");
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('😀👨‍👩‍👧');
    expect(main).toContain('<b>太字</b>');
    // Markdown: raw HTML shown as text, dangerous link targets dropped.
    expect(main).toContain("<script>window.__pwned = 'body'</script>");
    const hrefs = await page.locator('main a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
    // The description's heading sits below the page's sections.
    await expect(page.locator('.description h3').textContent()).resolves.toBe('見出し');
  });

  it('keeps JSON-LD valid and closed', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${server.url}listings/hostile-text/`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!) as { name: string };
    expect(data.name).toBe("<script>window.__pwned = 'name'</script>居場所");
  });
});

describe('content with errors', () => {
  it('fails the build with the same lines as npm run validate', async () => {
    const bad = path.join(work, 'bad-content');
    await cp(HOSTILE, bad, { recursive: true });
    const file = path.join(bad, 'listings/hostile-text.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('kind: ibasho', 'kind: cafeteria').replace('nameKana: いばしょ', 'nameKana: イバショ'),
    );
    await writeFile(path.join(bad, 'listings/second.md'), '---\nkind: ibasho\nname: foo: bar\n---\n');

    const validate = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/validate.ts')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: bad },
    }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(validate.code).toBe(1);
    const lines = validate.stdout.split('\n').filter((l) => l.startsWith('listings/') && !l.includes('警告 / warning'));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^listings\/hostile-text\.md: kind: /),
        expect.stringMatching(/^listings\/hostile-text\.md: nameKana: よみがなは ひらがな/),
        expect.stringMatching(/^listings\/second\.md: \(YAML 3行目 \/ line 3\): /),
      ]),
    );

    const build = await astroBuild({ outDir: path.join(work, 'dist-bad'), env: { CONTENT_DIR: bad } });
    expect(build.code).not.toBe(0);
    for (const line of lines) expect(build.output).toContain(line);
  }, 120_000);
});
