/**
 * The help lines of site config told in a reader's language: for the site's
 * own pages (Japanese, English, やさしい日本語) and for the short pages
 * `/help/<key>/` in the residents' languages. Numbers, urgency and the
 * languages a line answers in always come from site config; the texts only
 * put them into words.
 */
import type { SiteConfig } from '../schema/site.ts';
import type { HelpLines, HelpLineText } from '../schema/help-lines.ts';
import type { Locale } from '../i18n/locales.ts';

/** A language's texts as the site stores them: the file name is the key of its page. */
export interface HelpLinesFile {
  key: string;
  data: HelpLines;
}

/** The order of the site's own locales on the language list, before the others. */
const SITE_LOCALE_ORDER = ['ja', 'easy', 'en'];

/**
 * The languages the site publishes help pages in, in the order the list
 * shows them: `helpLanguages` of site config when it names them (files it
 * does not name are left out), else every file, the site's own locales first.
 */
export function publishedHelpLines<T extends { key: string }>(site: SiteConfig, files: readonly T[]): T[] {
  if (site.helpLanguages) {
    return site.helpLanguages.flatMap((key) => files.filter((f) => f.key === key));
  }
  const rank = (key: string) => (SITE_LOCALE_ORDER.includes(key) ? SITE_LOCALE_ORDER.indexOf(key) : 99);
  return [...files].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/**
 * The `hreflang` of a language's page: its tag, or for a form with no tag of
 * its own (`easy`, read as `ja`) a private-use tag (`ja-x-easy`), so two
 * pages never claim the same language.
 */
export function hrefLangOf(file: HelpLinesFile): string {
  return file.key === file.data.lang ? file.key : `${file.data.lang}-x-${file.key.replace(/-/g, '').slice(0, 8)}`;
}

/** One line as a page shows it: the words in `lang`, the facts from site config. */
export interface LineInWords {
  /** The number to dial, as site config writes it. */
  number: string;
  urgent: boolean;
  name: string;
  helpsWith: string;
  hours?: string;
  /** Language of the words: the page's, or `ja` where no translation exists. */
  lang: string;
}

export interface CenterInWords {
  name: string;
  helpsWith: string;
  hours: string;
  phone: string;
  address: string;
  listing?: string;
  lang: string;
}

export interface HelpLinesInWords {
  center: CenterInWords;
  lines: LineInWords[];
}

/** The file whose words a site locale's pages use: the one named for it. */
function fileFor(locale: Locale, files: readonly HelpLinesFile[]): HelpLinesFile | undefined {
  return files.find((file) => file.key === locale);
}

/**
 * The centre and the hotlines for the site's pages in `locale`. Japanese
 * pages say them as site.yaml does; English and やさしい日本語 pages use their
 * help-line file, and where it is missing show site.yaml's Japanese, marked
 * `ja`, rather than nothing.
 */
export function helpLinesInWords(site: SiteConfig, files: readonly HelpLinesFile[], locale: Locale): HelpLinesInWords {
  const file = locale === 'ja' ? undefined : fileFor(locale, files)?.data;
  const center = site.consultationCenter;
  const centerText = file?.center;
  return {
    center: {
      name: centerText?.name ?? center.name,
      helpsWith: centerText?.helpsWith ?? center.helpsWith,
      hours: centerText?.hours ?? center.hours,
      phone: center.phone,
      address: center.address,
      listing: center.listing,
      lang: centerText ? file.lang : 'ja',
    },
    lines: orderedLines(site).map((line) => {
      const text = file?.hotlines[line.number];
      return {
        number: line.number,
        urgent: line.urgent ?? false,
        name: text?.name ?? line.name,
        helpsWith: text?.helpsWith ?? line.description,
        hours: text ? text.hours : line.hours,
        lang: text ? file!.lang : 'ja',
      };
    }),
  };
}

/** Urgent lines first, each group in site config's order. */
function orderedLines(site: SiteConfig) {
  return [...site.hotlines.filter((h) => h.urgent), ...site.hotlines.filter((h) => !h.urgent)];
}

/** One entry of a `/help/<key>/` page: the words of the file, the number and Japanese name from config. */
export interface HelpEntry extends HelpLineText {
  number: string;
  /** The name as site.yaml writes it, to say on the phone or show someone. */
  japaneseName: string;
}

export interface HelpPage {
  urgent: HelpEntry[];
  center: HelpEntry & { address: string };
  interpretation?: HelpEntry & { languages: Array<{ tag: string; name: string }> };
  others: HelpEntry[];
}

/** What `/help/<key>/` shows, in the order it shows it. Validation ensures every text exists. */
export function helpPage(site: SiteConfig, file: HelpLines, all: readonly HelpLinesFile[]): HelpPage {
  const entry = (text: HelpLineText, number: string, japaneseName: string): HelpEntry => ({
    ...text,
    number,
    japaneseName,
  });
  const lines = site.hotlines.flatMap((line) => {
    const text = file.hotlines[line.number];
    return text ? [{ line, entry: entry(text, line.number, line.name) }] : [];
  });
  const center = site.consultationCenter;
  const interpretation = site.interpretation;
  return {
    urgent: lines.filter(({ line }) => line.urgent).map(({ entry }) => entry),
    center: { ...entry(file.center, center.phone, center.name), address: center.address },
    interpretation:
      interpretation && file.interpretation
        ? {
            ...entry(file.interpretation, interpretation.phone, interpretation.name),
            languages: interpretation.languages.map((tag) => ({ tag, name: ownName(tag, all) })),
          }
        : undefined,
    others: lines.filter(({ line }) => !line.urgent).map(({ entry }) => entry),
  };
}

/** A language in its own words: from its help-line file when there is one, else from the platform. */
export function ownName(tag: string, files: readonly HelpLinesFile[]): string {
  const file = files.find((f) => f.key === tag) ?? files.find((f) => f.data.lang === tag);
  if (file) return file.data.name;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A piece of text, with the language it is in when that differs from what is around it. */
export interface TextPart {
  text: string;
  lang?: string;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * 「日本語 / English」, as the project writes words for editors (the checked
 * line of a demo file), in two parts marked `ja` and `en`, so a screen reader
 * on a Vietnamese page switches voice for each. Other text is one part.
 */
export function bilingualParts(text: string): TextPart[] {
  const slash = text.indexOf(' / ');
  if (slash === -1) return [{ text }];
  const before = text.slice(0, slash);
  const after = text.slice(slash + 3);
  if (!JAPANESE.test(before) || JAPANESE.test(after) || !/[A-Za-z]{2}/.test(after)) return [{ text }];
  return [{ text: before, lang: 'ja' }, { text: ' / ' }, { text: after, lang: 'en' }];
}

/** A sentence with `{name}` placeholders, cut into text and the names to put in. */
export function templateParts(template: string): Array<{ text: string } | { slot: string }> {
  const parts: Array<{ text: string } | { slot: string }> = [];
  let rest = template;
  for (let match = /\{(\w+)\}/.exec(rest); match; match = /\{(\w+)\}/.exec(rest)) {
    if (match.index > 0) parts.push({ text: rest.slice(0, match.index) });
    parts.push({ slot: match[1]! });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}

/** `Call {number}` → `Call 189`. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return templateParts(template)
    .map((part) => ('text' in part ? part.text : (values[part.slot] ?? `{${part.slot}}`)))
    .join('');
}

/** A YYYY-MM-DD date as the language writes dates (`2 tháng 12, 2026`). */
export function formatDateIn(date: string, lang: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}
