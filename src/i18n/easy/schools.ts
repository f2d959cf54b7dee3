/** Places by school, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const schools: Messages['schools'] = {
  schoolTitle: (school: string) => easy`${school}の{近|ちか}くの{場所|ばしょ}`,
  refKind: (kind: string) => `（${kind}）:`,
  refLink: (need: string) => easy`「${need}」にくわしく{書|か}いています`,
  districtSource: {
    label: easy`{校区|こうく}の{境|さかい}の{線|せん}は、ここから{取|と}りました`,
    separator: '：',
    sentenceEnd: '。',
    note: easy`{校区|こうく}の{境|さかい}の{線|せん}は、だいたいです。{正|ただ}しい{校区|こうく}は、{教育委員会|きょういくいいんかい}に{聞|き}いてください。`,
  },
  index: {
    title: easy`{学校|がっこう}からさがす`,
    lead: [
      easy`{学校|がっこう}ごとに、{校区|こうく}〈その{学校|がっこう}に{通|かよ}う{子|こ}どもが{住|す}む{地域|ちいき}〉の{中|なか}と、{学校|がっこう}から`,
      easy`の{中|なか}にある{場所|ばしょ}を{見|み}られます。` +
        easy`「ごはん」「{勉強|べんきょう}」「{学校|がっこう}のあとの{居場所|いばしょ}」「{学校|がっこう}に{行|い}きにくいとき」「{相談|そうだん}」に{分|わ}けています。` +
        easy`{先生|せんせい}やスクールソーシャルワーカーが、{家庭|かてい}に{紹介|しょうかい}するときにも{使|つか}えます。`,
    ],
    referral: easy`{学校|がっこう}の{先生|せんせい}へ: {心配|しんぱい}なことがあるときの{相談先|そうだんさき}ガイド`,
    gaps: easy`{校区|こうく}ごとに、{足|た}りない{種類|しゅるい}を{見|み}る（{地域|ちいき}の{資源|しげん}マップ）`,
    count: (count: number) => easy`（${count}か{所|しょ}）`,
  },
  page: {
    embedTitle: (school: string) =>
      easy`${school}の{近|ちか}くの{子|こ}ども{食堂|しょくどう}・{居場所|いばしょ}・{相談|そうだん}{窓口|まどぐち}`,
    breadcrumbSeparator: '＞',
    lead: (school: string, radius: string) => [
      easy`${school}の{校区|こうく}の{中|なか}と、{学校|がっこう}から${radius}`,
      easy`の{中|なか}にある{場所|ばしょ}です。{長|なが}さは、まっすぐにはかっています。{近|ちか}い{順|じゅん}に{並|なら}んでいます。` +
        easy`{家庭|かてい}に{紹介|しょうかい}するときは、{出|で}かける{前|まえ}に{連絡先|れんらくさき}で{日|ひ}と{時間|じかん}を{確|たし}かめるように{伝|つた}えてください。`,
    ],
    print: easy`このページを{印刷|いんさつ}する`,
    districtApproximate: (level: string) =>
      easy`{校区|こうく}の{境|さかい}の{線|せん}のデータがありません。そのため、ほかの${level}よりこの{学校|がっこう}に{近|ちか}い{場所|ばしょ}を「{校区|こうく}の{中|なか}」にしています。だいたいの{範囲|はんい}です。`,
    districtExact: easy`「{校区|こうく}の{中|なか}」は、{学校|がっこう}のデータにある{校区|こうく}の{境|さかい}の{線|せん}で{決|き}めています。`,
    mapTitle: easy`{地図|ちず}`,
    mapLabel: (school: string) => easy`${school}と{近|ちか}くの{場所|ばしょ}の{地図|ちず}`,
    mapNote: (school: string, radius: string) =>
      easy`「{校|こう}」が${school}です。{点線|てんせん}の{円|えん}は、{学校|がっこう}から${radius}の{範囲|はんい}です。`,
    mapDistrict: easy`{太|ふと}い{線|せん}が{校区|こうく}の{境|さかい}です。`,
    mapNoteAfter: easy`{地図|ちず}の{画像|がぞう}が{出|で}なくても、{下|した}の{一覧|いちらん}は{使|つか}えます。`,
    schoolSymbol: '校',
    needNav: easy`このページの{見出|みだ}し`,
    needLink: (need: string, count: number) => `${need}（${count}）`,
    remoteLink: (count: number) => easy`{電話|でんわ}・オンライン（${count}）`,
    none: [
      easy`この{近|ちか}くには、{載|の}っている{場所|ばしょ}がありません。`,
      easy`{区|く}の{全部|ぜんぶ}の{一覧|いちらん}`,
      easy`を{見|み}てください。{下|した}の{相談|そうだん}{窓口|まどぐち}に{聞|き}くこともできます。`,
    ],
    more: (shown: number, hidden: number) =>
      easy`{近|ちか}い{順|じゅん}に${shown}か{所|しょ}を{出|だ}しています。ほかに${hidden}か{所|しょ}あります。`,
    moreLink: easy`{校区|こうく}の{中|なか}の{場所|ばしょ}の{一覧|いちらん}（{全部|ぜんぶ}の{種類|しゅるい}）`,
    moreLinkFiltered: (need: string) => easy`「${need}」の{場所|ばしょ}を{全部|ぜんぶ}{見|み}る`,
    areaNote: (outside: number, hidden: number) =>
      (outside === hidden
        ? hidden === 1
          ? easy`その{場所|ばしょ}は`
          : 'どれも'
        : easy`そのうち${outside}か{所|しょ}は`) +
      easy`{校区|こうく}の{外|そと}にあるので、{校区|こうく}の{一覧|いちらん}には{出|で}ていません。`,
    remoteMore: (shown: number, hidden: number) =>
      easy`${shown}か{所|しょ}を{出|だ}しています。ほかに${hidden}か{所|しょ}あります。`,
    remoteTitle: easy`{電話|でんわ}・オンラインで{使|つか}える{場所|ばしょ}`,
    remoteNote: easy`{行|い}かなくても、{電話|でんわ}・LINE・オンラインで{使|つか}える{相談|そうだん}や{学|まな}びの{場所|ばしょ}です。どの{地域|ちいき}からでも{使|つか}えます。`,
    qr: (school: string) => easy`${school}のページの QR コード`,
    thisPage: (url: string) => easy`このページ（${url}）`,
    embedSection: easy`{学校|がっこう}のウェブサイトに{入|い}れる`,
    embedText:
      easy`{次|つぎ}のコードを{学校|がっこう}のウェブサイトに{貼|は}ってください。このページの{内容|ないよう}が{出|で}ます（サイトの{見出|みだ}しやメニューは{出|で}ません）。` +
      easy`リンクは{新|あたら}しいタブで{開|ひら}きます。`,
    embedLink: easy`ウェブサイトに{入|い}れるページを{見|み}る`,
  },
};
