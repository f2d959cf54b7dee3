/**
 * The やさしい日本語 dictionary against the rules the project takes from
 * 「在留支援のためのやさしい日本語ガイドライン」 (2020). The guideline fixes no
 * numbers; the sentence limit below is this project's choice.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.ts';
import { RUBY_MARKS, resolveRubyInHtml, withoutRuby } from '../../src/core/ruby.ts';
import { FACT_SAMPLES } from './support/fact-samples.ts';

/**
 * The longest sentence, in characters of base text (readings left out), a
 * run of Latin letters, digits and signs (a URL, a code, a number) counting
 * as one, English halves of bilingual labels aside. The Japanese dictionary has 27
 * sentences longer than this, up to 109; easy sentences average about 15.
 */
const MAX_SENTENCE = 45;

/** Arguments each function is called with; several lists where the text branches. */
const SAMPLES: Record<string, unknown[][]> = {
  ...(FACT_SAMPLES as Record<string, unknown[][]>),
  'about.lead': [['さかいマップ', 'みなみく']],
  'about.sources': [['みなみく']],
  'about.licenceAfter': [['さかいマップ']],
  'common.defaultDescription': [['みなみく']],
  'common.pageTitle': [['ページ', 'さかいマップ']],
  'common.embedFooter.licence': [['CC BY 4.0']],
  'common.selectButton.of': [['みんなしょくどう']],
  'common.parenthesised': [['ことば']],
  'data.lead': [['さかいマップ', 'みなみく']],
  'data.builtOn': [['2026-04-01']],
  'data.records': [[12]],
  'data.download': [['listings.csv']],
  'directoryPages.pageNumber': [[2]],
  'directoryPages.pageOfPages': [[2, 3]],
  'directoryPages.range': [[1, 50, 1200]],
  'directoryPages.areaTitle': [['Kawasemi']],
  'directoryPages.areaCount': [[3]],
  'directoryPages.inactiveLink': [[4]],
  'directory.kindCount': [[3]],
  'directory.total': [[30]],
  'directory.showMoreRemaining': [[5]],
  'directory.count': [[4]],
  'directory.sortedFrom': [['ひがし']],
  'directory.filterCount': [[2]],
  'directory.distanceFrom': [['ひがし', '300m']],
  'directory.sortedFromSchool': [['ひがししょうがっこう']],
  'directory.cluster': [[6]],
  'directory.controls.near': [['800m']],
  'directory.markerName': [['みんなしょくどう', 'しょくどう']],
  'gaps.levelTitle': [
    ['たりない', 'elementary'],
    ['たりない', 'junior-high'],
  ],
  'gaps.lead': [
    ['みなみく', 'elementary'],
    ['みなみく', 'junior-high'],
  ],
  'gaps.without': [['しょくどう', 'elementary', 3, 12]],
  'gaps.ratio': [['しょくどう', 'junior-high', '40％']],
  'gaps.goal': [['しょくどう', 'elementary', 1]],
  'gaps.short': [[0], [2]],
  'gaps.zeroList': [['しょくどう']],
  'gaps.zeroMore': [[580]],
  'gaps.tableRange': [[101, 200, 600]],
  'gaps.pagedNote': [[100]],
  'gaps.percent': [[0.4]],
  'gaps.tableCaption': [['elementary']],
  'gaps.count': [[0], [3]],
  'gaps.goalShort': [['しょくどう', 2, 1]],
  'gaps.sortBy': [['こうく']],
  'gaps.sortedBy': [['こうく', 'じゅん']],
  'gaps.sortedByOnPage': [['こうく', 'じゅん']],
  'gaps.mapLabel': [['junior-high']],
  'gaps.mapAreaLabel': [
    ['ひがし', 'しょくどう', 0, true],
    ['ひがし', 'しょくどう', 2, false],
  ],
  'gaps.district.title': [
    ['ひがし小学校', 'elementary'],
    ['ひがし中学校', 'junior-high'],
  ],
  'gaps.district.lead': [['ひがし']],
  'gaps.district.schoolPage': [['ひがししょうがっこう']],
  'gaps.district.countLine': [
    ['しょくどう', 0],
    ['しょくどう', 2],
  ],
  'gaps.district.fromSchool': [['300m']],
  'gaps.district.more': [[4]],
  'gaps.district.nearestOutside': [['しょくどう']],
  'gaps.district.noneAnywhere': [['しょくどう']],
  'gaps.district.helpersNote': [['1km']],
  'gaps.district.activities': [['りょうり']],
  'gaps.district.submitFor': [['しょくどう', 'ひがし']],
  'gaps.stale.lead': [[6]],
  'gaps.stale.verified': [['2026-04-01']],
  'home.lead': [['みなみく']],
  'home.searchAll': [[40]],
  'home.kindCount': [[7]],
  'listing.district': [
    ['ひがししょうがっこう', false],
    ['ひがししょうがっこう', true],
  ],
  'listing.where.district': [['ひがし']],
  'listing.fromSchool': [['ひがし', '300m']],
  'listing.qrLabel': [['みんなしょくどう']],
  'listing.header.organization': [['みんなのかい']],
  'listing.kindSections.rolesWanted': [['りょうり']],
  'listing.alert.dated': [['2026-04-01']],
  'listing.alert.heading': [['2026-04-01']],
  'listing.verified.lastChecked': [['2026-04-01', 'うんえい', 'でんわ']],
  'listing.verified.stale': [[6]],
  'listing.verified.state': [['おやすみ']],
  'listing.verified.mailSubject': [['みんなしょくどう', 'minna']],
  'listing.verified.mailListing': [['みんなしょくどう']],
  'listing.verified.mailPage': [['https://example.org/']],
  'print.note': [[200]],
  'offline.saved': [[1], [3]],
  'offline.savedOn': [
    [4, 1],
    [12, 31],
  ],
  'print.help': [['そうだんセンター']],
  'print.siteAddress': [['さかいマップ', 'https://example.org/']],
  'print.made': [['2026-04-01']],
  'print.qr': [['みんなしょくどう']],
  'referral.lead': [['そうだんセンター']],
  'referral.inDirectory': [['しょくどう']],
  'schedule.asOf': [['2026-04-01']],
  'schedule.seenFrom': [['2026-04-01']],
  'schedule.agendaAsOf': [['2026-04-01']],
  'schools.schoolTitle': [['ひがし']],
  'schools.refKind': [['しょくどう']],
  'schools.refLink': [['ごはん']],
  'schools.index.count': [[5]],
  'schools.page.embedTitle': [['ひがし']],
  'schools.page.lead': [['ひがし', '1km']],
  'schools.page.districtApproximate': [['しょうがっこう']],
  'schools.page.mapLabel': [['ひがし']],
  'schools.page.mapNote': [['ひがし', '1km']],
  'schools.page.needLink': [['ごはん', 3]],
  'schools.page.remoteLink': [[2]],
  'schools.page.more': [[10, 4]],
  'schools.page.moreLinkFiltered': [['Sample need']],
  'schools.page.areaNote': [
    [1, 1],
    [3, 3],
    [1, 3],
  ],
  'schools.page.remoteMore': [[10, 4]],
  'consultation.windowsMore': [[20, 4]],
  'gaps.stale.more': [[4]],
  'schools.page.qr': [['ひがし']],
  'schools.page.thisPage': [['https://example.org/']],
  'submit.shell.missing': [['minna']],
  'submit.shell.correctionNotice': [['みんなしょくどう']],
  'submit.shell.stepHeading': [[1, 'ばしょ']],
  'submit.shell.stepCount': [[7]],
  'submit.shell.problems': [[2]],
  'submit.schedule.nth': [[2]],
  'submit.schedule.month': [[8]],
  'submit.schedule.weekday': [['ど']],
  'submit.schedule.rule': [[1], []],
  'submit.schedule.extra': [[1]],
  'submit.schedule.closedDate': [[1]],
  'submit.map.circle': [[300]],
  'submit.place.approximateHint': [['ひがし1ちょう', 300]],
  'submit.place.example': [['ひがし1ちょう']],
  'submit.contact.phoneAs': [['072-000-1234']],
  'submit.review.idHint': [['minna']],
  'submit.review.idTaken': [['minna']],
  'submit.review.file': [['minna.yaml']],
  'submit.review.downloadHint': [['info@example.org']],
  'submit.review.omitted': [[['しょうかい', 'メッセージ']]],
  'submit.preview.approximate': [[300]],
  'submit.mail.intro': [
    ['さかいマップ', false],
    ['さかいマップ', true],
  ],
  'submit.mail.message': [['よろしく']],
  'submit.mail.contact': [['info@example.org']],
  'submit.mail.file': [['minna.yaml']],
  'updates.feedTitle': [['さかいマップ']],
  'updates.feedSubtitle': [['みなみく', 50]],
  'updates.linkTitle': [['さかいマップ']],
  'updates.rights': [['CC BY 4.0', 'https://example.org/']],
  'updates.entryTitle': [['あたらしい', 'みんなしょくどう']],
  'updates.place.approximate': [['ひがし']],
  'updates.entrySummary': [
    [
      {
        kind: 'しょくどう',
        place: 'ひがし',
        schedule: ['まいしゅう', 'どようび'],
        status: 'おやすみ',
        summary: 'ひとこと',
      },
    ],
    [{ kind: 'しょくどう', place: undefined, schedule: [], status: undefined, summary: undefined }],
  ],
};

