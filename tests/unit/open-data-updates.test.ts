/**
 * 新着・更新: the dates git gives each listing (or the verified date when it
 * cannot), 新規 against 更新, and the Atom feed read back with an independent
 * XML parser (fast-xml-parser) — its required elements, order, bound, escaping
 * of hostile text, and privacy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { listingHistory, parseGitLog, type ListingHistory } from '../../src/lib/content/listing-history.ts';
import { toPublicListing, type PublicListing } from '../../src/lib/privacy/public-listing.ts';
import { FEED_LIMIT, listingUpdate, listingUpdates, tokyoTimestamp } from '../../src/lib/open-data/updates.ts';
import { updatesFeed, type UpdatesFeedOptions } from '../../src/lib/open-data/updates-feed.ts';
import { xmlText } from '../../src/lib/open-data/atom.ts';
import { FIXTURES, REPO_ROOT } from './support/helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'kodomo-updates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** git with a fixed identity and clock, and none of the machine's hooks or signing. */
function git(dir: string, args: string[], date?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[key];
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return execFileSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.jp', ...args], {
    env,
    encoding: 'utf8',
  });
}

function repo(name: string): { dir: string; listings: string; commit: (message: string, date: string) => void } {
  const dir = path.join(work, name);
  const listings = path.join(dir, 'listings');
  mkdirSync(listings, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  return {
    dir,
    listings,
    commit: (message, date) => {
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '--no-verify', '-m', message], date);
    },
  };
}

const write = (dir: string, file: string, text: string) => writeFileSync(path.join(dir, file), text);

let demo: PublicListing[];
let hostile: PublicListing;
beforeAll(async () => {
  const content = await loadContent(path.join(REPO_ROOT, 'content'), { today: '2026-12-01' });
  demo = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, content.schools));
  const bad = await loadContent(path.join(FIXTURES, 'content-hostile'), { today: '2026-12-01' });
  const entry = bad.listings.find((l) => l.id === 'hostile-text')!;
  hostile = toPublicListing(entry.id, entry.data, entry.body, bad.schools);
});

/** A demo listing under another id and verified date, for histories made up in the tests. */
function listing(id: string, verified: string, base = demo[0]!): PublicListing {
  return { ...base, id, verified: { ...base.verified, date: verified } };
}

