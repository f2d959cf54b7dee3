/**
 * `content/help-lines/<tag>.yaml`: the help lines of site config (the ward's
 * centre, the city's interpretation service, every hotline) told in one
 * language, with the few words the short page `/help/<tag>/` needs. Numbers,
 * hours in config and which languages a line answers in stay in site.yaml:
 * these files only say them in words, so a translation cannot change a fact.
 */
import { z } from 'astro/zod';
import { canonicalTag } from '../core/language-tag.ts';
import { civilDateSchema, oneLine } from './primitives.ts';

/** One help line in words: what it is for, when, how to call, and what calling costs and keeps private. */
const lineTextSchema = z.strictObject({
  name: oneLine(80).meta({
    description:
      'この言語での名前（80字）。例: Nishi Ward Children and Family Center / The line’s name in this language (up to 80 characters)',
  }),
  helpsWith: oneLine(300).meta({
    description: '相談できること（300字） / What it helps with, in short plain sentences (up to 300 characters)',
  }),
  hours: oneLine(120).optional().meta({
    description:
      '受付時間（120字）。site.yaml にこの窓口の hours があれば必須 / When it answers (up to 120 characters); required when site.yaml gives this line hours',
  }),
  howToCall: oneLine(300).meta({
    description:
      'かけ方（300字）。番号そのものはページが site.yaml から出す / How to call (up to 300 characters); the page shows the number itself from site.yaml',
  }),
  freeAndConfidential: oneLine(200).meta({
    description:
      '無料か・秘密が守られるか（200字）。日本語の文にないことは書かない / Whether it is free and kept private (up to 200 characters); say nothing the Japanese does not',
  }),
});
export type HelpLineText = z.infer<typeof lineTextSchema>;

/** A sentence with a placeholder the page fills: `{number}`, `{by}`, `{date}`. */
function withPlaceholders(max: number, names: string[]) {
  const listed = names.map((n) => `{${n}}`).join('・');
  return oneLine(max).refine((text) => names.every((n) => text.includes(`{${n}}`)), {
    error: `${listed} をそのまま入れてください（ページが番号や日付に置き換えます） / Keep ${names.map((n) => `{${n}}`).join(' and ')} as written; the page fills it in`,
  });
}

const languageTagSchema = z
  .string({ error: '言語タグを書いてください（例: vi、zh-Hans） / Write a language tag such as vi or zh-Hans' })
  .superRefine((tag, ctx) => {
    const canonical = canonicalTag(tag);
    if (canonical === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `「${tag}」は言語タグ（BCP 47）ではありません。例: vi、zh-Hans、pt-BR / Not a BCP 47 language tag; write e.g. vi, zh-Hans or pt-BR`,
      });
    } else if (canonical !== tag) {
      ctx.addIssue({
        code: 'custom',
        message: `言語タグは ${canonical} と書いてください / Write the tag as ${canonical}`,
      });
    }
  });

