/**
 * Every internal link and asset resolves, at the domain root and under a
 * sub-path (as GitHub Pages project sites serve it), because every URL goes
 * through Astro's `base` and `site`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/static-server.ts';
import { astroBuild } from './support/build.ts';

/** Follows every same-origin href and src from the start page; returns what broke and what was seen. */
async function crawl(start: string): Promise<{ broken: string[]; pages: number; outsideBase: string[] }> {
  const origin = new URL(start).origin;
  const basePath = new URL(start).pathname;
  const queue = [start];
  const seen = new Set(queue);
  const broken: string[] = [];
  const outsideBase: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetch(url, { redirect: 'manual' });
    if (response.status !== 200) {
      broken.push(`${response.status} ${url}`);
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    pages++;
    const html = await response.text();
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (/^(?:mailto|tel|https?):/i.test(raw) && !raw.startsWith(origin)) continue;
      const target = new URL(raw, url);
      target.hash = '';
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(basePath)) {
        outsideBase.push(`${raw} on ${url}`);
        continue;
      }
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return { broken, pages, outsideBase };
}

describe('links', () => {
  it('all resolve at the domain root', async () => {
    const result = await crawl(inject('siteUrl'));
    expect(result.broken).toEqual([]);
    expect(result.outsideBase).toEqual([]);
    expect(result.pages).toBeGreaterThan(50);
  });

  describe('under a sub-path', () => {
    let work: string;
    let server: RunningServer;
    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'kodomo-base-'));
      const build = await astroBuild({
        outDir: path.join(work, 'dist'),
        env: { BASE_PATH: '/kodomo-map/', SITE_URL: 'https://example.github.io' },
      });
      if (build.code !== 0) throw new Error(build.output);
      server = await serveStatic(path.join(work, 'dist'), '/kodomo-map/');
    });
    afterAll(async () => {
      await server?.close();
      if (work) await rm(work, { recursive: true, force: true });
    });

    it('all resolve and stay under the sub-path', async () => {
      const result = await crawl(server.url);
      expect(result.broken).toEqual([]);
      expect(result.outsideBase).toEqual([]);
      expect(result.pages).toBeGreaterThan(50);
    });

    it('give absolute URLs on the configured site', async () => {
      const html = await (await fetch(`${server.url}listings/otori-minna-shokudo/`)).text();
      expect(html).toContain('"url":"https://example.github.io/kodomo-map/listings/otori-minna-shokudo/"');
      expect(html).toContain(
        '<link rel="canonical" href="https://example.github.io/kodomo-map/listings/otori-minna-shokudo/"',
      );
    });
  });
});
