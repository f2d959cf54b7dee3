/**
 * The demo gives the privacy checks of tests/e2e/site/privacy.test.ts
 * something to find: approximate places and phones published without consent.
 * (The fork fixture's approximate place also has an address, a venue and
 * directions; fork.test.ts runs the same checks on it.)
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { ROOT } from './support/build.ts';

it('has approximate places and phones kept private', async () => {
  const content = await loadContent(path.join(ROOT, 'content'));
  const approximate = content.listings.filter((l) => l.data.location?.precision === 'approximate');
  expect(approximate.length).toBeGreaterThanOrEqual(5);
  const privatePhones = content.listings.filter((l) => l.data.contact?.phone && l.data.contact.phoneConsent === false);
  expect(privatePhones.length).toBeGreaterThanOrEqual(1);
});
