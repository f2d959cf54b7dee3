/**
 * The issue script on issue bodies as GitHub records them: forms filled by
 * hand on GitHub (not only by the web form), good and bad, and the command's
 * exit codes, JSON line and comment file as the workflow reads them.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { parseMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { APPROXIMATE_GRID_DEGREES, approximateCircle, cellCentre } from '../../src/lib/geo.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { draftFromListing, editDataOf } from '../../src/lib/submission/from-listing.ts';
import { renderListingFile } from '../../src/lib/submission/listing-file.ts';
import { draftToListing } from '../../src/lib/submission/to-listing.ts';
import { listingFromIssue } from '../../src/lib/submission/from-issue.ts';
import { ISSUE_FIELDS } from '../../src/lib/submission/issue-fields.ts';
import { issueUrl } from '../../src/lib/submission/issue-link.ts';
import { forPublicIssue } from '../../src/lib/privacy/public-draft.ts';
import { emptyDraft } from '../../src/lib/submission/draft.ts';
import { ISSUE_TEMPLATE_FILES, issueTemplate, issueTemplateYaml } from '../../src/lib/submission/issue-template.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { formExamples } from '../../src/lib/form-examples.ts';

/** Enough of a site config for the examples. */
const TEST_SITE = {
  region: { name: 'テスト区', nameEn: 'Test Ward', addressPrefix: '大阪府テスト市' },
  map: { center: { lat: 34.5, lng: 135.5 }, zoom: 14, bounds: { south: 34, west: 135, north: 35, east: 136 } },
  submissions: { email: 'x@example.jp' },
};

const ROOT = path.resolve(import.meta.dirname, '../..');
const ISSUES = path.join(ROOT, 'tests/fixtures/issues');
const TODAY = '2026-11-24';
const run = promisify(execFile);
let content: string;

beforeEach(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'issue-content-'));
  await cp(path.join(ROOT, 'content'), content, { recursive: true });
});
afterEach(async () => {
  await rm(content, { recursive: true, force: true });
});

const body = (name: string) => readFile(path.join(ISSUES, name), 'utf8');

