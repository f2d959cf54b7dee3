/**
 * Holds for any content: every internal link and asset of the built site
 * resolves at the domain root, and no built file carries localhost (paper
 * with a QR code to localhost is a dead end for the family holding it).
 */
import { describe, expect, inject, it } from 'vitest';
import { crawl } from '../support/crawl.ts';
import { readAllText } from '../support/site-files.ts';

describe('the built site', () => {
  it('has no broken links, from the home page on', async () => {
    const result = await crawl(inject('siteUrl'));
    expect(result.broken).toEqual([]);
    expect(result.outsideBase).toEqual([]);
    // Home, the directory, one page per listing and per school at least.
    expect(result.pages).toBeGreaterThan(5);
  });

  it('carries its public address, and localhost in no file', async () => {
    const files = await readAllText(inject('distDir'));
    expect(files.filter((f) => f.text.includes('localhost')).map((f) => f.file)).toEqual([]);
  });
});
