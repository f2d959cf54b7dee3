/**
 * The submission form as a volunteer uses it, in a real browser: a listing of
 * each kind filled in step by step, downloaded, validated and built into the
 * page the preview promised; wrong values answered beside their fields; the
 * draft kept across a reload; hostile text kept harmless; corrections
 * starting from the published listing; and the issue route giving the same file.
 */
import { axeFor } from './support/axe.ts';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';
import { serveStatic, type RunningServer } from '../../scripts/static-server.ts';
import { ROOT, astroBuild } from './support/build.ts';
import { parseMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { approximateCircle, distanceMetres } from '../../src/lib/geo.ts';
import { ISSUE_FIELDS, type FormMode } from '../../src/lib/submission/issue-fields.ts';
import { listingFromIssue } from '../../src/lib/submission/from-issue.ts';
import { listingSchema } from '../../src/schema/listing.ts';

const siteUrl = inject('siteUrl');
const run = promisify(execFile);
let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await launchBrowser();
  work = await mkdtemp(path.join(tmpdir(), 'kodomo-submit-'));
  await cp(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

async function openForm(query = ''): Promise<Watched> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Map tiles cannot load here; the form must work without them.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${siteUrl}submit/${query}`);
  await page.waitForSelector('[data-submit][data-ready="true"]');
  return { page, errors, dialogs };
}

const text = (page: Page, field: string) =>
  page.locator(`input[data-field="${field}"], textarea[data-field="${field}"]`);
const fill = (page: Page, field: string, value: string) => text(page, field).fill(value);
const radio = (page: Page, field: string, label: string) =>
  page.locator(`fieldset[data-field="${field}"]`).getByRole('radio', { name: label, exact: true }).check();
const tick = (page: Page, field: string, label: string) =>
  page.locator(`fieldset[data-field="${field}"]`).getByRole('checkbox', { name: label, exact: true }).check();
const box = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true }).check();

async function next(page: Page, expectedStep: number) {
  await page.click('[data-next]');
  await page.waitForSelector(`[data-submit-step="${expectedStep}"]`);
}

/** The message shown beside a field. */
async function messageOf(page: Page, field: string): Promise<string> {
  const control = page.locator(`[data-field="${field}"]`).first();
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  return errorId ? ((await page.locator(`[id="${errorId}"]`).textContent()) ?? '') : '';
}

interface KindCase {
  kind: string;
  kindLabel: string;
  fill: (page: Page) => Promise<void>;
}

/** Step 1 for every kind; the rest differs. */
async function about(page: Page, kindLabel: string, name: string, kana: string, summary: string) {
  await radio(page, 'kind', kindLabel);
  await fill(page, 'name', name);
  await fill(page, 'nameKana', kana);
  await fill(page, 'summary', summary);
  await next(page, 1);
}

async function contact(page: Page, operator: boolean) {
  await radio(page, 'isOperator', operator ? 'はい、運営しています' : 'いいえ（利用者・知り合いなど）');
  await next(page, 6);
}

const CASES: KindCase[] = [
  {
    kind: 'kodomo-shokudo',
    kindLabel: '子ども食堂',
    fill: async (page) => {
      await about(
        page,
        '子ども食堂',
        'テストみなと食堂',
        'てすとみなとしょくどう',
        '第2・第4土曜のお昼に、みんなでごはんを食べる子ども食堂です。',
      );
      await fill(page, 'placeName', '港町会館');
      await fill(page, 'address', '大阪府堺市西区鳳東町9丁目9-9');
      // The pin goes where the map is tapped.
      await page.waitForSelector('[data-point-map][data-ready="true"]');
      await page.click('[data-point-map]', { position: { x: 180, y: 140 } });
      await expect.poll(() => text(page, 'lat').inputValue()).not.toBe('');
      await next(page, 2);
      await radio(page, 'rules.0.pattern', '毎月 第N曜日');
      await tick(page, 'rules.0.weeks', '第2');
      await tick(page, 'rules.0.weeks', '第4');
      await tick(page, 'rules.0.days', '土曜日');
      await fill(page, 'rules.0.opens', '11:00');
      await fill(page, 'rules.0.closes', '14:00');
      await box(page, '祝日と重なった日は休み');
      await next(page, 3);
      await tick(page, 'audience', '小学生');
      await tick(page, 'audience', '中学生');
      await next(page, 4);
      await page.getByRole('button', { name: '＋ 料金を足す' }).click();
      await fill(page, 'costs.0.yen', '0');
      await fill(page, 'costs.0.label', '高校生まで');
      await page.getByRole('button', { name: '＋ 料金を足す' }).click();
      await page.selectOption('#cost-for-1', 'adult');
      await fill(page, 'costs.1.yen', '300');
      await radio(page, 'allergy', '要相談');
      await next(page, 5);
      await fill(page, 'phone', '072-000-9999');
      await radio(page, 'phoneConsent', '載せてよい');
      await contact(page, true);
    },
  },
  {
    kind: 'free-school',
    kindLabel: 'フリースクール',
    fill: async (page) => {
      await about(
        page,
        'フリースクール',
        'テストそよかぜスクール',
        'てすとそよかぜすくーる',
        '中学生のためのフリースクールです。',
      );
      await fill(page, 'address', '大阪府堺市西区津久野町9丁目9-9');
      await fill(page, 'lat', '34.5583');
      await fill(page, 'lng', '135.4692');
      await next(page, 2);
      for (const day of ['月曜日', '水曜日', '金曜日']) await tick(page, 'rules.0.days', day);
      await fill(page, 'rules.0.opens', '10:00');
      await fill(page, 'rules.0.closes', '16:00');
      await next(page, 3);
      await tick(page, 'audience', '中学生');
      await tick(page, 'grades', '中学生');
      await radio(page, 'attendanceCredit', '在籍校と相談');
      await radio(page, 'visits', 'はい');
      await next(page, 4);
      await page.getByRole('button', { name: '＋ 料金を足す' }).click();
      await fill(page, 'costs.0.yen', '30,000');
      await page.selectOption('#cost-per-0', 'month');
      await next(page, 5);
      await contact(page, true);
    },
  },
  {
    kind: 'ibasho',
    kindLabel: 'こどもの居場所',
    fill: async (page) => {
      await about(
        page,
        'こどもの居場所',
        'テストのきのしたハウス',
        'てすとのきのしたはうす',
        '隔週水曜の放課後に開く、小さな居場所です。',
      );
      await radio(page, 'precision', '地域名だけ公開する');
      await fill(page, 'address', '大阪府堺市西区浜寺石津町中9丁9-9');
      await fill(page, 'area', '浜寺石津町付近');
      await fill(page, 'lat', '34.551234');
      await fill(page, 'lng', '135.448765');
      await next(page, 2);
      await radio(page, 'rules.0.pattern', '隔週（2週に1回）');
      await tick(page, 'rules.0.days', '水曜日');
      await fill(page, 'rules.0.opens', '15:00');
      await fill(page, 'rules.0.closes', '18:00');
      await fill(page, 'rules.0.startDate', '2026-12-02');
      await next(page, 3);
      await tick(page, 'audience', '小学生');
      await next(page, 4);
      await next(page, 5);
      await fill(page, 'phone', '090-0000-9999');
      await radio(page, 'phoneConsent', '載せない');
      await contact(page, false);
    },
  },
  {
    kind: 'consultation',
    kindLabel: '相談窓口',
    fill: async (page) => {
      await about(
        page,
        '相談窓口',
        'テストでんわ相談',
        'てすとでんわそうだん',
        '毎晩、子どもも保護者も電話で相談できます。',
      );
      await radio(page, 'placeType', 'ない（電話・LINE・オンラインだけ）');
      await next(page, 2);
      for (const day of ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'])
        await tick(page, 'rules.0.days', day);
      await fill(page, 'rules.0.opens', '17:00');
      await fill(page, 'rules.0.closes', '22:00');
      await next(page, 3);
      await tick(page, 'audience', '中学生');
      await tick(page, 'audience', '保護者');
      await fill(page, 'topics', '不登校\nいじめ');
      await radio(page, 'anonymous', 'はい');
      await next(page, 4);
      await next(page, 5);
      await fill(page, 'phone', '0120-000-999');
      await radio(page, 'phoneConsent', '載せてよい');
      await contact(page, true);
    },
  },
  {
    kind: 'volunteer',
    kindLabel: '新たな担い手・ボランティア',
    fill: async (page) => {
      await about(
        page,
        '新たな担い手・ボランティア',
        'テスト調理ボランティア',
        'てすとちょうりぼらんてぃあ',
        '子ども食堂の調理を手伝えます。',
      );
      await radio(page, 'placeType', 'ない（電話・LINE・オンラインだけ）');
      await next(page, 2);
      await radio(page, 'scheduleType', '不定期');
      await fill(page, 'scheduleNote', '平日の夕方なら月2回ほど手伝えます。');
      await next(page, 3);
      await tick(page, 'audience', 'どなたでも');
      await radio(page, 'volunteerDirection', '手伝えます（担い手・支援の申し出）');
      await fill(page, 'activities', '調理、配膳');
      await next(page, 4);
      await next(page, 5);
      await fill(page, 'email', 'helper@example.jp');
      await contact(page, true);
    },
  },
];

interface Submitted {
  kind: string;
  id: string;
  file: string;
  preview: { name: string; summary: string; facts: Record<string, string> };
}
const submitted: Submitted[] = [];

async function readPreview(page: Page): Promise<Submitted['preview']> {
  const facts: Record<string, string> = {};
  for (const row of await page.locator('[data-preview-fact]').all()) {
    facts[(await row.getAttribute('data-preview-fact'))!] = ((await row.locator('dd').textContent()) ?? '').trim();
  }
  return {
    name: (await page.locator('[data-preview-name]').textContent())!.trim(),
    summary: (await page.locator('[data-preview-summary]').textContent())!.trim(),
    facts,
  };
}

async function download(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-send-download]')]);
  const target = path.join(work, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), text: await readFile(target, 'utf8') };
}

describe('a volunteer fills the form for each kind', () => {
  it.each(CASES)('$kind', async ({ kind, fill: steps }) => {
    const { page, errors, dialogs } = await openForm();
    await steps(page);
    expect(await page.locator('[data-review-problems]').count()).toBe(0);
    const preview = await readPreview(page);
    const file = await download(page);
    const id = file.name.replace(/\.md$/, '');
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(file.text).toBe(await page.locator('[data-file-text]').textContent());
    const parsed = parseMarkdownFile(file.name, new TextEncoder().encode(file.text));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const data = listingSchema.parse(parsed.value.data);
    expect(data.kind).toBe(kind);
    await writeFile(path.join(work, 'content/listings', file.name), file.text);
    submitted.push({ kind, id, file: file.text, preview });
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('the downloaded files pass npm run validate', async () => {
    expect(submitted.map((s) => s.kind)).toEqual(CASES.map((c) => c.kind));
    const { stdout } = await run(process.execPath, ['scripts/validate.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: path.join(work, 'content') },
    });
    expect(stdout).toMatch(/エラー 0 件/);
    for (const { id } of submitted) expect(stdout).not.toContain(`listings/${id}.md: `.replace(/: $/, ': ') + 'kind');
  });

  it('and build into pages that show what the preview showed', async () => {
    const result = await astroBuild({
      outDir: path.join(work, 'dist'),
      env: { CONTENT_DIR: path.join(work, 'content') },
    });
    if (result.code !== 0) throw new Error(result.output);
    const server: RunningServer = await serveStatic(path.join(work, 'dist'));
    try {
      const page = await browser.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      for (const { id, preview, file } of submitted) {
        await page.goto(`${server.url}listings/${id}/`);
        const body = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
        expect(await page.locator('h1').textContent()).toBe(preview.name);
        expect(body).toContain(preview.summary);
        for (const [label, value] of Object.entries(preview.facts)) {
          if (label === '種類' || label === '日時') {
            for (const part of value.split(' / ')) expect(body, `${id} ${label}`).toContain(part);
          } else if (label === '場所') {
            for (const part of value.split(' ')) expect(body, `${id} ${label}`).toContain(part);
          } else {
            expect(body, `${id} ${label}`).toContain(value);
          }
        }
        // A phone kept private reaches neither the page nor its data.
        const privatePhone = /phone: (\S+)\n\s+phoneConsent: false/.exec(file)?.[1];
        if (privatePhone) expect(body).not.toContain(privatePhone);
      }
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe('wrong values', () => {
  it('are answered beside their fields, in Japanese first', async () => {
    const { page, errors } = await openForm();
    // Moving on without the required fields names each one.
    await page.click('[data-next]');
    expect(await messageOf(page, 'name')).toMatch(/^必須の項目がありません/);
    expect(await page.locator('[data-step-problems]').textContent()).toContain('直してほしいところ');
    await radio(page, 'kind', '子ども食堂');
    await fill(page, 'name', 'テスト');
    await fill(page, 'nameKana', 'テスト');
    await fill(page, 'summary', 'テストです。');
    await text(page, 'nameKana').blur();
    expect(await messageOf(page, 'nameKana')).toBe(
      'よみがなは ひらがな で書いてください / Write the reading in hiragana',
    );
    await fill(page, 'nameKana', 'てすと');
    await next(page, 1);

    await radio(page, 'precision', '地域名だけ公開する');
    await fill(page, 'lat', '北緯34度');
    await fill(page, 'lng', '135.47');
    await page.click('[data-next]');
    expect(await messageOf(page, 'lat')).toMatch(/^緯度は数値で書いてください/);
    await fill(page, 'lat', '34.54');
    expect(await messageOf(page, 'area')).toMatch(/^おおよその場所（approximate）には、公開する地域名 area/);
    await fill(page, 'area', '鳳東町付近');
    await next(page, 2);

    await tick(page, 'rules.0.days', '土曜日');
    await fill(page, 'rules.0.opens', '14:00');
    await fill(page, 'rules.0.closes', '11:00');
    await page.click('[data-next]');
    expect(await messageOf(page, 'rules.0.closes')).toMatch(/^終了時刻は開始時刻より後にしてください/);
    await radio(page, 'rules.0.pattern', '隔週（2週に1回）');
    await fill(page, 'rules.0.closes', '16:00');
    expect(await messageOf(page, 'rules.0.startDate')).toMatch(/^隔週・隔月（interval）は、数え始める日を startDate/);
    await fill(page, 'rules.0.startDate', '2026-12-05');
    await next(page, 3);

    await page.click('[data-next]');
    expect(await messageOf(page, 'audience')).toMatch(/^対象を1つ以上選んでください/);
    await tick(page, 'audience', '小学生');
    await next(page, 4);

    await page.getByRole('button', { name: '＋ 料金を足す' }).click();
    await fill(page, 'costs.0.yen', '百円');
    await page.click('[data-next]');
    expect(await messageOf(page, 'costs.0.yen')).toMatch(/^金額は円単位の整数で書いてください/);
    await fill(page, 'costs.0.yen', '100');
    await next(page, 5);

    await fill(page, 'phone', '12345');
    await fill(page, 'website', 'javascript:alert(1)');
    await page.click('[data-next]');
    expect(await messageOf(page, 'phone')).toMatch(/^電話番号は 072-000-1234 のように/);
    expect(await messageOf(page, 'phoneConsent')).toMatch(/^電話番号をサイトに載せてよいか選んでください/);
    expect(await messageOf(page, 'website')).toMatch(/^http:\/\/ か https:\/\/ で始まる URL にしてください/);
    expect(await messageOf(page, 'isOperator')).toMatch(/^運営している方かどうかを選んでください/);
    // The first field with a problem has the focus (moved on the next frame), and is described by its message.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('phone');
    await page.goto(`${siteUrl}submit/`);
    await page.waitForSelector('[data-submit][data-ready="true"]');
    // Sending stays closed while something is wrong.
    await page.getByRole('button', { name: /確認して送る/ }).click();
    expect(await page.locator('[data-review-problems] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-send-download]').isDisabled()).toBe(true);
    expect(await page.locator('[data-send-email]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the id', () => {
  it('is checked against the published ids, which the page fetches rather than carries', async () => {
    const { page, errors } = await openForm();
    // The page grows with nothing per listing: the ids come from their own file.
    const html = await (await page.request.get(`${siteUrl}submit/`)).text();
    expect(html).not.toContain('ebaraji-terakoya-gakuen');
    await page.waitForSelector('[data-submit][data-known-ids="loaded"]');
    await page.locator('.submit-steps__button').last().click();
    await fill(page, 'id', 'ebaraji-terakoya-gakuen');
    await text(page, 'id').blur();
    expect(await messageOf(page, 'id')).toBe(
      '「ebaraji-terakoya-gakuen」はもう使われています。別の ID にしてください / This id is taken',
    );
    await fill(page, 'id', 'ebaraji-terakoya-gakuen-2');
    await expect.poll(() => messageOf(page, 'id')).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the schedule step before its builder has loaded', () => {
  it('moves focus to the problem summary when Next is pressed', async () => {
    const { page, errors } = await openForm();
    // The builder's chunk is held back until the step has been tried, as on a slow connection.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/schedule-builder/, async (route) => {
      asked = true;
      await released;
      await route.continue();
    });
    await page.getByRole('button', { name: /開く日/ }).click();
    await page.waitForSelector('[data-submit-step="2"]');
    await expect.poll(() => asked).toBe(true);
    expect(await page.locator('[data-submit-step] [data-field]').count()).toBe(0);
    await page.click('[data-next]');
    // An empty draft's rule has problems; with no field drawn yet, the summary says so and has the focus.
    await page.waitForSelector('[data-step-problems]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-step-problems'))).toBe(true);
    expect(await page.locator('[data-submit-step="2"]').count()).toBe(1);
    release();
    // Once the builder arrives, its fields show their problems.
    await page.waitForSelector('[data-submit-step] [aria-invalid="true"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the draft', () => {
  it('survives a reload, and the clear button empties it', async () => {
    const { page } = await openForm();
    await radio(page, 'kind', 'こどもの居場所');
    await fill(page, 'name', 'のこる居場所');
    await fill(page, 'description', '一行目\n二行目');
    // The draft is stored by an effect after the change; reload once it is.
    const stored = () => page.evaluate(() => localStorage.getItem('kodomo-map:submit:new'));
    await expect.poll(stored).toContain('二行目');
    await page.reload();
    await page.waitForSelector('[data-submit][data-ready="true"]');
    expect(await page.locator('[data-restored]').count()).toBe(1);
    expect(await text(page, 'name').inputValue()).toBe('のこる居場所');
    expect(await text(page, 'description').inputValue()).toBe('一行目\n二行目');
    expect(
      await page.locator('fieldset[data-field="kind"]').getByRole('radio', { name: 'こどもの居場所' }).isChecked(),
    ).toBe(true);
    await page.click('[data-clear]');
    await page.click('[data-clear-confirm]');
    expect(await text(page, 'name').inputValue()).toBe('');
    await expect.poll(stored).toBeNull();
    await page.reload();
    await page.waitForSelector('[data-submit][data-ready="true"]');
    expect(await page.locator('[data-restored]').count()).toBe(0);
    expect(await text(page, 'name').inputValue()).toBe('');
    await page.context().close();
  });

  it('ignores a damaged stored draft', async () => {
    const { page, errors } = await openForm();
    await page.evaluate(() => {
      localStorage.setItem(
        'kodomo-map:submit:new',
        JSON.stringify({
          name: { toString: 1 },
          kind: '<img src=x onerror=alert(1)>',
          rules: [{ opens: { a: 1 }, days: 'SA' }],
          costs: 'x',
        }),
      );
    });
    await page.reload();
    await page.waitForSelector('[data-submit][data-ready="true"]');
    expect(await text(page, 'name').inputValue()).toBe('');
    await page.getByRole('button', { name: /開く日/ }).click();
    expect(await text(page, 'rules.0.opens').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

const HOSTILE: Array<[string, string]> = [
  ['markup', '<img src=x onerror="window.__pwned=1"><b>太字</b>'],
  ['script', '<script>window.__pwned=1</script>'],
  ['10,000 characters', 'あ'.repeat(10_000)],
  ['emoji', '👨‍👩‍👧‍👦🍙 こども食堂 🎉'],
  ['control characters', 'ab\u0000c\u0007d\u202etxt.exe'],
];

describe('hostile text in every text field', () => {
  it.each(HOSTILE)('%s gives a valid harmless file or a clear message', async (_, payload) => {
    const { page, errors, dialogs } = await openForm();
    // A listing that would be valid, then the payload typed into every text field of every step.
    await about(page, 'こどもの居場所', '居場所', 'いばしょ', 'ふつうの紹介です。');
    await fill(page, 'address', '大阪府堺市西区鳳東町1丁目1-1');
    await fill(page, 'lat', '34.54');
    await fill(page, 'lng', '135.46');
    await page.getByRole('button', { name: /開く日/ }).click();
    await tick(page, 'rules.0.days', '土曜日');
    await fill(page, 'rules.0.opens', '10:00');
    await fill(page, 'rules.0.closes', '12:00');
    await page.getByRole('button', { name: /対象/ }).click();
    await tick(page, 'audience', '小学生');
    await page.getByRole('button', { name: /連絡先・公開の同意/ }).click();
    await radio(page, 'isOperator', 'はい、運営しています');
    const filled: string[] = [];
    for (let step = 0; step < 6; step++) {
      await page.locator('.submit-steps__button').nth(step).click();
      await page.waitForSelector(`[data-submit-step="${step}"]`);
      const fields = page.locator(
        '[data-submit-step] input[type="text"][data-field], [data-submit-step] textarea[data-field], [data-submit-step] input[type="url"][data-field], [data-submit-step] input[type="email"][data-field], [data-submit-step] input[type="tel"][data-field]',
      );
      // Names first: filling the phone reveals more fields and shifts positions.
      const names = await fields
        .filter({ visible: true })
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-field')!));
      for (const name of names) {
        filled.push(name);
        await fill(page, name, payload);
      }
    }
    expect(filled).toEqual(
      expect.arrayContaining([
        'name',
        'summary',
        'description',
        'address',
        'scheduleNote',
        'phone',
        'website',
        'message',
      ]),
    );
    await page.getByRole('button', { name: /確認して送る/ }).click();
    await page.waitForSelector('[data-submit-step="6"]');
    const problems = await page.locator('[data-review-problems] li').allTextContents();
    if (problems.length === 0) {
      // Valid: the file parses and the preview shows the text as text.
      const file = (await page.locator('[data-file-text]').textContent())!;
      const parsed = parseMarkdownFile('x.md', new TextEncoder().encode(file));
      expect(parsed.ok).toBe(true);
    } else {
      // Each problem says what is wrong, in Japanese first.
      for (const problem of problems) expect(problem).toMatch(/[ぁ-んァ-ン一-龯][\s\S]*\/ ?[A-Za-z]/);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], script:not([src]):not([type])').count()).toBeLessThanOrEqual(
      await page.evaluate(() => document.querySelectorAll('script:not([src]):not([type])').length),
    );
    expect(await page.locator('[data-submit] img').count()).toBe(0);
    // The page still works: the preview or the problems are shown, and going back still works.
    expect(await page.locator('[data-submit][data-ready="true"]').count()).toBe(1);
    await page.locator('.submit-steps__button').first().click();
    expect(await text(page, 'name').inputValue()).toBe(payload);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});

describe('the map of an area-only place', () => {
  const circleOn = async (page: Page) => {
    const value = await page.locator('[data-point-map]').getAttribute('data-circle');
    if (!value) return undefined;
    const [lat, lng, radiusM] = value.split(',').map(Number);
    return { lat, lng, radiusM };
  };
  const hintOf = (page: Page) => page.locator('.submit-map-wrap .submit-hint').textContent();

  it('shows the circle the site will publish for the pin, and says how large it is', async () => {
    const { page, errors } = await openForm();
    await radio(page, 'kind', 'こどもの居場所');
    await page.locator('.submit-steps__button').nth(1).click();
    await radio(page, 'precision', '地域名だけ公開する');
    const pin = { lat: 34.551234, lng: 135.448765 };
    await fill(page, 'lat', String(pin.lat));
    await fill(page, 'lng', String(pin.lng));
    const expected = approximateCircle(pin);
    await expect.poll(() => circleOn(page)).toEqual(expected);
    expect(distanceMetres(pin, expected)).toBeGreaterThanOrEqual(150);
    expect(await hintOf(page)).toContain(`半径約${expected.radiusM}m`);
    const choice = page.locator('fieldset[data-field="precision"]');
    expect(await choice.textContent()).toContain(`半径約${expected.radiusM}mの円`);
    expect(await choice.textContent()).not.toContain('400m');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in a correction shows the published circle until the pin moves, then the one the new pin publishes', async () => {
    const id = 'hiraoka-mogumogu-shokudo';
    const { page, errors } = await openForm(`?edit=${id}`);
    const search = (await (await page.request.get(`${siteUrl}search-data.json`)).json()) as {
      listings: Array<{ id: string; lat: number; lng: number; radiusM?: number }>;
    };
    const site = search.listings.find((l) => l.id === id)!;
    await page.locator('.submit-steps__button').nth(1).click();
    await expect.poll(() => circleOn(page)).toEqual({ lat: site.lat, lng: site.lng, radiusM: site.radiusM });
    expect(await hintOf(page)).toContain('公開している円の中心');
    const moved = { lat: 34.5391, lng: 135.4652 };
    await fill(page, 'lat', String(moved.lat));
    await fill(page, 'lng', String(moved.lng));
    await expect.poll(() => circleOn(page)).toEqual(approximateCircle(moved));
    expect(await hintOf(page)).not.toContain('公開している円の中心');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('corrections', () => {
  it('start from the listing page, with the published listing filled in', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}listings/otori-minna-shokudo/`);
    const link = page.locator('[data-correction-link]');
    expect(await link.getAttribute('href')).toMatch(/submit\/\?edit=otori-minna-shokudo$/);
    expect(await page.locator('[data-correction-mail]').getAttribute('href')).toMatch(/^mailto:/);
    await link.click();
    await page.waitForSelector('[data-submit][data-ready="true"][data-mode="correction"]');
    expect(await text(page, 'name').inputValue()).toBe('おおとりみんな食堂');
    await page.getByRole('button', { name: /開く日/ }).click();
    expect(await page.locator('[data-schedule-words]').textContent()).toContain('毎月 第2・第4土曜日 11:00〜14:00');
    await fill(page, 'rules.0.closes', '15:00');
    await page.getByRole('button', { name: /連絡先・公開の同意/ }).click();
    await radio(page, 'isOperator', 'はい、運営しています');
    await fill(page, 'message', '終わりの時間が15時になりました');
    await page.getByRole('button', { name: /確認して送る/ }).click();
    expect(await page.locator('[data-review-problems]').count()).toBe(0);
    const file = (await page.locator('[data-file-text]').textContent())!;
    expect(file).toContain("closes: '15:00'");
    expect(file).toContain('schoolDistrict: otorigaoka-es');
    await page.close();
  });

  it('of an approximate place never see its true point, and the issue script puts it back', async () => {
    const id = 'hiraoka-mogumogu-shokudo';
    const original = await readFile(path.join(ROOT, 'content/listings', `${id}.md`), 'utf8');
    const trueLat = /lat: ([\d.]+)/.exec(original)![1]!;
    const { page } = await openForm(`?edit=${id}`);
    const html = await page.content();
    expect(html).not.toContain(trueLat);
    await page.getByRole('button', { name: /連絡先・公開の同意/ }).click();
    await radio(page, 'isOperator', 'はい、運営しています');
    await fill(page, 'message', '紹介文を直しました');
    await page.getByRole('button', { name: /確認して送る/ }).click();
    const issueHref = (await page.locator('[data-send-issue]').getAttribute('href'))!;
    expect(issueHref).not.toContain(trueLat);
    const outcome = await listingFromIssue(issueBodyFromUrl(issueHref), path.join(work, 'content'), todayOf(original));
    if (!outcome.ok) throw new Error(outcome.comment);
    expect(outcome.text).toContain(`lat: ${trueLat}`);
    await page.context().close();
  });

  it('of an unknown id say so', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}submit/?edit=no-such-listing`);
    expect(await page.getByRole('alert').textContent()).toContain('見つかりませんでした');
    await page.close();
  });
});

/** The issue GitHub would open from a pre-filled address: each parameter under its field's heading. */
function issueBodyFromUrl(url: string): string {
  const params = new URL(url).searchParams;
  const mode: FormMode = params.get('template') === 'listing-correction.yml' ? 'correction' : 'new';
  return ISSUE_FIELDS.filter((f) => f.forms.includes(mode))
    .map((field) => {
      const value = params.get(field.id) ?? '';
      const shown = value === '' ? '_No response_' : field.render ? `\`\`\`${field.render}\n${value}\n\`\`\`` : value;
      return `### ${field.label}\n\n${shown}`;
    })
    .join('\n\n');
}

