/** The consultation page's quick-exit setting in site.yaml. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schema/site.ts';
import { REPO_ROOT } from './support/helpers.ts';

const site = load(await readFile(path.join(REPO_ROOT, 'content/site.yaml'), 'utf8')) as Record<string, unknown>;

describe('quickExit', () => {
  it('is a neutral public page in the demo, and may be left out', () => {
    const parsed = siteSchema.parse(site);
    expect(new URL(parsed.quickExit!.url).protocol).toBe('https:');
    const { quickExit: _, ...without } = site;
    expect(siteSchema.safeParse(without).success).toBe(true);
  });

  it('must be a web address: no script, no other scheme, no unknown key', () => {
    for (const quickExit of [
      { url: 'javascript:alert(1)' },
      { url: 'data:text/html,<p>x</p>' },
      { url: 'weather' },
      { url: 'https://example.jp/', label: '天気' },
      {},
    ]) {
      const result = siteSchema.safeParse({ ...site, quickExit });
      expect(result.success, JSON.stringify(quickExit)).toBe(false);
      expect(result.error!.issues[0]!.path[0]).toBe('quickExit');
    }
  });
});
