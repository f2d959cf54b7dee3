/**
 * Every dictionary, walked to its last string: the type `Messages` proves each
 * key is present, but not that a value says something. Here every locale's
 * words, and what its phrases return for plausible arguments, must be
 * non-empty, must not be their own key (what a missing translation shows), and
 * must have exactly Japanese's keys at every level. English must hold no
 * Japanese, but for the few strings where the Japanese is the point.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, messages, type Locale } from '../../src/i18n/index.ts';
import { FACT_SAMPLES } from './support/fact-samples.ts';

/**
 * Arguments to call each phrase with, by its key path; several lists where the
 * words change with a number (one place, three places). Sample words are ASCII,
 * so that English's check for Japanese finds only the dictionary's own.
 */
const SAMPLES: Record<string, ReadonlyArray<readonly unknown[]>> = {
  ...(FACT_SAMPLES as Record<string, ReadonlyArray<readonly unknown[]>>),
  'about.lead': [['Sample Map', 'Sample Ward']],
  'about.sources': [['Sample Team']],
  'about.licenceAfter': [['Sample Map']],
  'common.defaultDescription': [['Sample Ward']],
  'common.pageTitle': [['About', 'Sample Map']],
  'common.embedFooter.licence': [['CC BY 4.0']],
  'common.selectButton.of': [['Sample Cafe']],
  'common.parenthesised': [['Sample note']],
  'data.lead': [['Sample Map', 'Sample Team']],
  'data.builtOn': [['2026-12-02']],
  'data.records': [[0], [1], [3]],
  'data.download': [['listings.csv']],
  'directoryPages.pageNumber': [[1], [12]],
  'directoryPages.pageOfPages': [[2, 3]],
  'directoryPages.range': [
    [1, 50, 1200],
    [51, 51, 51],
  ],
  'directoryPages.areaTitle': [['Kawasemi']],
  'directoryPages.areaCount': [[0], [1], [3]],
  'directoryPages.inactiveLink': [[1], [4]],
  'directory.kindCount': [[0], [1], [3]],
  'directory.total': [[0], [1], [3]],
  'directory.showMoreRemaining': [[1], [3]],
  'directory.count': [[0], [1], [3]],
  'directory.sortedFrom': [['Sample School']],
  'directory.filterCount': [[1], [3]],
  'directory.distanceFrom': [['Sample School', 'about 300 m']],
  'directory.sortedFromSchool': [['Sample School']],
  'directory.cluster': [[3]],
  'directory.controls.near': [['500 m']],
  'directory.markerName': [['Sample Cafe', 'Sample kind']],
  'gaps.levelTitle': [
    ['Sample title', 'elementary'],
    ['Sample title', 'junior-high'],
  ],
  'gaps.lead': [
    ['Sample Ward', 'elementary'],
    ['Sample Ward', 'junior-high'],
  ],
  'gaps.without': [
    ['Sample kind', 'elementary', 0, 12],
    ['Sample kind', 'junior-high', 1, 6],
    ['Sample kind', 'elementary', 3, 12],
  ],
  'gaps.ratio': [['Sample kind', 'elementary', '42%']],
  'gaps.goal': [
    ['Sample kind', 'elementary', 1],
    ['Sample kind', 'junior-high', 2],
  ],
  'gaps.short': [[0], [1], [3]],
  'gaps.zeroList': [['Sample kind']],
  'gaps.zeroMore': [[1], [580]],
  'gaps.tableRange': [
    [1, 100, 600],
    [501, 600, 600],
  ],
  'gaps.pagedNote': [[100]],
  'gaps.percent': [[0.42]],
  'gaps.tableCaption': [['elementary'], ['junior-high']],
  'gaps.count': [[0], [1], [3]],
  'gaps.goalShort': [
    ['Sample kind', 1, 0],
    ['Sample kind', 3, 1],
  ],
  'gaps.sortBy': [['Sample column']],
  'gaps.sortedBy': [['Sample column', 'Sample order']],
  'gaps.sortedByOnPage': [['Sample column', 'Sample order']],
  'gaps.mapLabel': [['elementary'], ['junior-high']],
  'gaps.mapAreaLabel': [
    ['Sample district', 'Sample kind', 0, true],
    ['Sample district', 'Sample kind', 1, false],
    ['Sample district', 'Sample kind', 3, false],
  ],
  'gaps.district.title': [
    ['Sample Elementary School', 'elementary'],
    ['Sample Junior High School', 'junior-high'],
  ],
  'gaps.district.lead': [['Sample district']],
  'gaps.district.schoolPage': [['Sample School']],
  'gaps.district.countLine': [
    ['Sample kind', 0],
    ['Sample kind', 1],
    ['Sample kind', 3],
  ],
  'gaps.district.fromSchool': [['about 300 m']],
  'gaps.district.more': [[1], [3]],
  'gaps.district.nearestOutside': [['Sample kind']],
  'gaps.district.noneAnywhere': [['Sample kind']],
  'gaps.district.helpersNote': [['1 km']],
  'gaps.district.activities': [['cooking, serving']],
  'gaps.district.submitFor': [['Sample kind', 'Sample district']],
  'gaps.stale.lead': [[1], [12]],
  'gaps.stale.verified': [['2026-10-12']],
  'home.lead': [['Sample Ward']],
  'home.searchAll': [[1], [3]],
  'home.kindCount': [[0], [1], [3]],
  'listing.district': [
    ['Sample School', false],
    ['Sample School', true],
  ],
  'listing.where.district': [['Sample School']],
  'listing.fromSchool': [['Sample School', 'about 300 m']],
  'listing.qrLabel': [['Sample Cafe']],
  'listing.header.organization': [['Sample Group']],
  'listing.kindSections.rolesWanted': [['cooking, serving']],
  'listing.alert.dated': [['1 April 2026']],
  'listing.alert.heading': [['1 April 2026']],
  'listing.verified.lastChecked': [['12 October 2026', 'Sample checker', 'Sample source']],
  'listing.verified.stale': [[1], [12]],
  'listing.verified.state': [['Sample status']],
  'listing.verified.mailSubject': [['Sample Cafe', 'sample-cafe']],
  'listing.verified.mailListing': [['Sample Cafe']],
  'listing.verified.mailPage': [['https://example.org/listings/sample-cafe/']],
  'print.note': [[200]],
  'offline.saved': [[1], [3]],
  'offline.savedOn': [
    [4, 1],
    [12, 31],
  ],
  'print.help': [['Sample Centre']],
  'print.siteAddress': [['Sample Map', 'https://example.org/']],
  'print.made': [['2 December 2026']],
  'print.qr': [['Sample Cafe']],
  'referral.lead': [['Sample Centre']],
  'referral.inDirectory': [['Sample label']],
  'schedule.asOf': [['2 December 2026']],
  'schedule.seenFrom': [['3 December 2026']],
  'schedule.agendaAsOf': [['2 December 2026']],
  'schools.schoolTitle': [['Sample School']],
  'schools.refKind': [['Sample kind']],
  'schools.refLink': [['Sample need']],
  'schools.index.count': [[0], [1], [3]],
  'schools.page.embedTitle': [['Sample School']],
  'schools.page.lead': [['Sample School', '500 m']],
  'schools.page.districtApproximate': [['Sample level']],
  'schools.page.mapLabel': [['Sample School']],
  'schools.page.mapNote': [['Sample School', '500 m']],
  'schools.page.needLink': [['Sample need', 3]],
  'schools.page.remoteLink': [[2]],
  'schools.page.more': [
    [5, 1],
    [5, 3],
  ],
  'schools.page.moreLinkFiltered': [['Sample need']],
  'schools.page.areaNote': [
    [1, 1],
    [3, 3],
    [1, 3],
    [2, 3],
  ],
  'gaps.stale.more': [[1], [3]],
  'schools.page.remoteMore': [
    [5, 1],
    [5, 3],
  ],
  'consultation.windowsMore': [
    [1, 1],
    [20, 3],
  ],
  'schools.page.qr': [['Sample School']],
  'schools.page.thisPage': [['https://example.org/schools/sample/']],
  'submit.shell.missing': [['sample-cafe']],
  'submit.shell.correctionNotice': [['Sample Cafe']],
  'submit.shell.stepHeading': [[1, 'Sample step']],
  'submit.shell.stepCount': [[7]],
  'submit.shell.problems': [[1], [3]],
  'submit.schedule.nth': [[1], [2], [3], [4], [5]],
  'submit.schedule.month': [[1], [12]],
  'submit.schedule.weekday': [['Sample day']],
  'submit.schedule.rule': [[], [2]],
  'submit.schedule.extra': [[1]],
  'submit.schedule.closedDate': [[1]],
  'submit.map.circle': [[300]],
  'submit.place.approximateHint': [['Sample area', 300]],
  'submit.place.example': [['Sample example']],
  'submit.contact.phoneAs': [['072-000-1234']],
  'submit.review.idHint': [['sample-cafe']],
  'submit.review.idTaken': [['sample-cafe']],
  'submit.review.file': [['sample-cafe.md']],
  'submit.review.downloadHint': [['editors@example.org']],
  'submit.review.omitted': [[['Sample field', 'Another field']]],
  'submit.preview.approximate': [[300]],
  'submit.mail.intro': [
    ['Sample Map', false],
    ['Sample Map', true],
  ],
  'submit.mail.message': [['Sample message']],
  'submit.mail.contact': [['Sample Person, person@example.org']],
  'submit.mail.file': [['sample-cafe.md']],
  'updates.feedTitle': [['Sample Map']],
  'updates.feedSubtitle': [['Sample Ward', 50]],
  'updates.linkTitle': [['Sample Map']],
  'updates.rights': [['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/']],
  'updates.entryTitle': [['Sample change', 'Sample Cafe']],
  'updates.place.approximate': [['Sample area']],
  'updates.entrySummary': [
    [
      {
        kind: 'Sample kind',
        place: 'Sample place',
        schedule: ['Sample rule', 'Another rule'],
        status: 'Sample status',
        summary: 'Sample summary.',
      },
    ],
    [{ kind: 'Sample kind', place: undefined, schedule: [], status: undefined, summary: undefined }],
  ],
};