describe('the listings folder’s git history', () => {
  let history: ListingHistory;
  beforeAll(async () => {
    const r = repo('two-commits');
    write(r.dir, 'README.md', 'not a listing');
    write(r.listings, 'old.md', 'first');
    r.commit('add old', '2026-10-01T10:00:00+09:00');
    write(r.listings, 'old.md', 'changed');
    write(r.listings, 'new.md', 'first');
    r.commit('change old, add new', '2026-10-05T09:00:00+09:00');
    // A fix later the same day: still part of the arrival.
    write(r.listings, 'new.md', 'typo fixed');
    r.commit('fix new', '2026-10-05T15:30:00+09:00');
    // A commit outside the folder does not date any listing.
    write(r.dir, 'README.md', 'changed');
    r.commit('docs', '2026-11-01T10:00:00+09:00');
    history = await listingHistory(r.listings);
  });

  it('dates each file by the commits that added and last changed it', () => {
    expect(history.source).toBe('git');
    expect([...history.dates.keys()].sort()).toEqual(['new', 'old']);
    expect(Date.parse(history.dates.get('old')!.added)).toBe(Date.parse('2026-10-01T10:00:00+09:00'));
    expect(Date.parse(history.dates.get('old')!.changed)).toBe(Date.parse('2026-10-05T09:00:00+09:00'));
    expect(Date.parse(history.dates.get('new')!.added)).toBe(Date.parse('2026-10-05T09:00:00+09:00'));
    expect(Date.parse(history.dates.get('new')!.changed)).toBe(Date.parse('2026-10-05T15:30:00+09:00'));
  });

  it('calls a file changed on a later day 更新, and one that only arrived 新規', () => {
    const old = listingUpdate(listing('old', '2026-09-20'), history);
    expect(old).toMatchObject({
      change: 'changed',
      published: '2026-10-01T10:00:00+09:00',
      updated: '2026-10-05T09:00:00+09:00',
    });
    const added = listingUpdate(listing('new', '2026-09-01'), history);
    expect(added).toMatchObject({
      change: 'added',
      published: '2026-10-05T09:00:00+09:00',
      updated: '2026-10-05T15:30:00+09:00',
    });
  });

  it('takes the verified date when it is later than the last commit', () => {
    const update = listingUpdate(listing('new', '2026-10-07'), history);
    expect(update).toMatchObject({ change: 'changed', updated: '2026-10-07T00:00:00+09:00' });
    expect(update.published).toBe('2026-10-05T09:00:00+09:00');
  });

  it('falls back to the verified date for a file no commit has seen yet', () => {
    expect(listingUpdate(listing('not-committed', '2026-11-11'), history)).toMatchObject({
      change: 'changed',
      published: '2026-11-11T00:00:00+09:00',
      updated: '2026-11-11T00:00:00+09:00',
    });
  });

  it('dates a change that came through a merge by the merge', async () => {
    const r = repo('merge');
    write(r.listings, 'a.md', 'a');
    r.commit('a', '2026-10-01T10:00:00+09:00');
    git(r.dir, ['checkout', '-q', '-b', 'proposal']);
    write(r.listings, 'b.md', 'b');
    r.commit('b on a branch', '2026-10-02T10:00:00+09:00');
    git(r.dir, ['checkout', '-q', 'main']);
    git(r.dir, ['merge', '-q', '--no-ff', '--no-verify', '-m', 'merge', 'proposal'], '2026-10-09T10:00:00+09:00');
    const merged = await listingHistory(r.listings);
    expect(Date.parse(merged.dates.get('b')!.added)).toBe(Date.parse('2026-10-09T10:00:00+09:00'));
    expect(Date.parse(merged.dates.get('a')!.changed)).toBe(Date.parse('2026-10-01T10:00:00+09:00'));
  });

  it('reads one pass of git log output, newest commit first', () => {
    const dates = parseGitLog(
      '\0' +
        '2026-10-05T09:00:00+09:00\n\nlisting/b.md\nlisting/sub/a.md\n' +
        '\0' +
        '2026-10-01T09:00:00+09:00\n\nlisting/a.md\nlisting/notes.txt\n',
    );
    expect(Object.fromEntries(dates)).toEqual({
      b: { added: '2026-10-05T09:00:00+09:00', changed: '2026-10-05T09:00:00+09:00' },
      a: { added: '2026-10-01T09:00:00+09:00', changed: '2026-10-05T09:00:00+09:00' },
    });
  });
});

describe('without a usable history', () => {
  it('uses the verified date outside any git work tree, and claims nothing is 新規', async () => {
    const dir = path.join(work, 'plain', 'listings');
    mkdirSync(dir, { recursive: true });
    write(dir, 'a.md', 'a');
    const history = await listingHistory(dir);
    expect(history.source).toBe('not-a-work-tree');
    expect(history.dates.size).toBe(0);
    expect(listingUpdate(listing('a', '2026-10-12'), history)).toMatchObject({
      change: 'changed',
      published: '2026-10-12T00:00:00+09:00',
      updated: '2026-10-12T00:00:00+09:00',
    });
  });

  it('uses the verified date in a shallow clone, whose one commit would claim to add every file', async () => {
    const r = repo('deep');
    write(r.listings, 'a.md', 'a');
    r.commit('a', '2026-10-01T10:00:00+09:00');
    write(r.listings, 'a.md', 'b');
    r.commit('b', '2026-10-02T10:00:00+09:00');
    const shallow = path.join(work, 'shallow');
    git(work, ['clone', '-q', '--depth', '1', `file://${r.dir}`, shallow]);
    const history = await listingHistory(path.join(shallow, 'listings'));
    expect(history.source).toBe('shallow');
    expect(history.dates.size).toBe(0);
  });

  it('uses the verified date when no commit touches the folder', async () => {
    const empty = repo('no-commits');
    write(empty.listings, 'a.md', 'a');
    expect((await listingHistory(empty.listings)).source).toBe('untracked');
    const r = repo('elsewhere');
    write(r.dir, 'README.md', 'x');
    r.commit('docs only', '2026-10-01T10:00:00+09:00');
    write(r.listings, 'a.md', 'a');
    expect((await listingHistory(r.listings)).source).toBe('untracked');
  });

  it('uses the verified date when the folder does not exist', async () => {
    expect((await listingHistory(path.join(work, 'missing', 'listings'))).dates.size).toBe(0);
  });
});

