/**
 * Help-line texts (content/help-lines/<key>.yaml): the demo's twelve
 * languages load cleanly and tell every line of site config; each fixture in
 * tests/fixtures/help-lines-bad/ has one defect, read in place of the good
 * fixture's vi.yaml, and gives exactly the problem named after it; and the
 * words the pages show come from the right file, with facts from config.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type ContentSet } from '../../src/lib/content/load-content.ts';
import { WHOLE_FILE, errorsOf, formatProblem, type Problem } from '../../src/core/problems.ts';
import { canonicalTag, scriptDirection } from '../../src/core/language-tag.ts';
import {
  bilingualParts,
  fillTemplate,
  formatDateIn,
  helpLinesInWords,
  helpPage,
  hrefLangOf,
  ownName,
  publishedHelpLines,
  templateParts,
} from '../../src/lib/help-lines.ts';
import { FIXTURES, GOOD_DIR, REPO_ROOT, TODAY, expectBilingual } from './support/helpers.ts';

const DEMO_DIR = path.join(REPO_ROOT, 'content');
const BAD_DIR = path.join(FIXTURES, 'help-lines-bad');
const DEMO_LANGUAGES = ['ja', 'easy', 'en', 'zh-Hans', 'vi', 'ko', 'ne', 'tl', 'pt', 'es', 'id', 'th'];

const bytes = (text: string) => new TextEncoder().encode(text);
const helpProblems = (content: ContentSet) =>
  content.problems.filter((p) => p.file.startsWith('help-lines/') || p.field.startsWith('helpLanguages'));

/** The good fixture with some files replaced or added. */
function goodWith(files: Record<string, string>): Promise<ContentSet> {
  return loadContent(GOOD_DIR, {
    today: TODAY,
    overlay: new Map(Object.entries(files).map(([file, text]) => [file, bytes(text)])),
  });
}

const goodSite = readFileSync(path.join(GOOD_DIR, 'site.yaml'), 'utf8');
const goodVi = readFileSync(path.join(GOOD_DIR, 'help-lines/vi.yaml'), 'utf8');

