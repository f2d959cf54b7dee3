/**
 * The stale-listings report: which listings it names (the validator's
 * staleness rule, active listings only), where it puts them (the one district
 * rule), in what order, what contact it offers, and that the issue body it
 * writes cannot be made to link, mention or mark up by a listing's text.
 */
import path from 'node:path';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/civil-date.ts';
import { isStale } from '../../src/lib/freshness.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { toPublicListing, type SchoolRef } from '../../src/lib/privacy/public-listing.ts';
import { boundStaleReport, monthsBetween, staleReport, type StaleReport } from '../../src/lib/stale-report.ts';
import {
  ISSUE_BODY_LIMIT,
  linksOnSite,
  markdownText,
  staleReportMarkdown,
} from '../../src/lib/stale-report-markdown.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { REPO_ROOT, TODAY } from './support/helpers.ts';

const links = linksOnSite('https://map.example.jp', '/sub/');

describe('the demo content', async () => {
  const content = await loadContent(path.join(REPO_ROOT, 'content'), { today: TODAY });
  const listings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, content.schools));
  const report = staleReport({ site: content.site!, schools: content.schools, listings }, TODAY);
  const reported = report.groups.flatMap((group) => group.listings.map((listing) => listing.id));

  it('names exactly the active listings the validator warns are stale', () => {
    const warned = content.problems
      .filter((p) => p.field === 'verified.date' && p.severity === 'warning')
      .map((p) => path.posix.basename(p.file, '.md'))
      .filter((id) => content.listings.find((l) => l.id === id)!.data.status === 'active');
    expect(warned.length).toBeGreaterThan(0);
    expect([...reported].sort()).toEqual([...warned].sort());
    expect(report.total).toBe(reported.length);
    expect(report.staleAfterMonths).toBe(content.site!.staleAfterMonths);
  });

  it('puts each listing in the elementary district its public listing is in', () => {
    for (const group of report.groups) {
      for (const item of group.listings) {
        const listing = listings.find((l) => l.id === item.id)!;
        expect(group.school?.id).toBe(listing.districts.elementary?.schoolId);
        expect(item.districtSource).toBe(listing.districts.elementary?.source);
      }
    }
  });

  it('orders districts by their school reading and listings oldest first', () => {
    const kana = report.groups.filter((g) => g.school).map((g) => g.school!.nameKana);
    expect(kana).toEqual([...kana].sort(new Intl.Collator('ja').compare));
    for (const group of report.groups) {
      const dates = group.listings.map((l) => l.verified.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('writes an issue body with a checklist line and links for each listing', () => {
    const body = staleReportMarkdown(report, { linksOf: links });
    expect(body.split('\n')[0]).toBe('# 確認が必要な掲載 / Listings to confirm');
    expect(body.match(/^- \[ \] /gm)).toHaveLength(report.total);
    for (const id of reported) {
      expect(body).toContain(`(<https://map.example.jp/sub/listings/${id}/>)`);
      expect(body).toContain(`(<https://map.example.jp/sub/submit/?edit=${id}>)`);
      expect(body).toContain(`\`listings/${id}.md\``);
    }
    expect(body).toContain('staleAfterMonths');
    expect(body).toContain('verified: { date: 2026-11-24, by: operator');
    expect(body).toContain('作成日 / Generated: 2026-11-24');
  });
});

const schools: (SchoolRef & { nameKana: string })[] = [
  { id: 'wa-es', name: 'わ小学校', nameKana: 'わしょうがっこう', level: 'elementary', lat: 34.53, lng: 135.46 },
  { id: 'a-es', name: 'あ小学校', nameKana: 'あしょうがっこう', level: 'elementary', lat: 34.53, lng: 135.5 },
  { id: 'ka-jhs', name: 'か中学校', nameKana: 'かちゅうがっこう', level: 'junior-high', lat: 34.53, lng: 135.48 },
];

function listing(id: string, overrides: Record<string, unknown> = {}) {
  const data = listingSchema.parse({
    kind: 'kodomo-shokudo',
    name: `食堂${id}`,
    nameKana: 'しょくどう',
    summary: 'テスト',
    status: 'active',
    verified: { date: '2025-01-10', by: 'operator', source: '電話' },
    location: { placeName: '会館', address: '大阪府堺市西区0丁目0-0', lat: 34.53, lng: 135.461, precision: 'exact' },
    ...overrides,
  });
  return toPublicListing(id, data, '', schools);
}

const site = { staleAfterMonths: 12 };
const report = (...listings: ReturnType<typeof listing>[]) => staleReport({ site, schools, listings }, '2026-11-24');
const ids = (r: StaleReport) => r.groups.flatMap((g) => g.listings.map((l) => l.id));

describe('the gap view’s share of a report', () => {
  const at = (id: string, date: string, lng: number) =>
    listing(id, {
      verified: { date, by: 'operator', source: '電話' },
      location: { placeName: '会館', address: '大阪府堺市西区0丁目0-0', lat: 34.53, lng, precision: 'exact' },
    });
  // Three in あ's district, two in わ's; あ comes first by its reading.
  const r = report(
    at('a1', '2025-03-01', 135.5),
    at('a2', '2024-01-01', 135.5),
    at('a3', '2025-05-01', 135.5),
    at('w1', '2024-06-01', 135.46),
    at('w2', '2025-04-01', 135.46),
  );

  it('keeps the longest unconfirmed, in their districts and order, and counts the rest', () => {
    expect(ids(r)).toEqual(['a2', 'a1', 'a3', 'w1', 'w2']);
    const cut = boundStaleReport(r, 3);
    expect(cut.groups.map((g) => [g.school?.id, g.listings.map((l) => l.id)])).toEqual([
      ['a-es', ['a2', 'a1']],
      ['wa-es', ['w1']],
    ]);
    expect(cut.hidden).toBe(2);
  });

  it('drops a district none of whose listings is kept, and keeps everything under the bound', () => {
    expect(boundStaleReport(r, 1).groups.map((g) => g.school?.id)).toEqual(['a-es']);
    expect(boundStaleReport(r, 1).hidden).toBe(4);
    const all = boundStaleReport(r, 5);
    expect(all).toEqual({ groups: r.groups, hidden: 0 });
    expect(boundStaleReport(r, 0)).toEqual({ groups: [], hidden: 5 });
  });

  it('is the same size however many listings are stale', () => {
    const many = report(...Array.from({ length: 2000 }, (_, i) => at(`x${i}`, '2024-01-01', i % 2 ? 135.5 : 135.46)));
    const cut = boundStaleReport(many, 30);
    expect(cut.groups.flatMap((g) => g.listings)).toHaveLength(30);
    expect(cut.hidden).toBe(1970);
  });
});

describe('which listings are stale', () => {
  it('names a stale listing and not a fresh one', () => {
    const r = report(
      listing('old'),
      listing('new', { verified: { date: '2026-06-01', by: 'operator', source: '電話' } }),
    );
    expect(ids(r)).toEqual(['old']);
    expect(r.groups[0]!.listings[0]).toMatchObject({
      name: '食堂old',
      kind: 'kodomo-shokudo',
      verified: { date: '2025-01-10', by: 'operator', source: '電話' },
      monthsSince: 22,
    });
  });

  it('leaves out stale listings that are paused or closed', () => {
    expect(ids(report(listing('paused', { status: 'paused' }), listing('closed', { status: 'closed' })))).toEqual([]);
  });

  it('counts from the day exactly staleAfterMonths back, as the validator does', () => {
    const on = (date: string) => listing(date, { verified: { date, by: 'official', source: '区の一覧' } });
    expect(ids(report(on('2025-11-24'), on('2025-11-23')))).toEqual(['2025-11-23']);
  });

  it('says how many whole months have passed', () => {
    expect(monthsBetween('2025-11-24', '2026-11-24')).toBe(12);
    expect(monthsBetween('2025-11-25', '2026-11-24')).toBe(11);
    // Counted back from the later day, as isStale counts: 28 February less a month is 28 January.
    expect(monthsBetween('2025-01-28', '2025-02-28')).toBe(1);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(monthsBetween('2026-11-24', '2026-11-24')).toBe(0);
  });

  it('gives every stale listing at least staleAfterMonths months', () => {
    for (let day = 0; day < 400; day++) {
      const date = addDays('2024-12-01', day);
      const stale = isStale(date, 12, '2026-02-28');
      if (stale) expect(monthsBetween(date, '2026-02-28')).toBeGreaterThanOrEqual(12);
      else expect(monthsBetween(date, '2026-02-28')).toBeLessThanOrEqual(12);
    }
  });
});

describe('grouping by district', () => {
  it('groups by elementary district in reading order, oldest first, with no district last', () => {
    const r = report(
      listing('wa-new', { verified: { date: '2025-05-01', by: 'operator', source: '電話' } }),
      listing('wa-old', { verified: { date: '2024-05-01', by: 'operator', source: '電話' } }),
      listing('a-declared', { schoolDistrict: 'a-es' }),
      listing('online', { location: undefined, online: true }),
    );
    expect(r.groups.map((g) => g.school?.id)).toEqual(['a-es', 'wa-es', undefined]);
    expect(r.groups[1]!.listings.map((l) => l.id)).toEqual(['wa-old', 'wa-new']);
    expect(r.groups[0]!.listings[0]!.districtSource).toBe('declared');
    expect(r.groups[2]!.listings.map((l) => l.id)).toEqual(['online']);
    expect(r.total).toBe(4);
  });

  it('groups by junior-high district when asked', () => {
    const r = staleReport({ site, schools, listings: [listing('x')] }, '2026-11-24', 'junior-high');
    expect(r.groups.map((g) => g.school?.id)).toEqual(['ka-jhs']);
  });

  it('has no groups when nothing is stale, and says so', () => {
    const r = report(listing('new', { verified: { date: '2026-11-01', by: 'operator', source: '電話' } }));
    expect(r).toMatchObject({ total: 0, groups: [] });
    const body = staleReportMarkdown(r, { linksOf: links });
    expect(body).toContain('すべての掲載が 12 か月以内に確認されています');
    expect(body).not.toContain('- [ ]');
  });
});

describe('how to reach the operator', () => {
  const contact = {
    phone: '072-000-5555',
    phoneHours: '平日 10:00〜16:00',
    email: 'op@example.jp',
    website: 'https://example.jp/op',
    form: 'https://example.jp/op/form',
  };

  it('never gives a phone the operator did not agree to publish', () => {
    const r = report(listing('private', { contact: { ...contact, phoneConsent: false } }));
    const entry = r.groups[0]!.listings[0]!;
    expect(entry.contact).toEqual({
      phoneHours: contact.phoneHours,
      email: contact.email,
      website: contact.website,
      form: contact.form,
    });
    const body = staleReportMarkdown(r, { linksOf: links });
    for (const text of [JSON.stringify(r), body]) {
      expect(text).not.toMatch(/072.?000.?5555/);
      expect(text.replace(/\\/g, '')).not.toMatch(/072.?000.?5555/);
    }
    expect(body).toContain('<op@example.jp>');
    expect(body).toContain('<https://example.jp/op/form>');
  });

  it('gives a phone published with consent', () => {
    const r = report(listing('public', { contact: { ...contact, phoneConsent: true } }));
    expect(r.groups[0]!.listings[0]!.contact.phone).toBe('072-000-5555');
    expect(staleReportMarkdown(r, { linksOf: links })).toContain(
      '電話 / Phone: 072\\-000\\-5555（平日 10\\:00〜16\\:00）',
    );
  });

  it('shows nothing of an approximate place', () => {
    const r = report(
      listing('approx', {
        location: { area: '浜寺船尾町付近', lat: 34.5231, lng: 135.4613, precision: 'approximate' },
      }),
    );
    expect(ids(r)).toEqual(['approx']);
    const text = JSON.stringify(r) + staleReportMarkdown(r, { linksOf: links });
    expect(text).not.toContain('34.5231');
    expect(text).not.toContain('135.4613');
  });

  it('links a source that is a URL, and keeps any other source as text', () => {
    const by = (source: string) =>
      staleReportMarkdown(report(listing('s', { verified: { date: '2025-01-10', by: 'official', source } })), {
        linksOf: links,
      });
    expect(by('https://example.jp/city/list.html')).toContain('・<https://example.jp/city/list.html>）');
    expect(by('区の一覧 https://example.jp/x')).toContain('・区の一覧 https&#8203;\\:\\/\\/example\\.jp\\/x）');
  });

  it('says when a listing publishes no contact', () => {
    const body = staleReportMarkdown(report(listing('none')), { linksOf: links });
    expect(body).toContain('公開している連絡先がありません');
  });
});

/** The text a reader sees: what micromark (CommonMark, raw HTML allowed as GitHub does) renders, tags removed. */
function rendered(markdown: string): { html: string; text: string } {
  const html = micromark(markdown, { allowDangerousHtml: true });
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
  return { html, text };
}

const HOSTILE = [
  '[偽のリンク](https://evil.example/)',
  '![img](https://evil.example/x.png)',
  '<img src=x onerror=alert(1)>食堂',
  '<script>alert(1)</script>',
  '<a href="https://evil.example">食堂</a>',
  '@octocat さん、見てください',
  'cc @org/team',
  '#1 と owner/repo#12 と GH-34',
  'https://evil.example/ と www.evil.example',
  'mail me: a@evil.example',
  '**太字** _斜体_ ~~消し~~ `code`',
  'こども食堂\n# 見出し\n- [x] 完了',
  ':tada: 食堂 | 表 |',
  '\\[escaped\\] &amp; &#64;octocat',
  '食堂\u202e逆順',
];

describe('text from a listing in the issue body', () => {
  it.each(HOSTILE)('%j shows as written and makes no markup', (hostile) => {
    const { html, text } = rendered(markdownText(hostile));
    expect(html).toMatch(/^<p>[^<]*<\/p>\s*$/);
    const expected = hostile.replace(/\n/g, ' ').replace(/\u202e/g, '');
    expect(text.replace(/\u200b/g, '')).toBe(expected);
    // What GitHub would turn into a mention, an issue reference or a link, in the text a reader sees.
    expect(text).not.toMatch(/@[\w-]/);
    expect(text).not.toMatch(/#\d/);
    expect(text).not.toMatch(/GH-\d/i);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/www\./i);
  });

  it('keeps a hostile name inside its own link and line', () => {
    const r = report(listing('hostile', { name: '[x](https://evil.example/) @octocat #1 <b>b</b>' }));
    const body = staleReportMarkdown(r, { linksOf: links });
    const line = body.split('\n').find((l) => l.startsWith('- [ ] '))!;
    const { html } = rendered(line);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="https://map.example.jp/sub/listings/hostile/"');
    expect(html).not.toContain('evil.example"');
    expect(html).not.toContain('<b>');
  });

  it('keeps a hostile contact link from closing its brackets', () => {
    const r = report(listing('site', { contact: { website: 'https://example.jp/"><script>x</script>' } }));
    const body = staleReportMarkdown(r, { linksOf: links });
    expect(body).toContain('<https://example.jp/%22%3E%3Cscript%3Ex%3C/script%3E>');
    expect(rendered(body).html).not.toContain('<script>');
  });
});

describe('a long report', () => {
  it('stays under the issue body limit and says how many it left out', () => {
    const many = Array.from({ length: 400 }, (_, i) => listing(`l${i}`, { name: `食堂${'あ'.repeat(70)}${i}` }));
    const r = report(...many);
    const body = staleReportMarkdown(r, { linksOf: links, maxLength: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    const shown = body.match(/^- \[ \] /gm)!.length;
    expect(shown).toBeGreaterThan(10);
    expect(body).toContain(`ほかに ${400 - shown} 件あります`);
    expect(body).toContain('作成日 / Generated');
    expect(staleReportMarkdown(r, { linksOf: links }).length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
  });
});

describe('links without a public address', () => {
  it('names the file and links nothing', () => {
    const body = staleReportMarkdown(report(listing('x')), { linksOf: linksOnSite(undefined, '/') });
    expect(body).not.toContain('](');
    expect(body).toContain('`listings/x.md`');
  });
});