describe('the order of updates', () => {
  const none: ListingHistory = { source: 'not-a-work-tree', dates: new Map() };

  it('is newest first, then by id, and holds at most 50', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      listing(
        `l-${String(i).padStart(3, '0')}`,
        `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      ),
    );
    const updates = listingUpdates(many, none);
    expect(FEED_LIMIT).toBe(50);
    expect(updates).toHaveLength(50);
    for (let i = 1; i < updates.length; i++) {
      const [a, b] = [updates[i - 1]!, updates[i]!];
      expect(a.updated > b.updated || (a.updated === b.updated && a.listing.id < b.listing.id)).toBe(true);
    }
    const newest = many
      .map((l) => l.verified.date)
      .sort()
      .at(-1)!;
    expect(updates[0]!.updated).toBe(`${newest}T00:00:00+09:00`);
  });

  it('writes instants as RFC 3339 in Japan time', () => {
    expect(tokyoTimestamp(Date.parse('2026-12-31T15:00:00Z'))).toBe('2027-01-01T00:00:00+09:00');
  });
});

interface ParsedEntry {
  id: string;
  title: { '#text': string; '@_type': string };
  link: { '@_rel': string; '@_type': string; '@_href': string };
  published: string;
  updated: string;
  category: { '@_term': string; '@_label': string };
  summary: { '#text': string; '@_type': string };
}

interface ParsedFeed {
  feed: {
    '@_xmlns': string;
    id: string;
    title: { '#text': string };
    updated: string;
    author: { name: string };
    link: Array<{ '@_rel': string; '@_type': string; '@_href': string }>;
    entry?: ParsedEntry[];
  };
}

const OPTIONS: UpdatesFeedOptions = {
  siteName: '西区こども地域資源マップ',
  region: '堺市西区',
  publisher: '西区の地域団体',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  feedUrl: 'https://example.org/data/updates.atom',
  siteUrl: 'https://example.org/',
  pageUrl: (l) => `https://example.org/listings/${l.id}/`,
  builtAt: '2026-12-01T09:00:00+09:00',
};

function read(text: string): ParsedFeed {
  expect(XMLValidator.validate(text)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(text) as ParsedFeed;
}

/** Every element name in the raw text: only Atom's may appear, whatever a listing says. */
function elementNames(text: string): Set<string> {
  return new Set([...text.matchAll(/<([A-Za-z][\w:.-]*)/g)].map((m) => m[1]!));
}
const ATOM_ELEMENTS = [
  'feed',
  'id',
  'title',
  'subtitle',
  'updated',
  'link',
  'author',
  'name',
  'rights',
  'entry',
  'published',
  'category',
  'summary',
];

describe('the Atom feed', () => {
  const history = (): ListingHistory => ({
    source: 'git',
    dates: new Map(
      demo.map((l, i) => {
        const day = String(1 + (i % 28)).padStart(2, '0');
        // Every third listing changed a month after it arrived.
        const changed = i % 3 === 0 ? `2026-11-${day}T12:00:00+09:00` : `2026-10-${day}T12:00:00+09:00`;
        return [l.id, { added: `2026-10-${day}T12:00:00+09:00`, changed }];
      }),
    ),
  });

  it('has the elements RFC 4287 requires, one entry per update, newest first', () => {
    const updates = listingUpdates(demo, history());
    const feed = read(updatesFeed(updates, OPTIONS)).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(OPTIONS.feedUrl);
    expect(feed.title['#text']).toBe('西区こども地域資源マップ 新着・更新');
    expect(feed.author.name).toBe(OPTIONS.publisher);
    expect(feed.link).toContainEqual({ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': OPTIONS.feedUrl });
    expect(feed.link).toContainEqual({ '@_rel': 'alternate', '@_type': 'text/html', '@_href': OPTIONS.siteUrl });
    const entries = feed.entry!;
    expect(entries).toHaveLength(Math.min(demo.length, FEED_LIMIT));
    expect(feed.updated).toBe(entries[0]!.updated);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/;
    for (const [i, entry] of entries.entries()) {
      const { listing, change } = updates[i]!;
      expect(entry.id).toBe(`https://example.org/listings/${listing.id}/`);
      expect(entry.link).toEqual([{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': entry.id }]);
      expect(entry.title['#text']).toBe(`【${change === 'added' ? '新規' : '更新'}】${listing.name}`);
      expect(entry.updated).toMatch(rfc3339);
      expect(entry.published).toMatch(rfc3339);
      expect(entry.published <= entry.updated).toBe(true);
      if (i > 0) expect(entries[i - 1]!.updated >= entry.updated).toBe(true);
      expect(entry.category['@_term']).toBe(listing.kind);
      expect(entry.summary['#text']).toMatch(/^種類：/);
      // No next date: a feed entry outlives the build that wrote it.
      expect(entry.summary['#text']).not.toMatch(/次回|\d+月\d+日（/);
    }
    const titles = entries.map((e) => e.title['#text']);
    expect(titles.some((t) => t.startsWith('【新規】'))).toBe(true);
    expect(titles.some((t) => t.startsWith('【更新】'))).toBe(true);
  });

  it('holds the newest 50 of many', () => {
    const many = Array.from({ length: 75 }, (_, i) => listing(`many-${i}`, `2026-0${1 + (i % 9)}-1${i % 10}`));
    const entries = read(updatesFeed(listingUpdates(many, { source: 'shallow', dates: new Map() }), OPTIONS)).feed
      .entry!;
    const newest = [...many]
      .sort((a, b) => b.verified.date.localeCompare(a.verified.date) || a.id.localeCompare(b.id))
      .slice(0, 50)
      .map((l) => OPTIONS.pageUrl(l));
    expect(entries.map((e) => e.id)).toEqual(newest);
  });

  it('is a valid feed with no entries, dated by the build', () => {
    const feed = read(updatesFeed([], OPTIONS)).feed;
    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe(OPTIONS.builtAt);
  });

  it('keeps hostile text as text: the parser reads back exactly what the listing says, and no markup of its own', () => {
    const sneaky = {
      ...listing('sneaky', '2026-11-30', hostile),
      name: `${hostile.name} ]]> <!-- &amp; \u0001\u0008\uffff\ud800`,
    };
    const updates = listingUpdates([hostile, sneaky], { source: 'not-a-work-tree', dates: new Map() });
    const text = updatesFeed(updates, OPTIONS);
    const entries = read(text).feed.entry!;
    expect(elementNames(text)).toEqual(new Set(ATOM_ELEMENTS));
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('<script');
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('https://example.org/listings/hostile-text/')!.title['#text']).toBe(
      "【更新】<script>window.__pwned = 'name'</script>居場所",
    );
    // Characters XML cannot carry are dropped; everything else survives.
    expect(byId.get('https://example.org/listings/sneaky/')!.title['#text']).toBe(
      `【更新】${hostile.name} ]]> <!-- &amp; `,
    );
    expect(byId.get('https://example.org/listings/hostile-text/')!.summary['#text']).toContain(hostile.summary!);
    expect(xmlText(`"'<>&`)).toBe('&quot;&apos;&lt;&gt;&amp;');
  });

  it('gives an approximate place only as its area, and no phone at all', async () => {
    const text = updatesFeed(listingUpdates(demo, history()), OPTIONS);
    const content = await loadContent(path.join(REPO_ROOT, 'content'), { today: '2026-12-01' });
    const approximate = content.listings.filter((l) => l.data.location?.precision === 'approximate');
    expect(approximate.length).toBeGreaterThan(0);
    const entries = read(text).feed.entry!;
    for (const { id, data } of approximate) {
      const { address, placeName, access, area } = data.location!;
      for (const secret of [address, placeName, access]) if (secret) expect(text).not.toContain(secret);
      const entry = entries.find((e) => e.id === OPTIONS.pageUrl({ id } as PublicListing));
      if (entry) expect(entry.summary['#text']).toContain(`場所：${area}（おおよその場所）`);
    }
    for (const { data } of content.listings) {
      const phone = data.contact?.phone;
      if (phone) expect(text).not.toContain(phone);
    }
  });
});
