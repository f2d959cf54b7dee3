/** The gap view and a district's page, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { SchoolLevel } from '../../schema/vocabulary.ts';
import type { Messages } from '../messages.ts';

const districtWord: Record<SchoolLevel, string> = {
  elementary: easy`{小学校|しょうがっこう}の{校区|こうく}`,
  'junior-high': easy`{中学校|ちゅうがっこう}の{校区|こうく}`,
};
const schoolWord: Record<SchoolLevel, string> = {
  elementary: easy`{小学校|しょうがっこう}`,
  'junior-high': easy`{中学校|ちゅうがっこう}`,
};
/** A district named after its school: 「○○小学校区」 in words a reader meets at school. */
const districtOfSchool: Record<SchoolLevel, string> = {
  elementary: easy`{小学校区|しょうがっこうく}`,
  'junior-high': easy`{中学校区|ちゅうがっこうく}`,
};

export const gaps: Messages['gaps'] = {
  title: easy`{地域|ちいき}の{資源|しげん}マップ：{足|た}りない{地域|ちいき}`,
  titleEn: 'Where resources are missing',
  levelTitle: (title: string, level: SchoolLevel) => `${title}（${districtWord[level]}）`,
  districtWord,
  schoolWord,
  lead: (region: string, level: SchoolLevel) =>
    easy`${region}の${districtWord[level]}ごとに、{場所|ばしょ}の{数|かず}を{数|かぞ}えています。{校区|こうく}は、その{学校|がっこう}に{通|かよ}う{子|こ}どもが{住|す}む{地域|ちいき}です。` +
    easy`{子|こ}ども{食堂|しょくどう}・フリースクール・こどもの{居場所|いばしょ}・{相談|そうだん}{窓口|まどぐち}・{手伝|てつだ}う{人|ひと}の{数|かず}です。` +
    easy`{足|た}りない{地域|ちいき}で、{新|あたら}しくはじめたい{人|ひと}や{手伝|てつだ}いたい{人|ひと}のためのページです。` +
    easy`{地域|ちいき}の{計画|けいかく}を{作|つく}る{人|ひと}のためのページでもあります。`,
  countRule:
    easy`いま{開|ひら}いている{場所|ばしょ}だけを{数|かぞ}えています。{休|やす}んでいる{場所|ばしょ}と{終|お}わった{場所|ばしょ}は{数|かぞ}えません。` +
    easy`{校区|こうく}は、{学校|がっこう}のデータにある{境|さかい}の{線|せん}で{決|き}めています。{線|せん}がないときは、いちばん{近|ちか}い{学校|がっこう}で{決|き}めています。`,
  levelNav: easy`{校区|こうく}の{種類|しゅるい}`,
  summaryTitle: easy`まとめ`,
  without: (kind: string, level: SchoolLevel, without: number, total: number) =>
    easy`${kind}がない${districtWord[level]}：${without}／${total}`,
  ratio: (kind: string, level: SchoolLevel, percent: string) =>
    easy`{充足率|じゅうそくりつ}〈${kind}の{数|かず} ÷ ${schoolWord[level]}の{数|かず}〉：${percent}`,
  goal: (kind: string, level: SchoolLevel, atLeast: number) =>
    easy`{目標|もくひょう}：どの${districtWord[level]}にも${kind}が${atLeast}か{所|しょ}{以上|いじょう}`,
  short: (count: number) =>
    count === 0
      ? easy`すべての{校区|こうく}が{目標|もくひょう}に{届|とど}いています。`
      : easy`{目標|もくひょう}に{届|とど}いていない{校区|こうく}：${count}`,
  zeroList: (kind: string) => easy`${kind}がない{校区|こうく}：`,
  zeroNone: easy`ありません`,
  zeroMore: (count: number) =>
    easy`ほかに${count}の{校区|こうく}があります（{表|ひょう}に、{足|た}りない{校区|こうく}から{順|じゅん}に）`,
  percent: (ratio: number) => `${Math.round(ratio * 100)}％`,
  tableTitle: easy`{校区|こうく}ごとの{数|かず}`,
  tableCaption: (level: SchoolLevel) => easy`${districtWord[level]}ごとの、{種類|しゅるい}ごとの{数|かず}`,
  tableNote: easy`{見出|みだ}しのボタンで{並|なら}べ{替|か}えられます。「0（なし）」は、その{種類|しゅるい}がひとつもない{校区|こうく}です。`,
  orderNote: easy`{目標|もくひょう}に{届|とど}いていない{校区|こうく}と、0（なし）の{校区|こうく}が{先|さき}です。`,
  tableRange: (from: number, to: number, total: number) =>
    easy`（ぜんぶで${total}の{校区|こうく}。${from}{番目|ばんめ}から${to}{番目|ばんめ}まで）`,
  pagedNote: (perPage: number) =>
    easy`{表|ひょう}は${perPage}{校区|こうく}ずつのページに{分|わ}けています。{印刷|いんさつ}すると、このページの{校区|こうく}だけが{出|で}ます。` +
    easy`すべての{校区|こうく}は CSV にあります：`,
  sortPageNote: easy`{並|なら}べ{替|か}えられるのは、このページの{校区|こうく}だけです。`,
  pageNav: easy`{表|ひょう}のページ`,
  columns: {
    district: easy`{校区|こうく}`,
    area: easy`{範囲|はんい}`,
    goal: easy`{目標|もくひょう}`,
  },
  area: { exact: easy`{境|さかい}の{線|せん}あり`, approximate: easy`だいたいの{範囲|はんい}` },
  count: (count: number) => (count === 0 ? '0（なし）' : String(count)),
  goalMet: easy`{届|とど}いた`,
  csvShort: easy`{届|とど}いていない`,
  // Column names of a data file (one file for every language), not page text:
  // the same names as in Japanese, and no marks, which a CSV could not resolve.
  csvHeader: { id: '学校ID', name: '学校名', nameKana: '学校名_よみ', level: '校区の種類', area: '校区の範囲' },
  goalShort: (kind: string, atLeast: number, count: number) =>
    easy`${kind}が、あと${atLeast - count}か{所|しょ}{必要|ひつよう}です`,
  noGoal: easy`{目標|もくひょう}なし`,
  sortBy: (column: string) => easy`${column}で{並|なら}べ{替|か}える`,
  sortNumbers: { ascending: easy`{少|すく}ない{順|じゅん}`, descending: easy`{多|おお}い{順|じゅん}` },
  sortText: { ascending: easy`あいうえお{順|じゅん}`, descending: easy`あいうえおの{逆|ぎゃく}の{順|じゅん}` },
  sortedBy: (column: string, order: string) => easy`${column}の${order}に{並|なら}べ{替|か}えました`,
  sortedByOnPage: (column: string, order: string) =>
    easy`このページの{校区|こうく}を、${column}の${order}に{並|なら}べ{替|か}えました`,
  mapTitle: easy`{地図|ちず}`,
  mapLabel: (level: SchoolLevel) => easy`${districtWord[level]}ごとの{数|かず}の{地図|ちず}`,
  mapKind: easy`{地図|ちず}で{色|いろ}を{分|わ}ける{種類|しゅるい}`,
  mapNote:
    easy`{色|いろ}と{模様|もよう}は、その{種類|しゅるい}の{数|かず}（0・1・2{以上|いじょう}）です。` +
    easy`{点線|てんせん}で{囲|かこ}んだ{校区|こうく}は、{境|さかい}の{線|せん}のデータがありません。{学校|がっこう}の{場所|ばしょ}から{計算|けいさん}した「だいたいの{範囲|はんい}」です。` +
    easy`{地図|ちず}が{出|で}なくても、{上|うえ}の{表|ひょう}で{同|おな}じことがわかります。`,
  legendTitle: easy`{地図|ちず}の{色|いろ}`,
  legend: {
    '0': easy`0（なし）：ななめの{線|せん}`,
    '1': easy`1か{所|しょ}`,
    '2+': easy`2か{所|しょ}{以上|いじょう}`,
    approximate: easy`{点線|てんせん}：だいたいの{範囲|はんい}`,
  },
  // The visible count stays part of the link's name (WCAG 2.5.3), as in Japanese.
  mapAreaLabel: (district: string, kind: string, count: number, approximate: boolean) =>
    `${district}${approximate ? easy`（だいたいの{範囲|はんい}）` : ''}：${kind} ${count}` +
    easy`か{所|しょ}` +
    `${count === 0 ? easy`（なし）` : ''}` +
    easy`（くわしく{見|み}る）`,
  downloadsTitle: easy`{印刷|いんさつ}・ダウンロード`,
  print: easy`この{表|ひょう}を{印刷|いんさつ}する（A4 {横|よこ}）`,
  printPage: easy`このページの{表|ひょう}を{印刷|いんさつ}する（A4 {横|よこ}）`,
  csv: easy`{表|ひょう}を CSV でダウンロード（Excel で{開|ひら}けます）`,
  dataPage: easy`ほかのオープンデータ`,
  districtSource: easy`{校区|こうく}の{境|さかい}の{線|せん}：`,
  approximateSource:
    easy`{境|さかい}の{線|せん}のデータがない{校区|こうく}は、ほかの{学校|がっこう}より{近|ちか}い{範囲|はんい}を{校区|こうく}にしています。` +
    easy`だいたいの{範囲|はんい}です。{正式|せいしき}な{校区|こうく}ではありません。`,
  district: {
    title: (school: string, level: SchoolLevel) => `${school.replace(/(小|中)学校$/, '')}${districtOfSchool[level]}`,
    breadcrumb: easy`{足|た}りない{地域|ちいき}`,
    lead: (district: string) =>
      easy`${district}にある{場所|ばしょ}と、{足|た}りない{種類|しゅるい}です。はじめたい{人|ひと}への{案内|あんない}もあります。`,
    approximate: easy`この{校区|こうく}には、{境|さかい}の{線|せん}のデータがありません。そのため、ほかの{学校|がっこう}より{近|ちか}い{範囲|はんい}を{校区|こうく}にしています。だいたいの{範囲|はんい}です。`,
    exact: easy`この{校区|こうく}は、{学校|がっこう}のデータにある{境|さかい}の{線|せん}で{決|き}めています。`,
    schoolPage: (school: string) => easy`${school}の{近|ちか}くの{場所|ばしょ}（{学校|がっこう}のページ）`,
    countsTitle: easy`この{校区|こうく}にある{場所|ばしょ}`,
    countLine: (kind: string, count: number) =>
      count === 0 ? easy`${kind}：0（なし）` : easy`${kind}：${count}か{所|しょ}`,
    fromSchool: (distance: string) => easy`{学校|がっこう}から${distance}`,
    noPlace: easy`{場所|ばしょ}はありません（{電話|でんわ}・オンライン）`,
    more: (hidden: number) => easy`ほかに${hidden}か{所|しょ}あります。`,
    moreLink: easy`{一覧|いちらん}で{見|み}る`,
    missingTitle: easy`この{校区|こうく}にない{種類|しゅるい}と、いちばん{近|ちか}い{場所|ばしょ}`,
    missingNone: easy`この{校区|こうく}には、どの{種類|しゅるい}の{場所|ばしょ}もあります。`,
    nearestOutside: (kind: string) => easy`${kind}：この{校区|こうく}にはありません。いちばん{近|ちか}いのは`,
    noneAnywhere: (kind: string) =>
      easy`${kind}：この{校区|こうく}にはありません。ほかの{校区|こうく}にも{載|の}っていません。`,
    helpersTitle: easy`{手伝|てつだ}える{人|ひと}・{団体|だんたい}（{近|ちか}く）`,
    helpersNote: (distance: string) =>
      easy`この{校区|こうく}の{中|なか}と、{学校|がっこう}から${distance}までで、「{手伝|てつだ}えます」と{登録|とうろく}している{人|ひと}・{団体|だんたい}です。`,
    helpersNone: easy`いまは{登録|とうろく}がありません。`,
    wantingTitle: easy`ボランティアをさがしている{場所|ばしょ}（{近|ちか}く）`,
    wantingNone: easy`いま、{近|ちか}くでボランティアをさがしている{場所|ばしょ}はありません。`,
    activities: (list: string) => easy`できること・してほしいこと：${list}`,
    startTitle: easy`この{校区|こうく}ではじめたい{人|ひと}へ`,
    startNoSupport: easy`{新|あたら}しく{場所|ばしょ}をはじめたら、サイトに{載|の}せる{申|もう}し{込|こ}みをしてください。{地図|ちず}と{一覧|いちらん}に{載|の}ります。この{校区|こうく}の{数|かず}にも{入|はい}ります。`,
    contactTitle: easy`{相談先|そうだんさき}`,
    submitFor: (kind: string, district: string) => easy`${district}の${kind}として{申|もう}し{込|こ}む`,
    submitOther: easy`ほかの{種類|しゅるい}で{申|もう}し{込|こ}む`,
  },
  stale: {
    title: easy`サイトを{直|なお}す{人|ひと}へ：{確|たし}かめてほしい{場所|ばしょ}`,
    lead: (months: number) =>
      easy`${months}か{月|げつ}{以上|いじょう}、{内容|ないよう}を{確|たし}かめていない{場所|ばしょ}です。` +
      easy`{古|ふる}い{情報|じょうほう}で、{数|かず}が{多|おお}く{見|み}えているかもしれません。{場所|ばしょ}をやっている{人|ひと}に{確|たし}かめてください。` +
      easy`（{公開|こうかい}している{連絡先|れんらくさき}だけを{載|の}せています）`,
    none: easy`{確|たし}かめてほしい{場所|ばしょ}はありません。`,
    noDistrict: easy`{校区|こうく}の{外|そと}の{場所|ばしょ}・{場所|ばしょ}のない{情報|じょうほう}`,
    verified: (date: string) => easy`{最後|さいご}に{確|たし}かめた{日|ひ} ${date}`,
    noContact: easy`{公開|こうかい}している{連絡先|れんらくさき}がありません`,
    more: (hidden: number) =>
      easy`ほかに${hidden}{件|けん}あります。{校区|こうく}ごとのページと、{毎月|まいつき}の issue「{確認|かくにん}が{必要|ひつよう}な{掲載|けいさい}」（npm run stale-report）に{載|の}っています。`,
  },
};
