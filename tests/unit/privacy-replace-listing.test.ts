/**
 * A correction is checked in memory, with the whole content folder, before
 * anything is written: a file that would fail leaves the folder as it was,
 * byte for byte, and a new one that would fail is never created.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemsOfReplacement, replaceListing } from '../../src/lib/submission/replace-listing.ts';

const TODAY = '2026-11-24';
let work: string;
let id: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'replace-'));
  await cp(path.resolve('content'), work, { recursive: true });
  id = (await readdir(path.join(work, 'listings'))).find((n) => n.endsWith('.md'))!.slice(0, -3);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function snapshot(): Promise<Map<string, string>> {
  const dir = path.join(work, 'listings');
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

describe('replaceListing', () => {
  it('writes nothing when the schema says no', async () => {
    const before = await snapshot();
    const outcome = await replaceListing(work, `listings/${id}.md`, '---\nname: 名前だけ\n---\n', TODAY);
    expect(outcome.written).toBe(false);
    expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a rule across files says no, and creates no new file', async () => {
    const before = await snapshot();
    const text = before.get(`${id}.md`)!;
    const unknownSchool = text
      .replace(/^---\n/, '---\nschoolDistrict: no-such-school\n')
      .replace(/^schoolDistrict: (?!no-such).*\n/m, '');
    const rel = 'listings/brand-new-listing.md';
    const problems = await problemsOfReplacement(work, rel, unknownSchool, TODAY);
    expect(problems.some((p) => p.severity === 'error' && p.field === 'schoolDistrict')).toBe(true);
    expect((await replaceListing(work, rel, unknownSchool, TODAY)).written).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('writes a clean file', async () => {
    const before = await snapshot();
    const text = before.get(`${id}.md`)!.replace(/^summary: .*$/m, 'summary: 訂正後のひとこと紹介');
    const outcome = await replaceListing(work, `listings/${id}.md`, text, TODAY);
    expect(outcome.written).toBe(true);
    expect(await readFile(path.join(work, 'listings', `${id}.md`), 'utf8')).toBe(text);
  });
});
