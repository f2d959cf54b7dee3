/**
 * `npm run stale-report` as the monthly workflow runs it: a separate Node
 * process reading a content folder through CONTENT_DIR, printing the issue
 * body (or JSON), and exiting 0 whenever it made the report.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './support/helpers.ts';
import { runScript, temporaryFolders } from './support/run-script.ts';

const { tempDir, copyOf } = temporaryFolders('stale-report-');

/** The good fixture, with some of its listings last confirmed long ago. */
function contentWithStale(): string {
  const dir = copyOf(path.join(FIXTURES, 'content-good'));
  const age = (id: string, edit: (text: string) => string) => {
    const file = path.join(dir, 'listings', `${id}.md`);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  };
  const old = (text: string) => text.replace(/^verified:\n {2}date: 2026-10-01$/m, 'verified:\n  date: 2025-03-01');
  // Its phone is private (phoneConsent: false); an online listing, so in no district.
  age('tetsudai-volunteer', old);
  // Paused: not reported, however old.
  age('kobushi-free-school', (text) => old(text).replace(/^status: active$/m, 'status: paused'));
  // A name written to link, mention and mark up.
  age('hoshizora-shokudo', (text) =>
    old(text).replace(/^name: .*$/m, 'name: "[罠](https://evil.example/) @octocat #1 <b>太字</b>"'),
  );
  return dir;
}

// The links come from the folder's site.yaml, not from whatever the test runner was given.
const runReport = (contentDir: string, args: string[]) =>
  runScript('stale-report.ts', contentDir, args, { SITE_URL: undefined, BASE_PATH: undefined });

describe('npm run stale-report', () => {
  it('prints the issue body and exits 0 with stale listings', async () => {
    const run = await runReport(contentWithStale(), ['--today', '2026-11-24']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const body = run.stdout;
    expect(body.split('\n')[0]).toBe('# 確認が必要な掲載 / Listings to confirm');
    expect(body).toContain('**2 件**');
    expect(body).toContain('12 か月（`site.yaml` の `staleAfterMonths`）');
    expect(body.match(/^- \[ \] /gm)).toHaveLength(2);
    // The district section before the section of listings in no district.
    expect(body.indexOf('## さくら小学校区')).toBeGreaterThan(0);
    expect(body.indexOf('## 校区なし / No district')).toBeGreaterThan(body.indexOf('## さくら小学校区'));
    expect(body).toContain('(<https://test-ward.example.jp/listings/tetsudai-volunteer/>)');
    expect(body).toContain('(<https://test-ward.example.jp/submit/?edit=tetsudai-volunteer>)');
    expect(body).toContain('`listings/tetsudai-volunteer.md`');
    expect(body).toContain('<tetsudai@example.jp>');
    expect(body).toContain('電話 / Phone: 072\\-000\\-9101');
    expect(body).toContain('verified: { date: 2026-11-24');
    expect(body).toContain('作成日 / Generated: 2026-11-24');
    expect(body).not.toContain('kobushi-free-school');
  });

  it('never prints a phone published without consent', async () => {
    const run = await runReport(contentWithStale(), ['--today', '2026-11-24']);
    expect(run.stdout.replace(/\\/g, '')).not.toMatch(/090.?0000.?9102/);
    const json = await runReport(contentWithStale(), ['--today', '2026-11-24', '--format=json']);
    expect(json.stdout).not.toMatch(/090.?0000.?9102/);
  });

  it('prints a hostile name as inert text', async () => {
    const { stdout } = await runReport(contentWithStale(), ['--today', '2026-11-24']);
    const line = stdout.split('\n').find((l) => l.includes('evil'))!;
    expect(line).toBe(
      "- [ ] **[\\[罠\\]\\(https&#8203;\\:\\/\\/evil\\.example\\/\\) \\@&#8203;octocat \\#&#8203;1 \\<b\\>太字\\<\\/b\\>](<https://test-ward.example.jp/listings/hoshizora-shokudo/>)** — 子ども食堂 / Kids' cafeteria",
    );
  });

  it('prints the same report as JSON, with links', async () => {
    const run = await runReport(contentWithStale(), ['--format', 'json', '--today=2026-11-24']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      total: number;
      staleAfterMonths: number;
      groups: { school?: { id: string }; listings: { id: string; monthsSince: number; links: unknown }[] }[];
    };
    expect(report.total).toBe(2);
    expect(report.staleAfterMonths).toBe(12);
    expect(report.groups.map((g) => g.school?.id)).toEqual(['sakura-es', undefined]);
    expect(report.groups[1]!.listings[0]).toMatchObject({
      id: 'tetsudai-volunteer',
      monthsSince: 20,
      links: {
        page: 'https://test-ward.example.jp/listings/tetsudai-volunteer/',
        edit: 'https://test-ward.example.jp/submit/?edit=tetsudai-volunteer',
        file: 'listings/tetsudai-volunteer.md',
      },
    });
  });

  it('exits 0 and says so when nothing is stale', async () => {
    const run = await runReport(path.join(FIXTURES, 'content-good'), ['--today', '2026-11-24']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('すべての掲載が 12 か月以内に確認されています');
    expect(run.stdout).not.toContain('- [ ]');
  });

  it.each([
    [['--format=xml'], /--format は markdown か json/],
    [['--today', '2026-02-30'], /--today は .*実在する日付/],
    [['--today', 'tomorrow'], /--today/],
    [['--bogus'], /引数が読めません/],
    [['extra'], /引数が読めません/],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const run = await runReport(path.join(FIXTURES, 'content-good'), args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('使い方 / Usage: npm run stale-report');
  });

  it('exits 1 when there is no site.yaml to read the rule from', async () => {
    const dir = tempDir();
    const run = await runReport(dir, []);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/staleAfterMonths/);
  });
});
