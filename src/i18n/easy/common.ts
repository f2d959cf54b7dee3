/** Words every page shares, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';
import { selection } from './selection.ts';

export const common: Messages['common'] = {
  skipLink: easy`ページの{内容|ないよう}へ{行|い}く / Skip to content`,
  mainMenu: easy`メニュー`,
  language: {
    switcher: easy`{言語|げんご}`,
    readInThisLanguage: 'このページを やさしい にほんごで よむ',
    dismiss: easy`{閉|と}じる`,
    furigana: 'ふりがな',
  },
  nav: {
    home: easy`ホーム`,
    listings: easy`さがす`,
    schools: easy`{学校|がっこう}から`,
    consultation: easy`{相談|そうだん}する`,
    about: easy`サイトについて`,
  },
  defaultDescription: (region: string) =>
    easy`${region}の{子|こ}ども{食堂|しょくどう}・フリースクール・こどもの{居場所|いばしょ}・{相談|そうだん}{窓口|まどぐち}を、{地図|ちず}と{一覧|いちらん}でさがせます。`,
  pageTitle: (title: string, siteName: string) => `${title} | ${siteName}`,
  selectionLink: [easy`{印刷|いんさつ}リスト（`, easy`）`],
  demoBanner: {
    strong: easy`{見本|みほん}のデータです。`,
    text: easy`このサイトの{場所|ばしょ}・{団体|だんたい}・{学校|がっこう}・{電話番号|でんわばんごう}は、ぜんぶ{作|つく}りものです。`,
    english: 'Demo data: every place, school and phone number shown is fictional.',
    embedText: easy`{場所|ばしょ}・{学校|がっこう}・{電話番号|でんわばんごう}は、ぜんぶ{作|つく}りものです。`,
  },
  footer: {
    licenceBefore: easy`・{載|の}っている{情報|じょうほう}は、`,
    licenceAfter: easy`で{自由|じゆう}に{使|つか}えます。プログラムは MIT ライセンスです。`,
    about: easy`このサイトについて・{個人|こじん}の{情報|じょうほう}`,
    consultation: easy`{相談|そうだん}{窓口|まどぐち}`,
    submit: easy`サイトに{載|の}せる{申|もう}し{込|こ}み`,
    data: easy`オープンデータ`,
    gaps: easy`{足|た}りない{地域|ちいき}（{校区|こうく}ごと）`,
  },
  embedFooter: {
    providedBy: easy`{情報|じょうほう}のサイト:`,
    licence: (name: string) => easy`（{載|の}っている{情報|じょうほう}は ${name}）`,
  },
  quickExit: {
    region: easy`すぐに{離|はな}れる`,
    button: easy`すぐにこのページを{離|はな}れる`,
    hint: easy`Shift キーを3{回|かい}{押|お}しても{離|はな}れます`,
  },
  helpLines: {
    heading: easy`{困|こま}ったとき・{相談|そうだん}したいとき`,
    more: easy`ほかの{相談|そうだん}{窓口|まどぐち}を{見|み}る`,
  },
  kindFilter: {
    label: easy`{種類|しゅるい}でしぼりこむ`,
    all: easy`ぜんぶ`,
  },
  mapLegend: {
    label: easy`{地図|ちず}の{記号|きごう}`,
    approximate: easy`だいたいの{場所|ばしょ}（{円|えん}の{中|なか}のどこかです。{円|えん}のまん{中|なか}ではありません）`,
    /** The map's zoom buttons (their title and accessible name). */
    zoomIn: easy`{大|おお}きくする`,
    zoomOut: easy`{小|ちい}さくする`,
  },
  inactive: {
    summary: easy`{休|やす}んでいる{場所|ばしょ}・{終|お}わった{場所|ばしょ}も{見|み}る`,
    note: easy`いまは{開|ひら}いていない{場所|ばしょ}です。また{開|ひら}くかどうかは、それぞれの{連絡先|れんらくさき}に{聞|き}いてください。`,
  },
  selectButton: selection,
  listSeparator: '・',
  parenthesised: (text: string) => `（${text}）`,
};
