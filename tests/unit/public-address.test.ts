/** The public address: site.yaml's siteUrl, overridden by SITE_URL and BASE_PATH. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePublicAddress } from '../../src/lib/content/public-address.ts';

let dir: string;
async function withSiteYaml(text: string): Promise<string> {
  const folder = await mkdtemp(path.join(dir, 'content-'));
  await writeFile(path.join(folder, 'site.yaml'), text);
  return folder;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kodomo-address-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the public address', () => {
  it('comes from siteUrl in the content folder', async () => {
    const content = await withSiteYaml('siteName: x\nsiteUrl: https://map.example.jp/\n');
    expect(resolvePublicAddress({ CONTENT_DIR: content })).toEqual({
      site: 'https://map.example.jp',
      base: '/',
      source: 'site.yaml',
    });
  });

  it('takes the base path from a siteUrl with a path', async () => {
    const content = await withSiteYaml('siteUrl: https://ward.github.io/kodomo-map\n');
    expect(resolvePublicAddress({ CONTENT_DIR: content })).toMatchObject({
      site: 'https://ward.github.io',
      base: '/kodomo-map/',
    });
  });

  it('is overridden by SITE_URL and BASE_PATH', async () => {
    const content = await withSiteYaml('siteUrl: https://ward.github.io/kodomo-map/\n');
    expect(resolvePublicAddress({ CONTENT_DIR: content, SITE_URL: 'https://other.example.org' })).toEqual({
      site: 'https://other.example.org',
      base: '/',
      source: 'SITE_URL',
    });
    expect(resolvePublicAddress({ CONTENT_DIR: content, BASE_PATH: 'sub' })).toMatchObject({
      site: 'https://ward.github.io',
      base: '/sub/',
    });
  });

  it('is missing, not localhost, when nothing sets it', async () => {
    const content = await withSiteYaml('siteName: x\n');
    expect(resolvePublicAddress({ CONTENT_DIR: content })).toEqual({ site: undefined, base: '/', source: 'none' });
    expect(resolvePublicAddress({ CONTENT_DIR: path.join(dir, 'no-such-folder') }).site).toBeUndefined();
  });

  it('refuses an address that is not a web URL, naming where it came from', async () => {
    const content = await withSiteYaml('siteUrl: kodomo-map.example.jp\n');
    expect(() => resolvePublicAddress({ CONTENT_DIR: content })).toThrow(/site\.yaml の siteUrl.*not an http\(s\) URL/);
    expect(() => resolvePublicAddress({ CONTENT_DIR: content, SITE_URL: 'ftp://x' })).toThrow(/SITE_URL/);
  });
});