function todayOf(file: string): string {
  return /date: '?(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? '2026-11-24';
}

describe('other languages', () => {
  it('are folded away until wanted, typed in their own language, and reach the file and the issue', async () => {
    const { page } = await openForm();
    const section = page.locator('[data-other-languages]');
    expect(await section.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await section.locator('summary').click();
    await fill(page, 'nameEn', "Test Kids' Cafeteria");
    await fill(page, 'summaryEn', 'Lunch on Saturdays');
    await fill(page, 'nameEasy', 'てすと しょくどう');
    expect(await text(page, 'nameEn').getAttribute('lang')).toBe('en');
    expect(await text(page, 'nameEasy').getAttribute('lang')).toBeNull();
    await CASES[0]!.fill(page);
    const file = (await page.locator('[data-file-text]').textContent())!;
    expect(file).toContain(
      "translations:\n  en:\n    name: Test Kids' Cafeteria\n    summary: Lunch on Saturdays\n  easy:\n    name: てすと しょくどう\n",
    );
    const issueHref = (await page.locator('[data-send-issue]').getAttribute('href'))!;
    expect(new URL(issueHref).searchParams.get('name-en')).toBe("Test Kids' Cafeteria");
    // Back on the first step the section stays open: it has something in it.
    await page.locator('.submit-steps__button').first().click();
    expect(await page.locator('[data-other-languages]').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await page.context().close();
  });
});

describe('the issue route', () => {
  it('gives the issue script the same file the download gives', async () => {
    const { page } = await openForm();
    await CASES[0]!.fill(page);
    const issueHref = (await page.locator('[data-send-issue]').getAttribute('href'))!;
    expect(issueHref).toMatch(
      /^https:\/\/github\.com\/example\/kodomo-chiiki-map\/issues\/new\?template=listing-new\.yml/,
    );
    const downloaded = await download(page);
    const dir = await mkdtemp(path.join(tmpdir(), 'kodomo-issue-'));
    try {
      await cp(path.join(ROOT, 'content'), dir, { recursive: true });
      const today = todayOf(downloaded.text);
      const outcome = await listingFromIssue(issueBodyFromUrl(issueHref), dir, today);
      if (!outcome.ok) throw new Error(outcome.comment);
      expect(outcome.text).toBe(downloaded.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await page.context().close();
  });

  it('takes values as people type them, and the file and the issue agree', async () => {
    const { page } = await openForm();
    await about(page, '子ども食堂', 'テストてがき食堂', 'てすとてがきしょくどう', '手で入力した値のテストです。');
    await fill(page, 'address', '大阪府堺市西区鳳東町9丁目9-9');
    // A pair copied from a maps app, pasted into the latitude field, fills both.
    await fill(page, 'lat', '34.5391, 135.4652');
    await expect.poll(() => text(page, 'lng').inputValue()).toBe('135.4652');
    expect(await text(page, 'lat').inputValue()).toBe('34.5391');
    await next(page, 2);
    await tick(page, 'rules.0.days', '土曜日');
    await fill(page, 'rules.0.opens', '11:00');
    await fill(page, 'rules.0.closes', '14:00');
    await next(page, 3);
    await tick(page, 'audience', '小学生');
    await next(page, 4);
    await page.getByRole('button', { name: '＋ 料金を足す' }).click();
    await fill(page, 'costs.0.yen', '０');
    await page.getByRole('button', { name: '＋ 料金を足す' }).click();
    await page.selectOption('#cost-for-1', 'adult');
    await fill(page, 'costs.1.yen', '300円');
    await next(page, 5);
    // A phone's number pad has no hyphen key.
    await fill(page, 'phone', '0722610000');
    await expect
      .poll(() =>
        page.locator('[data-field="phone"]').evaluate((input) => {
          const hint = document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ')[0]!);
          return hint?.textContent ?? '';
        }),
      )
      .toContain('「072-261-0000」として載せます');
    await radio(page, 'phoneConsent', '載せてよい');
    await contact(page, true);
    expect(await page.locator('[data-review-problems]').count()).toBe(0);
    const issueHref = (await page.locator('[data-send-issue]').getAttribute('href'))!;
    const downloaded = await download(page);
    expect(downloaded.text).toContain('phone: 072-261-0000\n');
    expect(downloaded.text).toMatch(/- for: child\n\s+yen: 0\n/);
    expect(downloaded.text).toMatch(/- for: adult\n\s+yen: 300\n/);
    const dir = await mkdtemp(path.join(tmpdir(), 'kodomo-issue-'));
    try {
      await cp(path.join(ROOT, 'content'), dir, { recursive: true });
      const outcome = await listingFromIssue(issueBodyFromUrl(issueHref), dir, todayOf(downloaded.text));
      if (!outcome.ok) throw new Error(outcome.comment);
      expect(outcome.text).toBe(downloaded.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await page.context().close();
  });
});

describe('accessibility', () => {
  it('every step passes axe, with its messages showing, and in a correction', async () => {
    const failures: string[] = [];
    const audit = async (page: Page, where: string) => {
      const { violations } = await axeFor(page).analyze();
      for (const v of violations)
        failures.push(`${where}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    const { page } = await openForm();
    await radio(page, 'kind', 'フリースクール');
    for (let step = 0; step < 7; step++) {
      await page.locator('.submit-steps__button').nth(step).click();
      await page.waitForSelector(`[data-submit-step="${step}"]`);
      // Open every optional section so that its controls are audited too.
      const closed = page.locator('[data-submit-step] details:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
      if (step < 6) await page.click('[data-next]');
      await audit(page, `step ${step + 1}`);
    }
    await page.context().close();
    const correction = await openForm('?edit=hiraoka-mogumogu-shokudo');
    await correction.page.getByRole('button', { name: /確認して送る/ }).click();
    await audit(correction.page, 'correction review');
    await correction.page.context().close();
    expect(failures).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the page offers the e-mail and issue routes instead of the form', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}submit/`);
    const fallback = page.locator('[data-submit-fallback]');
    expect(await fallback.count()).toBe(1);
    expect(await fallback.getByRole('link', { name: 'メールで送る' }).getAttribute('href')).toMatch(
      /^mailto:kodomo-map@example\.jp\?subject=/,
    );
    expect(await fallback.getByRole('link', { name: /GitHub の申請フォーム/ }).getAttribute('href')).toBe(
      'https://github.com/example/kodomo-chiiki-map/issues/new?template=listing-new.yml',
    );
    expect(await page.locator('[data-submit]').count()).toBe(0);
    await context.close();
  });
});

describe('the form in English and やさしい日本語', () => {
  /** The form's visible text, without what is marked as Japanese (examples, a listing's own words). */
  const formText = (page: Page) =>
    page.locator('[data-submit]').evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      for (const ja of copy.querySelectorAll('[lang="ja"]')) ja.remove();
      // Headings, labels and buttons: hints may quote Japanese examples of a listing's own words.
      return [...copy.querySelectorAll('h2, label, legend, button')].map((e) => e.textContent).join('\n');
    });

  it('shows its first step in English, and the review downloads the file a Japanese run makes', async () => {
    const { page, errors } = await openForm();
    await CASES[0]!.fill(page);
    const japanese = await download(page);

    // The same draft (kept in the browser) reviewed on the English page.
    await page.goto(`${siteUrl}en/submit/`);
    await page.waitForSelector('[data-submit][data-ready="true"]');
    await page.locator('.submit-steps__button').first().click();
    await page.waitForSelector('[data-submit-step="0"]');
    const first = await formText(page);
    expect(first).toContain('Next');
    expect(first).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(await page.locator('[data-submit-step] h2').textContent()).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    for (let step = 1; step <= 6; step++) await next(page, step);
    expect(await page.locator('[data-review-problems]').count()).toBe(0);
    const english = await download(page);
    expect(english.name).toBe(japanese.name);
    expect(english.text).toBe(japanese.text);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes furigana as ruby in やさしい日本語, and no marks anywhere', async () => {
    const { page, errors } = await openForm();
    await page.goto(`${siteUrl}easy/submit/`);
    await page.waitForSelector('[data-submit][data-ready="true"]');
    expect(await page.locator('[data-submit] ruby rt[aria-hidden="true"]').count()).toBeGreaterThan(0);
    const html = await page.locator('[data-submit]').innerHTML();
    expect(html).not.toMatch(/[\uE000-\uE002]/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