/**
 * Strings that are not page text and keep another system's words: the gap
 * CSV's column names (one file for every language), the GitHub issue form's
 * field label the form matches, and the one-character school symbol on the map
 * (the map note gives its reading).
 */
const NOT_PAGE_TEXT = [
  // Written into calendar files, which carry no markup.
  /^facts\.calendar\./,
  /^gaps\.csvHeader\./,
  /^submit\.review\.descriptionLabel$/,
  /^schools\.page\.schoolSymbol$/,
];

/** Strings that leave the page in a mailto: link, where no mark could be resolved. */
const MAIL = [
  /^submit\.page\.mail(Subject|Fields)/,
  /^submit\.mail\./,
  /^listing\.verified\.mail(Subject|Listing|Page|What|Who)/,
];

/** A 24-hour time, which easy text says with 午前/午後; kept only in the file format written verbatim. */
const CLOCK_TIME_ALLOWED = [/^data\.files\.site\.columns\.0$/];

interface Leaf {
  path: string;
  text: string;
}

function leaves(value: unknown, path: string, out: Leaf[], called: Set<string>): Leaf[] {
  if (typeof value === 'string') {
    out.push({ path, text: value });
  } else if (typeof value === 'function') {
    const samples = SAMPLES[path];
    if (!samples) throw new Error(`no sample arguments for ${path}`);
    called.add(path);
    samples.forEach((args, i) => leaves((value as (...a: unknown[]) => unknown)(...args), `${path}#${i}`, out, called));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => leaves(item, `${path}.${i}`, out, called));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out, called);
  } else {
    throw new Error(`${path} is neither text nor a function: ${String(value)}`);
  }
  return out;
}

