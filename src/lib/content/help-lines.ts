/**
 * The rules that tie `help-lines/<key>.yaml` to site config and to the
 * languages they name: every file tells every line site.yaml lists, hours
 * where site.yaml has hours, and a tag that is really the file's language.
 */
import type { SiteConfig } from '../../schema/site.ts';
import type { HelpLines } from '../../schema/help-lines.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import { ID_PATTERN } from '../../core/ids.ts';
import { canonicalTag, scriptDirection } from '../../core/language-tag.ts';
import { WHOLE_FILE, fieldPath, type Problem } from '../../core/problems.ts';

/** One language's help-line texts as read: `key` is the file name, the `/help/<key>/` of its page. */
export interface HelpLinesEntry {
  key: string;
  file: string;
  data: HelpLines;
}

/** The folder of help-line texts inside the content folder. */
export const HELP_LINES_DIR = 'help-lines';

/**
 * Whether a file name can be a language's key: its own tag as written in
 * `lang` (`vi`, `zh-Hans`), or, for a form of a language with no tag of its
 * own (やさしい日本語: `easy`), a plain lowercase id that is not a tag.
 */
export function checkHelpLinesKey(file: string, key: string, lang: string): Problem[] {
  const asTag = canonicalTag(key);
  if (asTag !== undefined) {
    if (key === lang) return [];
    return [
      {
        file,
        field: 'lang',
        message: `ファイル名は言語タグ「${key}」ですが、lang は「${lang}」です。ファイル名を ${lang}.yaml にするか、lang を ${asTag} にしてください / The file is named for the tag ${key} but lang says ${lang}: rename the file ${lang}.yaml or write lang: ${asTag}`,
        severity: 'error',
      },
    ];
  }
  if (ID_PATTERN.test(key)) return [];
  return [
    {
      file,
      field: WHOLE_FILE,
      message: `ファイル名「${key}」は使えません。言語タグ（vi.yaml、zh-Hans.yaml）か、半角小文字の名前（easy.yaml）にしてください / The file name must be a language tag (vi.yaml, zh-Hans.yaml) or a lowercase name (easy.yaml)`,
      severity: 'error',
    },
  ];
}

/** What the file says against what the site and the calendar say. */
export function crossCheckHelpLines(
  site: SiteConfig | undefined,
  entries: readonly HelpLinesEntry[],
  today: CivilDate,
): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, path: PropertyKey[], message: string) =>
    problems.push({ file, field: fieldPath(path), message, severity: 'error' });
  const warn = (file: string, path: PropertyKey[], message: string) =>
    problems.push({ file, field: fieldPath(path), message, severity: 'warning' });

  if (site?.helpLanguages) {
    const listed = new Set<string>();
    site.helpLanguages.forEach((key, index) => {
      if (listed.has(key)) {
        error('site.yaml', ['helpLanguages', index], `「${key}」が2回あります / ${key} is listed twice`);
      } else if (!entries.some((entry) => entry.key === key)) {
        error(
          'site.yaml',
          ['helpLanguages', index],
          `${HELP_LINES_DIR}/${key}.yaml がありません（読めないか、誤りがあります） / No valid ${HELP_LINES_DIR}/${key}.yaml for this language`,
        );
      }
      listed.add(key);
    });
    for (const { key, file } of entries) {
      if (!listed.has(key)) {
        warn(
          file,
          [],
          `site.yaml の helpLanguages にないので、この言語のページは作られません / Not in helpLanguages of site.yaml, so no page is made for this language`,
        );
      }
    }
  }

  for (const { key, file, data } of entries) {
    problems.push(...checkHelpLinesKey(file, key, data.lang));
    const direction = scriptDirection(data.lang);
    if (direction && direction !== data.dir) {
      error(
        file,
        ['dir'],
        `${data.lang} は ${direction === 'rtl' ? '右から左' : '左から右'}に書く言語です。dir: ${direction} にしてください / ${data.lang} is written ${direction}: write dir: ${direction}`,
      );
    }
    if (data.checked.on > today) {
      error(
        file,
        ['checked', 'on'],
        `確認した日（${data.checked.on}）が未来の日付です / The date checked (${data.checked.on}) is in the future`,
      );
    }
    if (!site) continue;

    const needHours = (path: PropertyKey[], hours: string | undefined, text: { hours?: string } | undefined) => {
      if (hours && text && !text.hours) {
        error(
          file,
          [...path, 'hours'],
          `site.yaml には受付時間（${hours}）があります。この言語でも hours を書いてください / site.yaml gives hours for this line (${hours}): write them in this language too`,
        );
      }
    };
    needHours(['center'], site.consultationCenter.hours, data.center);

    if (site.interpretation && !data.interpretation) {
      error(
        file,
        ['interpretation'],
        `site.yaml の interpretation（${site.interpretation.name}）の文がありません / No text for the interpretation service that site.yaml names`,
      );
    } else if (!site.interpretation && data.interpretation) {
      warn(
        file,
        ['interpretation'],
        'site.yaml に interpretation がないので、この文は使われません / site.yaml names no interpretation service, so this text is not used',
      );
    } else if (site.interpretation) {
      needHours(['interpretation'], site.interpretation.hours, data.interpretation);
    }

    const numbers = new Set(site.hotlines.map((line) => line.number));
    for (const line of site.hotlines) {
      const text = data.hotlines[line.number];
      if (!text) {
        error(
          file,
          ['hotlines', line.number],
          `site.yaml の hotlines にある「${line.name}」（${line.number}）の文がありません。hotlines に '${line.number}': を足してください / No text for the hotline ${line.number} that site.yaml lists: add '${line.number}': under hotlines`,
        );
        continue;
      }
      needHours(['hotlines', line.number], line.hours, text);
    }
    for (const number of Object.keys(data.hotlines)) {
      if (!numbers.has(number)) {
        warn(
          file,
          ['hotlines', number],
          `番号「${number}」は site.yaml の hotlines にないので、この文は使われません / site.yaml lists no hotline ${number}, so this text is not used`,
        );
      }
    }
  }
  return problems;
}
