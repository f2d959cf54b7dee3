/**
 * The site's own CSV (/data/listings.csv) taken out and brought back: read by
 * PapaParse as a spreadsheet would, then imported with `npm run import` into
 * an empty folder, it gives the same published listings.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { ContentSet } from '../../src/lib/content/content-set.ts';
import { errorsOf } from '../../src/core/problems.ts';
import { siteCsv, SITE_CSV_COLUMNS } from '../../src/lib/open-data/site-csv.ts';
import { toPublicListing, type PublicListing } from '../../src/lib/privacy/public-listing.ts';
import { REPO_ROOT } from './support/helpers.ts';

let demo: ContentSet;
let work: string;
beforeAll(async () => {
  demo = await loadContent('content', { today: '2026-12-01' });
  work = mkdtempSync(path.join(tmpdir(), 'site-csv-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function published(content: ContentSet): PublicListing[] {
  const schools = content.schools.map((s) => ({ ...s }));
  return content.listings
    .map((l) => toPublicListing(l.id, l.data, l.body, schools))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('the site’s own CSV', () => {
  it('has a column for every field of the form, and parses as a spreadsheet would read it', () => {
    const csv = siteCsv(published(demo));
    const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...SITE_CSV_COLUMNS]);
    expect(rows).toHaveLength(demo.listings.length + 1);
  });

  it('imported into an empty folder, gives the same published listings', async () => {
    const file = path.join(work, 'listings.csv');
    writeFileSync(file, siteCsv(published(demo)));
    const empty = path.join(work, 'content');
    mkdirSync(path.join(empty, 'listings'), { recursive: true });
    cpSync('content/site.yaml', path.join(empty, 'site.yaml'));
    cpSync('content/schools', path.join(empty, 'schools'), { recursive: true });
    // site.yaml names the languages of its help pages, whose texts live beside it.
    cpSync('content/help-lines', path.join(empty, 'help-lines'), { recursive: true });
    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/import.ts', file], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTENT_DIR: empty },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`新規 ${demo.listings.length}・更新 0・変更なし 0・要確認 0`);
    const back = await loadContent(empty, { today: '2026-12-01' });
    expect(errorsOf(back.problems)).toEqual([]);
    // The CSV has the form's columns: translated names, summaries and descriptions, not the place notes
    // written in the file by hand, which a new folder cannot get back.
    const carried = published(demo).map(({ translations, ...rest }) => {
      const formOnly = Object.fromEntries(
        Object.entries(translations ?? {}).map(([locale, t]) => [
          locale,
          Object.fromEntries(Object.entries(t).filter(([key]) => ['name', 'summary', 'description'].includes(key))),
        ]),
      );
      return translations ? { ...rest, translations: formOnly } : rest;
    });
    expect(published(back)).toEqual(carried);

    // And again: nothing changes.
    const again = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/import.ts', file], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTENT_DIR: empty },
      encoding: 'utf8',
    });
    expect(again.stdout).toContain(`新規 0・更新 0・変更なし ${demo.listings.length}`);
  });

  it('imported back over the folder it came from, changes nothing: what publishing left out comes back from the files', () => {
    const file = path.join(work, 'listings.csv');
    writeFileSync(file, siteCsv(published(demo)));
    const copy = path.join(work, 'demo');
    cpSync('content', copy, { recursive: true });
    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/import.ts', file], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTENT_DIR: copy },
      encoding: 'utf8',
    });
    expect(run.stdout).toContain(`新規 0・更新 0・変更なし ${demo.listings.length}・要確認 0`);
  });
});