describe('the demo content', () => {
  let demo: ContentSet;
  beforeAll(async () => {
    demo = await loadContent(DEMO_DIR, { today: '2026-12-01' });
  });

  it('has every language of the issue, in the order site.yaml lists them, with no problem', () => {
    expect(helpProblems(demo)).toEqual([]);
    expect(demo.site!.helpLanguages).toEqual(DEMO_LANGUAGES);
    expect(publishedHelpLines(demo.site!, demo.helpLines).map((f) => f.key)).toEqual(DEMO_LANGUAGES);
  });

  it('tells every line of site config in every language, with the same hours where config has them', () => {
    const site = demo.site!;
    expect(site.interpretation?.languages).toBeDefined();
    for (const { key, data } of demo.helpLines) {
      expect(Object.keys(data.hotlines).sort(), key).toEqual(site.hotlines.map((h) => h.number).sort());
      expect(data.interpretation, key).toBeDefined();
      for (const line of site.hotlines) if (line.hours) expect(data.hotlines[line.number]!.hours, key).toBeTruthy();
    }
  });

  it('says honestly that no native speaker has checked the drafts yet', () => {
    for (const { key, data } of demo.helpLines.filter((f) => f.key !== 'ja')) {
      expect(data.checked.by, key).toMatch(/確認待ち/);
      expect(data.checked.by, key).toMatch(/awaiting/);
    }
  });

  it('keeps numbers out of the translated words, so a number is only ever the one site.yaml gives', () => {
    // Digits in the words are times, ages and counts; a phone number would be a second copy of a fact.
    for (const { key, data } of demo.helpLines) {
      const words = JSON.stringify([data.center, data.interpretation, ...Object.values(data.hotlines)]);
      expect(words.match(/\d{3,}-\d+|#\d{4}|\b1[18]9\b|\b110\b/g), key).toBeNull();
    }
  });

  it('claims no language for a line beyond what site config lists', () => {
    const site = demo.site!;
    const page = helpPage(site, demo.helpLines.find((f) => f.key === 'ne')!.data, demo.helpLines);
    expect(page.interpretation!.languages.map((l) => l.tag)).toEqual(site.interpretation!.languages);
    expect(page.interpretation!.languages.map((l) => l.tag)).not.toContain('ne');
    expect(page.interpretation!.languages.find((l) => l.tag === 'vi')!.name).toBe('Tiếng Việt');
  });
});

describe('the good fixture', () => {
  it('loads its two languages cleanly', async () => {
    const good = await loadContent(GOOD_DIR, { today: TODAY });
    expect(helpProblems(good)).toEqual([]);
    expect(good.helpLines.map((f) => f.key).sort()).toEqual(['en', 'vi']);
  });
});

interface Expected {
  field: string;
  severity: Problem['severity'];
  message: RegExp;
}
const err = (field: string, message: RegExp): Expected => ({ field, severity: 'error', message });
const warn = (field: string, message: RegExp): Expected => ({ field, severity: 'warning', message });

/** Each broken fixture, read as help-lines/vi.yaml, and the one problem it must give. */
const BROKEN: Record<string, Expected[]> = {
  'missing-hotline.yaml': [err('hotlines."#8000"', /No text for the hotline #8000 that site\.yaml lists/)],
  'missing-hours.yaml': [err('hotlines."189".hours', /site\.yaml gives hours for this line/)],
  'wrong-lang.yaml': [err('lang', /named for the tag vi but lang says ko/)],
  'not-a-tag.yaml': [err('lang', /Not a BCP 47 language tag/)],
  'tag-case.yaml': [err('lang', /Write the tag as vi/)],
  'wrong-dir.yaml': [err('dir', /vi is written ltr/)],
  'no-checked.yaml': [err('checked', /required/)],
  'future-checked.yaml': [err('checked.on', /in the future/)],
  'no-placeholder.yaml': [err('page.call', /Keep \{number\} as written/)],
  'unused-hotline.yaml': [warn('hotlines."110"', /lists no hotline 110, so this text is not used/)],
};

describe('broken help-line fixtures', () => {
  it.each(Object.entries(BROKEN))('%s', async (fixture, expected) => {
    const content = await goodWith({ 'help-lines/vi.yaml': readFileSync(path.join(BAD_DIR, fixture), 'utf8') });
    const found = helpProblems(content);
    expect(found.map((p) => [p.file, p.field, p.severity])).toEqual(
      expected.map((e) => ['help-lines/vi.yaml', e.field, e.severity]),
    );
    found.forEach((problem, index) => {
      expect(problem.message).toMatch(expected[index]!.message);
      expectBilingual(problem.message);
    });
  });

  it('covers every fixture in the folder', () => {
    expect(readdirSync(BAD_DIR).sort()).toEqual(Object.keys(BROKEN).sort());
  });
});

describe('help-line texts against site config', () => {
  it('a line added to site.yaml without its text fails in every language, naming the file and the number', async () => {
    const site = goodSite.replace(
      'hotlines:\n',
      "hotlines:\n  - name: 警察（緊急）\n    number: '110'\n    description: 子どもが今、危険な目にあっているとき。\n    urgent: true\n",
    );
    const content = await goodWith({ 'site.yaml': site });
    const lines = errorsOf(helpProblems(content)).map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^help-lines\/en\.yaml: hotlines\."110": site\.yaml の hotlines にある「警察（緊急）」（110）の文がありません.* \/ No text for the hotline 110/,
      ),
      expect.stringMatching(/^help-lines\/vi\.yaml: hotlines\."110": .* \/ No text for the hotline 110/),
    ]);
  });

  it('an interpretation service named in site.yaml needs its text in every language', async () => {
    const site = `${goodSite}\ninterpretation:\n  name: テスト市多言語相談（架空）\n  helpsWith: 通訳します。\n  phone: 072-000-9111\n  hours: 平日 9:00〜17:00\n  languages: [ja, vi]\n`;
    const content = await goodWith({ 'site.yaml': site });
    expect(helpProblems(content).map((p) => [p.file, p.field])).toEqual([
      ['help-lines/en.yaml', 'interpretation'],
      ['help-lines/vi.yaml', 'interpretation'],
    ]);
  });

  it('refuses a tag that is not one in interpretation.languages', async () => {
    const site = `${goodSite}\ninterpretation:\n  name: テスト\n  helpsWith: 通訳します。\n  phone: 072-000-9111\n  hours: 平日\n  languages: [ja, Vietnamese]\n`;
    const content = await goodWith({ 'site.yaml': site });
    const problem = content.problems.find((p) => p.field === 'interpretation.languages[1]')!;
    expect(problem.message).toMatch(/Not a BCP 47 language tag/);
  });

  it('a language site.yaml lists needs its file; a file it does not list is left out, with a warning', async () => {
    const content = await goodWith({ 'site.yaml': `${goodSite}\nhelpLanguages: [vi, ko]\n` });
    expect(helpProblems(content).map((p) => [p.file, p.field, p.severity])).toEqual([
      ['help-lines/en.yaml', WHOLE_FILE, 'warning'],
      ['site.yaml', 'helpLanguages[1]', 'error'],
    ]);
    expect(publishedHelpLines(content.site!, content.helpLines).map((f) => f.key)).toEqual(['vi']);
  });

  it('a file name must be a tag or a plain name, and only .yaml files belong in the folder', async () => {
    const content = await goodWith({
      'help-lines/Viet Nam.yaml': goodVi,
      'help-lines/notes.txt': 'メモ',
      'help-lines/easy.yaml': goodVi.replace('lang: vi', 'lang: ja'),
    });
    expect(
      helpProblems(content)
        .map((p) => [p.file, p.field])
        .sort(),
    ).toEqual([
      ['help-lines/Viet Nam.yaml', WHOLE_FILE],
      ['help-lines/notes.txt', WHOLE_FILE],
    ]);
  });

  it('refuses two hotlines with the same number, which would share one text', async () => {
    const site = goodSite.replace(
      'hotlines:\n',
      "hotlines:\n  - name: もう一つ\n    number: '189'\n    description: 同じ番号。\n",
    );
    const content = await goodWith({ 'site.yaml': site });
    expect(content.problems.find((p) => p.field === 'hotlines[1].number')?.message).toMatch(/listed twice/);
  });
});

describe('the words pages show', () => {
  let good: ContentSet;
  beforeAll(async () => {
    good = await loadContent(GOOD_DIR, { today: TODAY });
  });

  it('Japanese pages say the lines as site.yaml does', () => {
    const words = helpLinesInWords(good.site!, good.helpLines, 'ja');
    expect(words.center).toMatchObject({ name: good.site!.consultationCenter.name, lang: 'ja' });
    expect(words.lines.map((l) => [l.number, l.name, l.lang])).toEqual([
      ['189', '児童相談所 虐待対応ダイヤル', 'ja'],
      ['#8000', '子ども医療電話相談', 'ja'],
    ]);
  });

  it('English pages take the English file, with numbers and urgency from config', () => {
    const words = helpLinesInWords(good.site!, good.helpLines, 'en');
    expect(words.center).toMatchObject({ name: 'Test Ward Children and Family Center', lang: 'en' });
    expect(words.center.phone).toBe('072-000-9100');
    expect(words.lines[0]).toMatchObject({ number: '189', urgent: true, lang: 'en' });
    expect(words.lines[0]!.name).toMatch(/abuse line/);
  });

  it('without a file, やさしい日本語 pages show site.yaml’s Japanese rather than nothing', () => {
    const words = helpLinesInWords(good.site!, good.helpLines, 'easy');
    expect(words.center.name).toBe(good.site!.consultationCenter.name);
    expect(words.lines.every((l) => l.lang === 'ja' && l.name.length > 0)).toBe(true);
  });

  it('a help page puts the urgent lines first and keeps the Japanese names to say on the phone', () => {
    const vi = good.helpLines.find((f) => f.key === 'vi')!.data;
    const page = helpPage(good.site!, vi, good.helpLines);
    expect(page.urgent.map((e) => e.number)).toEqual(['189']);
    expect(page.others.map((e) => e.number)).toEqual(['#8000']);
    expect(page.urgent[0]!.japaneseName).toBe('児童相談所 虐待対応ダイヤル');
    expect(page.center).toMatchObject({ number: '072-000-9100', address: good.site!.consultationCenter.address });
    expect(page.interpretation).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('language tags: case only, aliases kept, malformed refused', () => {
    expect(canonicalTag('zh-hans')).toBe('zh-Hans');
    expect(canonicalTag('pt-br')).toBe('pt-BR');
    expect(canonicalTag('tl')).toBe('tl');
    expect(canonicalTag('ja-x-easy')).toBe('ja-x-easy');
    expect(canonicalTag('easy')).toBeUndefined();
    expect(canonicalTag('Viet Nam')).toBeUndefined();
    expect(scriptDirection('ar')).toBe('rtl');
    expect(scriptDirection('vi')).toBe('ltr');
  });

  it('gives each page its own hreflang, a private-use one for a form without a tag', async () => {
    const demo = await loadContent(DEMO_DIR, { today: '2026-12-01' });
    const tags = publishedHelpLines(demo.site!, demo.helpLines).map(hrefLangOf);
    expect(tags).toContain('ja-x-easy');
    expect(tags).toContain('zh-Hans');
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('a language’s own name comes from its file, else from the platform', () => {
    expect(ownName('vi', [])).toBe('Tiếng Việt');
    expect(ownName('my', [])).toMatch(/\S/);
  });

  it('splits 「日本語 / English」 into two marked parts, and leaves other text whole', () => {
    expect(bilingualParts('サイト編集チーム / site team')).toEqual([
      { text: 'サイト編集チーム', lang: 'ja' },
      { text: ' / ' },
      { text: 'site team', lang: 'en' },
    ]);
    expect(bilingualParts('Nguyễn Văn A')).toEqual([{ text: 'Nguyễn Văn A' }]);
    expect(bilingualParts('a / b')).toEqual([{ text: 'a / b' }]);
  });

  it('fills placeholders and formats dates in the page’s language', () => {
    expect(fillTemplate('Gọi {number}', { number: '189' })).toBe('Gọi 189');
    expect(templateParts('{by} が {date} に')).toEqual([
      { slot: 'by' },
      { text: ' が ' },
      { slot: 'date' },
      { text: ' に' },
    ]);
    expect(formatDateIn('2026-11-24', 'en')).toBe('November 24, 2026');
    expect(formatDateIn('2026-11-24', 'ja')).toBe('2026年11月24日');
  });
});
