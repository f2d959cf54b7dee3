/** Shared helpers for the unit tests of the content validator. */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Problem } from '../../../src/core/problems.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const GOOD_DIR = `${FIXTURES}content-good`;
export const BAD_DIR = `${FIXTURES}content-bad`;

/** The day the fixtures are judged by in direct loadContent calls. */
export const TODAY = '2026-11-24';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/**
 * Two English words in a row. A lone field name quoted in the Japanese half
 * ("phoneConsent", "kind: free-school") does not count as English text.
 */
const ENGLISH = /[A-Za-z]{2,}[ ,;]+[A-Za-z]{2,}/;

/** Messages are for volunteers: Japanese first, English beside it. */
export function expectBilingual(message: string): void {
  expect(message, `no Japanese in: ${message}`).toMatch(JAPANESE);
  expect(message, `no English in: ${message}`).toMatch(/[A-Za-z]{3,}/);
  expect(message, `no English sentence in: ${message}`).toMatch(ENGLISH);
}

export function problemsFor(problems: readonly Problem[], file: string): Problem[] {
  return problems.filter((p) => p.file === file);
}

/** A small deterministic PRNG (mulberry32), so random inputs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
