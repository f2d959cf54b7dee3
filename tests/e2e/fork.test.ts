/**
 * Another city forks the site with its own content folder (豊中市, fictional):
 * it builds on the first try, carries none of the demo region's words, and
 * passes the checks that hold for any content through the documented command.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, astroBuild } from './support/build.ts';
import { readAllText } from './support/site-files.ts';

const FORK = path.join(ROOT, 'tests/fixtures/content-fork');
const run = promisify(execFile);
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kodomo-fork-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a fork with its own content', () => {
  it('builds, and says nothing of the demo region: its halls, stations, centre or tile provider', async () => {
    const dist = path.join(work, 'dist');
    const result = await astroBuild({ outDir: dist, env: { CONTENT_DIR: FORK } });
    expect(result.code, result.output).toBe(0);
    const files = await readAllText(dist);
    const leaks = files.flatMap(({ file, text }) =>
      ['鳳', '堺', '西区', '国土地理院', 'kodomo-map.example.jp']
        .filter((word) => text.includes(word))
        .map((word) => `${path.relative(dist, file)}: ${word}`),
    );
    expect(leaks).toEqual([]);
    const submit = files.find((f) => f.file.endsWith(path.join('submit', 'index.html')))!;
    // The form's examples are the fork's own, and its example point is the fork's map centre.
    expect(submit.text).toContain('中桜塚付近');
    expect(submit.text).toContain('34.7810');
    // 国土数値情報's terms: the boundaries' source is named wherever they are shown or their data is described.
    const credit =
      '「国土数値情報（小学校区データ）」（国土交通省）をもとにとよなか子ども地域マップ編集委員会が加工して作成';
    for (const page of [
      path.join('schools', 'sakurazuka-es', 'index.html'),
      path.join('embed', 'schools', 'sakurazuka-es', 'index.html'),
      path.join('schools', 'index.html'),
      path.join('data', 'index.html'),
      path.join('about', 'index.html'),
    ]) {
      const html = files.find((f) => f.file.endsWith(path.join(dist, page)) || f.file === path.join(dist, page));
      expect(html?.text, page).toMatch(/data-district-source[^>]*>[^<]*校区の境界の出典/);
      expect(html!.text, page).toContain(
        `<a href="https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A27.html">${credit}</a>`,
      );
    }
    // A school with no boundary of its own credits none.
    const okamachi = files.find((f) => f.file === path.join(dist, 'schools', 'okamachi-jhs', 'index.html'));
    expect(okamachi?.text).not.toContain('data-district-source');
  });

  it('passes npm run check:content', async () => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts/check-content.ts')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: FORK, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toMatch(/エラー 0 件/);
    expect(stdout).toMatch(/tests: \d+ passed, 0 failed/);
  }, 600_000);
});
