import type { SchoolLevel } from '../../schema/vocabulary.ts';

/** Each level's districts, as a heading and a sentence name them. */
const districtWord: Record<SchoolLevel, string> = { elementary: '小学校区', 'junior-high': '中学校区' };
const schoolWord: Record<SchoolLevel, string> = { elementary: '小学校', 'junior-high': '中学校' };

/** The gap view (/gaps/, /gaps/junior-high/) and one district's page (/gaps/<school id>/). */
export const gaps = {
  title: '地域の資源マップ：足りない地域',
  titleEn: 'Where resources are missing',
  /** The page title of a level behind the switch: 「…（中学校区）」. */
  levelTitle: (title: string, level: SchoolLevel) => `${title}（${districtWord[level]}）`,
  districtWord,
  schoolWord,
  lead: (region: string, level: SchoolLevel) =>
    `${region}の${districtWord[level]}ごとに、子ども食堂・フリースクール・こどもの居場所・相談窓口・担い手がいくつあるかを数えています。` +
    '足りない地域で新しく始めたい方・手伝いたい方、地域の計画を立てる方のためのページです。',
  countRule:
    '数えているのは、いま開いている（休止中・終了ではない）掲載だけです。校区は、学校のデータにある境界線か、境界がないときはいちばん近い学校で決めています。',
  levelNav: '校区の種類',
  summaryTitle: 'まとめ',
  /** 「子ども食堂のない小学校区：3／12」 */
  without: (kind: string, level: SchoolLevel, without: number, total: number) =>
    `${kind}のない${districtWord[level]}：${without}／${total}`,
  /** 充足率 as むすびえ reports it, with how it is computed. */
  ratio: (kind: string, level: SchoolLevel, percent: string) =>
    `充足率（${kind}の数 ÷ ${schoolWord[level]}の数）：${percent}`,
  goal: (kind: string, level: SchoolLevel, atLeast: number) =>
    `目標：どの${districtWord[level]}にも${kind}が${atLeast}か所以上`,
  short: (count: number) => (count === 0 ? 'すべての校区が目標に届いています。' : `目標に届いていない校区：${count}`),
  zeroList: (kind: string) => `${kind}のない校区：`,
  zeroNone: 'なし',
  /** After the first names of the zero list, a link to the table, which lists the districts most in need first. */
  zeroMore: (count: number) => `ほか${count}校区（表に、足りない校区から順に）`,
  percent: (ratio: number) => `${Math.round(ratio * 100)}％`,
  tableTitle: '校区ごとの数',
  tableCaption: (level: SchoolLevel) => `${districtWord[level]}ごとの、種類別の掲載数`,
  tableNote: '見出しのボタンで並べ替えられます。「0（なし）」は、その種類がひとつもない校区です。',
  /** The table's order as built, before any sorting. */
  orderNote: '目標に届いていない校区・0（なし）の校区を先に並べています。',
  /** After the caption of a table cut into pages: which districts this page holds. */
  tableRange: (from: number, to: number, total: number) => `（全${total}校区のうち${from}〜${to}校区目）`,
  /** Above a table cut into pages; the CSV link follows. */
  pagedNote: (perPage: number) =>
    `表は${perPage}校区ずつのページに分けています。印刷されるのは、このページの校区だけです。すべての校区は CSV にあります：`,
  /** With the table cut into pages, sorting reorders this page only; said before anyone presses a heading. */
  sortPageNote: '見出しのボタンで並べ替えられるのは、このページの校区だけです。',
  pageNav: '表のページ',
  columns: {
    district: '校区',
    area: '範囲',
    goal: '目標',
  },
  area: { exact: '境界あり', approximate: 'おおよその範囲' },
  /** A zero, said in words as well as the number, so no one relies on colour or a blank. */
  count: (count: number) => (count === 0 ? '0（なし）' : String(count)),
  goalMet: '達成',
  csvShort: '未達',
  csvHeader: { id: '学校ID', name: '学校名', nameKana: '学校名_よみ', level: '校区の種類', area: '校区の範囲' },
  goalShort: (kind: string, atLeast: number, count: number) => `${kind}があと${atLeast - count}か所必要`,
  noGoal: '目標なし',
  sortBy: (column: string) => `${column}で並べ替え`,
  sortNumbers: { ascending: '少ない順', descending: '多い順' },
  sortText: { ascending: 'よみの順', descending: 'よみの逆順' },
  sortedBy: (column: string, order: string) => `${column}の${order}に並べ替えました`,
  sortedByOnPage: (column: string, order: string) => `このページの校区を、${column}の${order}に並べ替えました`,
  mapTitle: '地図',
  mapLabel: (level: SchoolLevel) => `${districtWord[level]}ごとの数の地図`,
  mapKind: '地図で色分けする種類',
  mapNote:
    '色と模様は、その種類の数（0・1・2以上）です。点線で囲んだ校区は、境界のデータがないため学校の位置から計算した「おおよその範囲」です。地図が表示されなくても、上の表で同じことがわかります。',
  legendTitle: '地図の色',
  legend: {
    '0': '0（なし）：斜線',
    '1': '1か所',
    '2+': '2か所以上',
    approximate: '点線：おおよその範囲',
  },
  // The visible count must be part of the link's name (WCAG 2.5.3), so 0 is said as 「0か所（なし）」.
  mapAreaLabel: (district: string, kind: string, count: number, approximate: boolean) =>
    `${district}${approximate ? '（おおよその範囲）' : ''}：${kind} ${count}か所${count === 0 ? '（なし）' : ''}（くわしく見る）`,
  downloadsTitle: '印刷・ダウンロード',
  print: 'この表を印刷する（A4 横）',
  printPage: 'このページの表を印刷する（A4 横）',
  csv: '表を CSV でダウンロード（Excel で開けます）',
  dataPage: 'ほかのオープンデータ',
  districtSource: '校区の境界線：',
  approximateSource:
    '境界のデータがない校区は、ほかの学校より近い範囲を校区としています（おおよその範囲です。正式な通学区域ではありません）。',
  district: {
    title: (school: string, level: SchoolLevel) => `${school.replace(/(小|中)学校$/, '')}${districtWord[level]}`,
    breadcrumb: '足りない地域',
    lead: (district: string) => `${district}にある場所と、足りない種類、始めたい方への案内です。`,
    approximate: 'この校区には境界のデータがないため、ほかの学校より近い範囲を校区としています（おおよその範囲です）。',
    exact: 'この校区は、学校のデータにある境界線で決めています。',
    schoolPage: (school: string) => `${school}の近くの場所（学校のページ）`,
    countsTitle: 'この校区にある場所',
    countLine: (kind: string, count: number) => `${kind}：${count === 0 ? '0（なし）' : `${count}か所`}`,
    fromSchool: (distance: string) => `学校から${distance}`,
    noPlace: '場所なし（電話・オンライン）',
    more: (hidden: number) => `ほかに${hidden}か所あります。`,
    moreLink: '一覧で見る',
    missingTitle: 'この校区にない種類と、いちばん近い場所',
    missingNone: 'この校区には、どの種類の場所もあります。',
    nearestOutside: (kind: string) => `${kind}：この校区にはありません。いちばん近いのは`,
    noneAnywhere: (kind: string) => `${kind}：この校区にはなく、ほかの校区にも掲載がありません。`,
    helpersTitle: '手伝える人・団体（近く）',
    helpersNote: (distance: string) =>
      `この校区の中と、学校から${distance}以内で「手伝えます」と登録している担い手です。`,
    helpersNone: 'いまは登録がありません。',
    wantingTitle: 'ボランティアを募集している場所（近く）',
    wantingNone: '近くで募集している場所はいまはありません。',
    activities: (list: string) => `できること・してほしいこと：${list}`,
    startTitle: 'この校区で始めたい方へ',
    startNoSupport: '新しく場所を始めたら、掲載を申請してください。地図と一覧に載り、この校区の数に入ります。',
    contactTitle: '相談先',
    submitFor: (kind: string, district: string) => `${district}の${kind}として掲載を申請する`,
    submitOther: 'ほかの種類で掲載を申請する',
  },
  stale: {
    title: '編集する人へ：確認が必要な掲載',
    lead: (months: number) =>
      `${months}か月以上、内容を確認していない掲載です。数が古い情報で多く見えていないか、運営者に確かめてください（公開している連絡先だけを載せています）。`,
    none: '確認が必要な掲載はありません。',
    noDistrict: '校区の外・場所のない掲載',
    verified: (date: string) => `最終確認 ${date}`,
    noContact: '公開している連絡先がありません',
    /** After the longest-unconfirmed listings a page shows. */
    more: (hidden: number) =>
      `ほかに${hidden}件あります。校区ごとのページと、毎月の issue「確認が必要な掲載」（npm run stale-report）に載っています。`,
  },
} as const;