function frontMatter(text: string) {
  const parsed = parseMarkdownFile('x.md', new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { data: listingSchema.parse(parsed.value.data), body: parsed.value.body.trim() };
}

describe('a new listing typed into the issue form by hand', () => {
  it('becomes a valid file with every field read', async () => {
    const outcome = await listingFromIssue(await body('new-by-hand.md'), content, TODAY);
    if (!outcome.ok) throw new Error(outcome.comment);
    expect(outcome.mode).toBe('new');
    expect(outcome.file).toBe('listings/hamakaze-kodomoshokudou.md');
    const { data, body: description } = frontMatter(outcome.text);
    expect(data).toMatchObject({
      kind: 'kodomo-shokudo',
      name: 'はまかぜ こども食堂',
      organization: 'はまかぜ町会',
      services: ['meal', 'play'],
      // Full-width digits and separators, as typed on a phone.
      location: { placeName: 'はまかぜ会館', lat: 34.552, lng: 135.451, precision: 'exact' },
      schedule: [
        { freq: 'monthly', byDay: ['1SA', '3SA'], opens: '11:00', closes: '14:00' },
        { freq: 'weekly', byDay: ['WE'], opens: '16:00', closes: '18:00', label: '学習支援' },
      ],
      closedOnHolidays: true,
      closedDates: ['2027-01-02'],
      extraDates: [{ date: '2026-12-26', opens: '10:00', closes: '12:00', note: 'クリスマス会' }],
      audience: { groups: ['elementary', 'junior-high', 'guardian'], guardianRequired: true },
      cost: {
        options: [
          { for: 'child', yen: 0, label: '高校生まで' },
          { for: 'adult', yen: 300 },
        ],
      },
      reservation: { required: false },
      food: { allergy: 'consult' },
      volunteering: { wanted: true, roles: ['調理', '配膳'] },
      contact: { phone: '072-000-9876', phoneConsent: true },
      status: 'active',
      verified: { date: TODAY, by: 'operator' },
    });
    expect(description).toBe('はじめての人も大歓迎です。\n\n**持ち物はいりません。**');
    // Written into the content folder, where the whole folder was checked.
    expect(await readFile(path.join(content, outcome.file), 'utf8')).toBe(outcome.text);
  });

  it('gets the next free id when the reading is taken', async () => {
    const first = await listingFromIssue(await body('new-by-hand.md'), content, TODAY);
    const second = await listingFromIssue(await body('new-by-hand.md'), content, TODAY);
    expect(first.ok && second.ok).toBe(true);
    if (second.ok) expect(second.id).toBe('hamakaze-kodomoshokudou-2');
  });
});

describe('a correction typed by hand', () => {
  it('changes the fields it fills and keeps every other one', async () => {
    const before = frontMatter(await readFile(path.join(content, 'listings/otori-minna-shokudo.md'), 'utf8'));
    const outcome = await listingFromIssue(await body('correction-by-hand.md'), content, TODAY);
    if (!outcome.ok) throw new Error(outcome.comment);
    expect(outcome.mode).toBe('correction');
    const after = frontMatter(outcome.text);
    expect(after.data.schedule).toEqual([{ freq: 'monthly', byDay: ['2SA', '4SA'], opens: '12:00', closes: '14:00' }]);
    const { schedule: _a, verified: _b, ...rest } = after.data;
    const { schedule: _c, verified: _d, ...restBefore } = before.data;
    expect(rest).toEqual(restBefore);
    expect(after.body).toBe(before.body);
    // Unanswered: the correction is not counted as the operator's confirmation.
    expect(after.data.verified.by).toBe('unconfirmed');
  });

  it("of a listing saved as UTF-16 (Notepad's 「Unicode」) keeps every field and writes UTF-8", async () => {
    const file = path.join(content, 'listings/otori-minna-shokudo.md');
    const before = frontMatter(await readFile(file, 'utf8'));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(await readFile(file, 'utf8'), 'utf16le')]);
    await writeFile(file, utf16);
    const outcome = await listingFromIssue(await body('correction-by-hand.md'), content, TODAY);
    if (!outcome.ok) throw new Error(outcome.comment);
    const after = frontMatter(await readFile(file, 'utf8'));
    const { schedule: _a, verified: _b, ...rest } = after.data;
    const { schedule: _c, verified: _d, ...restBefore } = before.data;
    expect(rest).toEqual(restBefore);
  });

  it('of a listing that does not exist says so', async () => {
    const text = (await body('correction-by-hand.md')).replace('otori-minna-shokudo', 'no-such-place');
    const outcome = await listingFromIssue(text, content, TODAY);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.comment).toContain('「no-such-place」という掲載はありません');
  });
});

describe('bad issues get a comment naming each field, and no file', () => {
  it('words that cannot be read', async () => {
    const outcome = await listingFromIssue(await body('bad-unreadable.md'), content, TODAY);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.comment).toMatch(/^内容をそのままでは掲載ファイルにできませんでした/);
    expect(outcome.comment).toContain('**種類 / Kind**: 「こども食堂だよ」は読み取れません');
    expect(outcome.comment).toContain('**開催日 / Schedule**: 1行目: 「土曜の昼ごろ」は曜日');
    expect(await readdir(path.join(content, 'listings'))).not.toContain('hamakaze-kodomoshokudou.md');
  });

  it('values the schema refuses', async () => {
    const outcome = await listingFromIssue(await body('bad-values.md'), content, TODAY);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.comment).toContain('**よみがな / Reading**: よみがなは ひらがな で書いてください');
    expect(outcome.comment).toContain('**電話番号 / Phone**: 電話番号は 072-000-1234 のように');
    expect(outcome.comment).toContain(
      '**電話番号の公開 / Publish the phone number**: 電話番号をサイトに載せてよいか選んでください',
    );
  });

  it('a place outside the map is refused by the checks across files, and the file is removed', async () => {
    const text = (await body('new-by-hand.md')).replace('３４．５５２，　１３５．４５１', '35.68, 139.76');
    const outcome = await listingFromIssue(text, content, TODAY);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.comment).toMatch(/\*\*地図上の位置 \/ Point\*\*: 位置が.*の範囲/);
    expect(await readdir(path.join(content, 'listings'))).not.toContain('hamakaze-kodomoshokudou.md');
  });
});