const pageWordsSchema = z.strictObject({
  title: oneLine(80).meta({
    description: 'ページの見出し（80字）。例: Help for children and families / The page heading (up to 80 characters)',
  }),
  intro: oneLine(300).meta({
    description: '見出しの下の文（300字） / The sentences under the heading (up to 300 characters)',
  }),
  call: withPlaceholders(40, ['number']).meta({
    description:
      '電話ボタンの文（40字、{number} を入れる）。例: Call {number} / The call button, with {number} (up to 40 characters)',
  }),
  hours: oneLine(30).meta({
    description: '「受付時間」の見出し（30字）。例: Hours / Label for the hours (up to 30 characters)',
  }),
  languages: oneLine(40).meta({
    description:
      '「話せる言語」の見出し（40字）。例: Languages / Label for the languages a line answers in (up to 40 characters)',
  }),
  address: oneLine(30).meta({
    description: '「住所」の見出し（30字）。例: Address / Label for the address (up to 30 characters)',
  }),
  inJapanese: oneLine(40).meta({
    description:
      '日本語の名前の前に付ける文（40字）。例: In Japanese: / Words before the Japanese name, to say or show it (up to 40 characters)',
  }),
  urgentTitle: oneLine(80).meta({
    description:
      'いま危険なときの見出し（80字）。例: If a child is in danger now / Heading for the lines to call in danger (up to 80 characters)',
  }),
  centerTitle: oneLine(80).meta({
    description: '区の窓口の見出し（80字）。例: Talk to the ward / Heading for the ward’s centre (up to 80 characters)',
  }),
  interpretationTitle: oneLine(80).meta({
    description:
      '通訳の見出し（80字）。例: Help in your language / Heading for the interpretation service (up to 80 characters)',
  }),
  otherLinesTitle: oneLine(80).meta({
    description: 'ほかの電話の見出し（80字）。例: Other help lines / Heading for the other lines (up to 80 characters)',
  }),
  checked: withPlaceholders(120, ['by', 'date']).meta({
    description:
      '確認した人と日の文（120字、{by} と {date} を入れる）。例: Translation checked by {by} on {date}. / Who checked this and when, with {by} and {date} (up to 120 characters)',
  }),
  languagesLink: oneLine(40).meta({
    description:
      '言語の一覧へのリンク（40字）。例: All languages / Link back to the list of languages (up to 40 characters)',
  }),
  japaneseHome: oneLine(60).meta({
    description:
      '日本語のホームへのリンク（60字）。例: Home page (in Japanese) / Link to the Japanese home page (up to 60 characters)',
  }),
  skipLink: oneLine(40).meta({
    description: '本文へ飛ぶリンク（40字）。例: Skip to main content / The skip link (up to 40 characters)',
  }),
  quickExit: z
    .strictObject({
      button: oneLine(40).meta({
        description: 'ボタンの文（40字）。例: Leave this page now / The button (up to 40 characters)',
      }),
      hint: oneLine(80).meta({
        description: 'キーの案内（80字）。例: Or press Shift 3 times / The keyboard hint (up to 80 characters)',
      }),
      region: oneLine(60).meta({
        description:
          '読み上げるときの名前（60字）。例: Leave this page quickly / Its name for screen readers (up to 60 characters)',
      }),
    })
    .meta({
      description:
        '「すぐにこのページを離れる」ボタン（button・hint・region） / The quick-exit button (button, hint, region)',
    }),
});
export type HelpPageWords = z.infer<typeof pageWordsSchema>;

export const helpLinesSchema = z.strictObject({
  name: oneLine(40).meta({
    description:
      'この言語の、その言語での名前（40字）。例: Tiếng Việt / The language in its own words (up to 40 characters)',
  }),
  lang: languageTagSchema.meta({
    description:
      'ページの lang に入る言語タグ（BCP 47）。ファイル名が言語タグならそれと同じ。例: vi、zh-Hans / The BCP 47 tag pages carry in lang; the file name when that is a tag',
  }),
  dir: z.enum(['ltr', 'rtl']).meta({
    description: '文字の向き: ltr（左から右）か rtl（右から左） / Text direction: ltr or rtl',
  }),
  checked: z
    .strictObject({
      by: oneLine(120).meta({
        description:
          'だれが確かめたか（120字）。話者の確認がまだなら、そう書く / Who checked the text (up to 120 characters); say so when no native speaker has yet',
      }),
      on: civilDateSchema.meta({ description: '確かめた日（YYYY-MM-DD） / When it was checked (YYYY-MM-DD)' }),
    })
    .meta({
      description:
        'だれがいつ確かめたか（by・on）。ページに出る / Who checked this translation and when (by, on); shown on the page',
    }),
  page: pageWordsSchema.meta({
    description: '/help/<言語>/ のページの言葉 / The words of the page /help/<tag>/',
  }),
  center: lineTextSchema.meta({
    description:
      'site.yaml の consultationCenter をこの言語で / The ward’s centre (consultationCenter in site.yaml) in this language',
  }),
  interpretation: lineTextSchema.optional().meta({
    description:
      'site.yaml の interpretation をこの言語で（site.yaml にあれば必須） / The interpretation service in this language; required when site.yaml names one',
  }),
  hotlines: z.record(z.string(), lineTextSchema).meta({
    description:
      "site.yaml の hotlines をこの言語で。キーは番号（引用符で囲む）。例: '189': { name: …, helpsWith: … } / Every hotline of site.yaml in this language, keyed by its number in quotes",
  }),
});
export type HelpLines = z.infer<typeof helpLinesSchema>;
