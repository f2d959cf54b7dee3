/**
 * The public address in the built files: it comes from site.yaml's siteUrl,
 * a build without one fails with a message that says what to set, and no
 * built file ever carries localhost — paper with a QR code to localhost is a
 * dead end for the family holding it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, astroBuild } from './support/build.ts';
import { readAllText } from './support/site-files.ts';

const DEMO = path.join(ROOT, 'content');
let work: string;

/** A copy of the demo content with site.yaml's siteUrl line replaced (or removed). */
async function demoWithSiteUrl(siteUrl: string | undefined): Promise<string> {
  const folder = await mkdtemp(path.join(work, 'content-'));
  await cp(DEMO, folder, { recursive: true });
  const file = path.join(folder, 'site.yaml');
  const text = (await readFile(file, 'utf8')).replace(/^siteUrl:.*\n/m, siteUrl ? `siteUrl: ${siteUrl}\n` : '');
  await writeFile(file, text);
  return folder;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kodomo-address-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the public address', () => {
  it("is the demo's siteUrl in the demo's build", async () => {
    const files = await readAllText(inject('distDir'));
    const print = files.find((f) => f.file.endsWith(path.join('print', 'index.html')))!;
    expect(print.text).toContain('https://kodomo-map.example.jp/print/');
  });

  it('fails a production build that has none, saying what to set', async () => {
    const content = await demoWithSiteUrl(undefined);
    const result = await astroBuild({
      outDir: path.join(work, 'dist-none'),
      env: { CONTENT_DIR: content, SITE_URL: '', BASE_PATH: '' },
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('公開するサイトの URL がありません');
    expect(result.output).toContain('SITE_URL');
  });

  it('takes the origin and sub-path from siteUrl for QR data, calendars, canonical links and the embed snippet', async () => {
    const content = await demoWithSiteUrl('https://ward.example.jp/kodomo-map/');
    const dist = path.join(work, 'dist-ward');
    const result = await astroBuild({ outDir: dist, env: { CONTENT_DIR: content, SITE_URL: '', BASE_PATH: '' } });
    expect(result.code, result.output).toBe(0);
    const base = 'https://ward.example.jp/kodomo-map/';
    const printData = JSON.parse(await readFile(path.join(dist, 'print-data.json'), 'utf8')) as Record<
      string,
      { url: string }
    >;
    for (const [id, entry] of Object.entries(printData)) expect(entry.url).toBe(`${base}listings/${id}/`);
    const listing = await readFile(path.join(dist, 'listings/otori-minna-shokudo/index.html'), 'utf8');
    expect(listing).toContain(`<link rel="canonical" href="${base}listings/otori-minna-shokudo/"`);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(path.join(dist, 'calendar.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) {
      expect(String(event.getFirstPropertyValue('url'))).toMatch(new RegExp(`^${base}listings/[a-z0-9-]+/$`));
      expect(String(event.getFirstPropertyValue('uid'))).toMatch(/@ward\.example\.jp$/);
    }
    const school = await readFile(path.join(dist, 'schools/otorigaoka-es/index.html'), 'utf8');
    expect(school).toContain(`&lt;iframe src=&quot;${base}embed/schools/otorigaoka-es/&quot;`);
    const files = await readAllText(dist);
    expect(files.filter((f) => f.text.includes('localhost')).map((f) => f.file)).toEqual([]);
  });
});