describe('hostile text in an issue', () => {
  it('stays text in a valid file, and markup in one-line fields is refused or kept as text', async () => {
    const outcome = await listingFromIssue(await body('hostile.md'), content, TODAY);
    if (outcome.ok) {
      const { data } = frontMatter(outcome.text);
      // The YAML fence in the summary did not open a second front matter.
      expect(data.kind).toBe('kodomo-shokudo');
      expect(data.name).toContain('<script>');
    } else {
      expect(outcome.comment).toContain('ひとこと紹介 / Summary');
    }
  });
});

describe('the command the workflow runs', () => {
  const script = path.join(ROOT, 'scripts/issue-to-listing.ts');
  it('exits 0 with the JSON line, and writes a comment', async () => {
    const comment = path.join(content, 'comment.md');
    const { stdout } = await run(
      process.execPath,
      [
        script,
        '--body-file',
        path.join(ISSUES, 'new-by-hand.md'),
        '--out',
        path.join(content, 'listings'),
        '--comment-file',
        comment,
      ],
      { cwd: ROOT },
    );
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!) as { file: string; id: string; mode: string };
    expect(last.id).toBe('hamakaze-kodomoshokudou');
    expect(last.mode).toBe('new');
    expect(last.file.endsWith('listings/hamakaze-kodomoshokudou.md')).toBe(true);
    expect(await readFile(comment, 'utf8')).toContain('hamakaze-kodomoshokudou.md');
  });

  it('exits 1 with the comment for the sender', async () => {
    const comment = path.join(content, 'comment.md');
    const failed = await run(
      process.execPath,
      [
        script,
        '--body-file',
        path.join(ISSUES, 'bad-values.md'),
        '--out',
        path.join(content, 'listings'),
        '--comment-file',
        comment,
      ],
      { cwd: ROOT },
    ).catch((e: { code: number }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect(await readFile(comment, 'utf8')).toContain('よみがなは ひらがな で書いてください');
  });

  it('exits 2 when it cannot run', async () => {
    const failed = await run(process.execPath, [script, '--body-file', path.join(content, 'missing.md')], {
      cwd: ROOT,
    }).catch((e: { code: number }) => e);
    expect((failed as { code: number }).code).toBe(2);
  });
});

describe('the issue forms', () => {
  it("are the committed files, generated from the field table and the demo's examples (npm run issue-forms)", async () => {
    const examples = formExamples((await loadContent(path.join(ROOT, 'content'))).site!);
    for (const [mode, file] of Object.entries(ISSUE_TEMPLATE_FILES) as Array<['new' | 'correction', string]>) {
      expect(await readFile(path.join(ROOT, file), 'utf8'), file).toBe(issueTemplateYaml(mode, examples));
    }
  });

  it("give a fork's own examples, and no token left unfilled", async () => {
    const examples = formExamples((await loadContent(path.join(ROOT, 'tests/fixtures/content-fork'))).site!);
    const yaml = issueTemplateYaml('new', examples);
    expect(yaml).toContain('例: 中桜塚付近');
    expect(yaml).toContain('例: 34.7810, 135.4690');
    expect(yaml).not.toMatch(/鳳|\{\w+\}/);
  });

  it('have unique ids and labels that GitHub accepts', () => {
    for (const mode of ['new', 'correction'] as const) {
      const body = issueTemplate(mode, formExamples(TEST_SITE)).body as Array<{
        id?: string;
        attributes: { label?: string };
      }>;
      const ids = body.flatMap((b) => (b.id ? [b.id] : []));
      const labels = body.flatMap((b) => (b.attributes.label ? [b.attributes.label] : []));
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(labels).size).toBe(labels.length);
      for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9_-]+$/);
    }
    expect(new Set(ISSUE_FIELDS.map((f) => f.label)).size).toBe(ISSUE_FIELDS.length);
  });
});