const called = new Set<string>();
const ALL = leaves(messages('easy'), '', [], called);
/** A leaf's path without the sample index, as the lists above name it. */
const keyOf = (path: string) => path.replace(/#\d+/g, '');
const matches = (patterns: RegExp[], path: string) => patterns.some((p) => p.test(keyOf(path)));
const PAGE_TEXT = ALL.filter((leaf) => !matches(NOT_PAGE_TEXT, leaf.path));

const HAN = /\p{Script=Han}/u;
/** A sentence in Japanese, as opposed to the English halves of bilingual labels. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** A sentence's length as read: characters, each Latin token (a URL, a code, a number) one. */
const sentenceLength = (sentence: string) => [...sentence.replace(/[\x21-\x7e]+/g, 'x')].length;
const MARKED_WORD = /\uE000([^\uE000-\uE002]+)\uE001([^\uE000-\uE002]+)\uE002/g;

describe('the やさしい日本語 dictionary', () => {
  it('is its own dictionary, not the Japanese one', () => {
    expect(messages('easy')).not.toBe(messages('ja'));
    expect(ALL.length).toBeGreaterThan(500);
  });

  it('has sample arguments only for functions that exist', () => {
    expect(Object.keys(SAMPLES).filter((path) => !called.has(path))).toEqual([]);
  });

  it('gives every word with kanji its reading', () => {
    const unread = PAGE_TEXT.filter((leaf) => HAN.test(leaf.text.replace(MARKED_WORD, ''))).map(
      (leaf) => `${leaf.path}: ${withoutRuby(leaf.text)}`,
    );
    expect(unread).toEqual([]);
  });

  it('marks only words with kanji, each with a reading in kana', () => {
    const wrong: string[] = [];
    for (const leaf of ALL) {
      for (const [, base, reading] of leaf.text.matchAll(MARKED_WORD)) {
        if (!HAN.test(base!) || !/^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(reading!)) {
          wrong.push(`${leaf.path}: ${base}|${reading}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes marks that always resolve', () => {
    const broken = ALL.filter(
      (leaf) => RUBY_MARKS.test(resolveRubyInHtml(leaf.text)) || RUBY_MARKS.test(withoutRuby(leaf.text)),
    ).map((leaf) => leaf.path);
    expect(broken).toEqual([]);
  });

  it(`keeps every sentence within ${MAX_SENTENCE} characters`, () => {
    const long = PAGE_TEXT.flatMap((leaf) =>
      withoutRuby(leaf.text)
        .split(/[。！？\n]/)
        .filter((sentence) => JAPANESE.test(sentence) && sentenceLength(sentence) > MAX_SENTENCE)
        .map((sentence) => `${leaf.path} (${sentenceLength(sentence)}): ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('sets a limit the Japanese dictionary would not meet', () => {
    const ja = leaves(messages('ja'), '', [], new Set()).flatMap((leaf) => leaf.text.split(/[。！？\n]/));
    expect(
      ja.filter((sentence) => JAPANESE.test(sentence) && sentenceLength(sentence) > MAX_SENTENCE).length,
    ).toBeGreaterThan(10);
  });

  it('says a time span with から…まで, never with 〜', () => {
    expect(ALL.filter((leaf) => /[〜～]/.test(leaf.text)).map((leaf) => leaf.path)).toEqual([]);
  });

  it('says times with 午前/午後 rather than a 24-hour clock', () => {
    const clock = ALL.filter((leaf) => /\d{1,2}:\d{2}/.test(leaf.text) && !matches(CLOCK_TIME_ALLOWED, leaf.path));
    expect(clock.map((leaf) => leaf.path)).toEqual([]);
  });

  it('writes what goes into an e-mail without marks', () => {
    const mail = ALL.filter((leaf) => matches(MAIL, leaf.path));
    expect(mail.length).toBeGreaterThan(10);
    expect(mail.filter((leaf) => RUBY_MARKS.test(leaf.text)).map((leaf) => leaf.path)).toEqual([]);
  });

  it('says something different from the Japanese wherever the Japanese has kanji', () => {
    const ja = new Map(leaves(messages('ja'), '', [], new Set()).map((leaf) => [leaf.path, leaf.text]));
    const same = PAGE_TEXT.filter((leaf) => HAN.test(leaf.text) && ja.get(leaf.path) === leaf.text).map(
      (leaf) => leaf.path,
    );
    expect(same).toEqual([]);
  });

  it('uses です・ます, never the plain だ/である ending', () => {
    const plain = PAGE_TEXT.filter((leaf) => /(だ|である)。/.test(withoutRuby(leaf.text))).map((leaf) => leaf.path);
    expect(plain).toEqual([]);
  });
});