/** Kana, kanji and full-width punctuation and forms. */
const JAPANESE =
  /[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Japanese that English shows on purpose, by key path (a phrase's results included), each with why. */
const ENGLISH_KEEPS_JAPANESE: ReadonlyArray<{ path: string; text: readonly string[]; why: string }> = [
  {
    path: 'data.files.preschool.columns',
    text: [
      '種別',
      '所在地_連結表記',
      '緯度',
      '経度',
      '利用可能曜日',
      '開始時間',
      '終了時間',
      '利用可能日時特記事項',
      '受入年齢',
      '団体名',
      '備考',
    ],
    why: 'the file is in Japanese: each line names its column as the file heads it',
  },
  {
    path: 'data.files.event.columns',
    text: ['開始日時特記事項'],
    why: 'the file is in Japanese: the line names its column as the file heads it',
  },
  {
    path: 'data.files.site.columns',
    text: ['毎月 第2・第4 土 11:00-14:00'],
    why: 'an example of how the file writes a schedule, which is in Japanese',
  },
  {
    path: 'data.files.gaps.columns',
    text: ['学校ID', '学校名', '校区の範囲', '境界あり', 'おおよその範囲', '達成', '未達'],
    why: 'the file is in Japanese: the lines name its columns and values as the file writes them',
  },
  {
    path: 'data.files.updates.columns',
    text: ['【新規】', '【更新】'],
    why: 'the feed is in Japanese: the line shows the marks its titles start with',
  },
  {
    path: 'submit.kind.nameHint',
    text: ['おおとりみんな食堂'],
    why: 'an example of a name as a listing file holds it, in Japanese, matching the reading below',
  },
  {
    path: 'submit.kind.nameKanaHint',
    text: ['おおとりみんなしょくどう'],
    why: 'the field asks for a reading in hiragana, so its example is hiragana',
  },
];

interface Leaf {
  path: string;
  value: string;
}

/** Every string of a dictionary, with its key path; a phrase is called with each of its samples. */
function leaves(value: unknown, path: string, out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push({ path, value });
  else if (typeof value === 'function') {
    const samples = SAMPLES[path];
    if (!samples) throw new Error(`${path} is a phrase with no sample arguments: add them to SAMPLES`);
    samples.forEach((args, index) =>
      leaves((value as (...a: unknown[]) => unknown)(...args), `${path}(${index})`, out),
    );
  } else if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leaves(item, path ? `${path}.${key}` : key, out);
  else throw new Error(`${path} is ${String(value)}, not words`);
  return out;
}

/** The key paths of a dictionary, level by level: objects' keys, arrays' lengths and what each phrase is. */
/**
 * Lists of sentences whose length is the writer's to choose: やさしい日本語 says
 * one idea per sentence, so it may split a step in two. Every other list is
 * a sentence in parts, and must have Japanese's number of parts.
 */
const PROSE_LISTS = /^concerns\.[\w-]+\.steps$/;

function shape(value: unknown, path = '', out: string[] = []): string[] {
  if (typeof value === 'function') out.push(`${path}()`);
  else if (Array.isArray(value) && PROSE_LISTS.test(path)) out.push(`${path}[…]`);
  else if (Array.isArray(value)) {
    out.push(`${path}[${value.length}]`);
    value.forEach((item, index) => shape(item, `${path}[${index}]`, out));
  } else if (value && typeof value === 'object')
    for (const key of Object.keys(value).sort())
      shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
  else out.push(path);
  return out;
}

/** The key path without its call and index marks, as the allow-list names it. */
const keyPath = (path: string) => path.replace(/\(\d+\)|\[\d+\]/g, '');

describe('dictionaries', () => {
  const jaShape = shape(messages('ja'));

  it('call every phrase of Japanese with samples, and hold no samples for phrases that do not exist', () => {
    const phrases = jaShape.filter((path) => path.endsWith('()')).map((path) => path.slice(0, -2));
    expect(Object.keys(SAMPLES).sort()).toEqual([...phrases].sort());
  });

  describe.each(LOCALES.map((locale) => [locale]))('%s', (locale: Locale) => {
    const dictionary = messages(locale);

    it('has exactly the keys of Japanese at every level', () => {
      expect(shape(dictionary)).toEqual(jaShape);
    });

    it('has no empty string, and no string that is its own key', () => {
      const problems = leaves(dictionary, '').flatMap(({ path, value }) => {
        const segments = keyPath(path).split('.');
        // What a missing key shows: its path, in full or from any level down ("nav.home").
        const keys = segments.slice(0, -1).map((_, i) => segments.slice(i).join('.'));
        if (value.trim() === '') return [`${path}: empty`];
        if (keys.includes(value.trim())) return [`${path}: "${value}" is its own key`];
        return [];
      });
      expect(problems).toEqual([]);
    });
  });

  describe('en', () => {
    const english = leaves(messages('en'), '');

    it('holds no Japanese but where it is the point', () => {
      const problems = english.flatMap(({ path, value }) => {
        const kept = ENGLISH_KEEPS_JAPANESE.filter((entry) => keyPath(path) === entry.path).flatMap((e) => e.text);
        const rest = kept.reduce((text, allowed) => text.split(allowed).join(''), value);
        return JAPANESE.test(rest) ? [`${path}: ${value}`] : [];
      });
      expect(problems).toEqual([]);
    });

    it('keeps no allow-list entry that nothing needs', () => {
      const unused = ENGLISH_KEEPS_JAPANESE.flatMap((entry) =>
        entry.text
          .filter((text) => !english.some(({ path, value }) => keyPath(path) === entry.path && value.includes(text)))
          .map((text) => `${entry.path}: ${text}`),
      );
      expect(unused).toEqual([]);
    });

    it('says one and several apart', () => {
      const en = messages('en');
      expect(en.directory.count(1)).toBe('1 place');
      expect(en.directory.count(3)).toBe('3 places');
      expect(en.data.records(1)).toBe('1 record');
      expect(en.submit.shell.problems(1)).toMatch(/is 1 thing/);
      expect(en.submit.shell.problems(2)).toMatch(/are 2 things/);
      expect([1, 2, 3, 4, 11, 12, 21].map(en.submit.schedule.nth)).toEqual([
        '1st',
        '2nd',
        '3rd',
        '4th',
        '11th',
        '12th',
        '21st',
      ]);
    });
  });
});