describe('what a public issue may carry', () => {
  it('an approximate place only by area and rounded point; no private phone or contact', () => {
    const draft = {
      ...emptyDraft(),
      name: '自宅の居場所',
      precision: 'approximate' as const,
      placeName: '山田さんの家',
      address: '大阪府堺市西区鳳東町1丁目2-3',
      access: '郵便局の角を右',
      area: '鳳東町付近',
      lat: '34.541234',
      lng: '135.467891',
      phone: '090-0000-1111',
      phoneConsent: 'no' as const,
      submitterContact: 'yamada@example.jp',
    };
    const safe = forPublicIssue(draft);
    expect(safe).toMatchObject({
      placeName: '',
      address: '',
      access: '',
      phone: '',
      submitterContact: '',
      area: '鳳東町付近',
    });
    expect([safe.lat, safe.lng]).toEqual(['34.5425', '135.4675']);
    const url = decodeURIComponent(issueUrl('https://github.com/example/repo', draft).url);
    for (const secret of [
      '山田さんの家',
      '鳳東町1丁目2-3',
      '郵便局',
      '090-0000-1111',
      'yamada@',
      '34.541234',
      '135.467891',
    ]) {
      expect(url).not.toContain(secret);
    }
  });
});

describe("an approximate place's point through a public issue", () => {
  const id = 'hiraoka-mogumogu-shokudo';
  async function published() {
    const loaded = await loadContent(content, { today: TODAY });
    const entry = loaded.listings.find((l) => l.id === id)!;
    const listing = toPublicListing(id, entry.data, entry.body, loaded.schools);
    return { entry, listing, edit: editDataOf(listing) };
  }
  /** The issue GitHub opens from the form's address: each pre-filled field under its heading. */
  function issueBodyOf(url: string): string {
    const params = new URL(url).searchParams;
    const mode = params.get('template') === 'listing-correction.yml' ? 'correction' : 'new';
    return ISSUE_FIELDS.filter((f) => f.forms.includes(mode))
      .map((f) => {
        const value = params.get(f.id) ?? '';
        return `### ${f.label}\n\n${value === '' ? '_No response_' : f.render ? `\`\`\`${f.render}\n${value}\n\`\`\`` : value}`;
      })
      .join('\n\n');
  }
  const pointIn = (text: string) => {
    const { location } = frontMatter(text).data;
    return { lat: location!.lat, lng: location!.lng };
  };

  it('of a new listing: the written file publishes the circle the true point would', async () => {
    const truePoint = { lat: 34.541234, lng: 135.467891 };
    const draft = draftFromListing('x', listingSchema.parse({ ...(await published()).entry.data }), '説明');
    Object.assign(draft, {
      mode: 'new',
      id: '',
      name: '自宅の居場所テスト',
      nameKana: 'じたくのいばしょてすと',
      lat: String(truePoint.lat),
      lng: String(truePoint.lng),
      publishedPoint: undefined,
      isOperator: 'yes',
    });
    const url = issueUrl('https://github.com/example/repo', draft).url;
    expect(decodeURIComponent(url)).not.toContain('34.541234');
    const outcome = await listingFromIssue(issueBodyOf(url), content, TODAY);
    if (!outcome.ok) throw new Error(outcome.comment);
    const written = pointIn(outcome.text);
    expect(written).toEqual(cellCentre(truePoint));
    expect(approximateCircle(written)).toEqual(approximateCircle(truePoint));
  });

  it('of a correction left where it was: the issue carries the published centre, the file keeps the true point', async () => {
    const { entry, listing, edit } = await published();
    const draft = draftFromListing(edit.id, listingSchema.parse(edit.data), edit.body);
    draft.isOperator = 'yes';
    draft.summary = '紹介を直しました。';
    const place = listing.place!;
    expect(forPublicIssue(draft)).toMatchObject({ lat: String(place.lat), lng: String(place.lng) });
    const url = decodeURIComponent(issueUrl('https://github.com/example/repo', draft).url);
    expect(url).not.toContain(String(entry.data.location!.lat));
    const outcome = await listingFromIssue(
      issueBodyOf(issueUrl('https://github.com/example/repo', draft).url),
      content,
      TODAY,
    );
    if (!outcome.ok) throw new Error(outcome.comment);
    expect(pointIn(outcome.text)).toEqual({ lat: entry.data.location!.lat, lng: entry.data.location!.lng });
  });

  it('of a correction moved within its cell: the true point stays; moved to another cell: it publishes from there', async () => {
    const { entry, edit } = await published();
    const truePoint = { lat: entry.data.location!.lat, lng: entry.data.location!.lng };
    const G = APPROXIMATE_GRID_DEGREES;
    const cell = cellCentre(truePoint);
    for (const [moved, expected] of [
      [{ lat: cell.lat + G / 4, lng: cell.lng - G / 4 }, truePoint],
      [
        { lat: cell.lat + G, lng: cell.lng + 2 * G },
        { lat: cell.lat + G, lng: cell.lng + 2 * G },
      ],
    ] as const) {
      const draft = draftFromListing(edit.id, listingSchema.parse(edit.data), edit.body);
      Object.assign(draft, { isOperator: 'yes', lat: String(moved.lat), lng: String(moved.lng) });
      const outcome = await listingFromIssue(
        issueBodyOf(issueUrl('https://github.com/example/repo', draft).url),
        content,
        TODAY,
      );
      if (!outcome.ok) throw new Error(outcome.comment);
      const written = pointIn(outcome.text);
      expect(written.lat).toBeCloseTo(expected.lat, 9);
      expect(written.lng).toBeCloseTo(expected.lng, 9);
      expect(approximateCircle(written)).toEqual(approximateCircle(moved));
    }
  });

  it('never carries a true point, even from a draft made from the file itself', async () => {
    const { entry } = await published();
    const draft = draftFromListing(id, entry.data, entry.body);
    // Made from the file, the draft holds the true point where a published centre would be.
    expect(draft.publishedPoint).toEqual({ lat: entry.data.location!.lat, lng: entry.data.location!.lng });
    const safe = forPublicIssue(draft);
    expect({ lat: Number(safe.lat), lng: Number(safe.lng) }).toEqual(cellCentre(entry.data.location!));
  });
});

describe('npm run apply-correction', () => {
  it('replaces the listing with a corrected file, keeping the true point and private phone', async () => {
    const loaded = await loadContent(content, { today: TODAY });
    const entry = loaded.listings.find((l) => l.data.location?.precision === 'approximate')!;
    const edit = editDataOf(toPublicListing(entry.id, entry.data, entry.body, loaded.schools));
    const draft = draftFromListing(edit.id, listingSchema.parse(edit.data), edit.body);
    draft.summary = '訂正した紹介です。';
    draft.isOperator = 'yes';
    const sent = path.join(content, `${entry.id}.md`);
    await writeFile(sent, renderListingFile(draftToListing(draft, TODAY)));
    await run(process.execPath, [path.join(ROOT, 'scripts/apply-correction.ts'), sent], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content },
    });
    const after = frontMatter(await readFile(path.join(content, 'listings', `${entry.id}.md`), 'utf8')).data;
    expect(after.summary).toBe('訂正した紹介です。');
    expect(after.location).toEqual(entry.data.location);
  });
});
