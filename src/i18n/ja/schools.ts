/** Places by school: the school list (/schools/) and a school's page. */
export const schools = {
  schoolTitle: (school: string) => `${school}の近くの場所`,
  /** A place shown in full under an earlier need: 「（子ども食堂）:」 and a link back to it. */
  refKind: (kind: string) => `（${kind}）:`,
  refLink: (need: string) => `「${need}」にくわしく`,
  /** The credit for district boundaries (site.yaml schoolDistrictSource), wherever boundaries are shown. */
  districtSource: {
    label: '校区の境界の出典',
    separator: '：',
    sentenceEnd: '。',
    note: '校区の境界は目安です。正式な通学区域は、教育委員会にご確認ください。',
  },
  index: {
    title: '学校からさがす',
    lead: [
      '学校ごとに、校区の中と、学校から',
      '以内にある場所を、「ごはん」「学習」「放課後の居場所」「学校に行きづらいとき」「相談」に分けて見られます。' +
        ' 先生やスクールソーシャルワーカーが、ご家庭に紹介するときにも使えます。',
    ],
    referral: '学校の先生向け: 心配なことがあるときのつなぎ先ガイド',
    gaps: '校区ごとに、足りない種類を見る（地域の資源マップ）',
    count: (count: number) => `（${count}か所）`,
  },
  page: {
    embedTitle: (school: string) => `${school}の近くの子ども食堂・居場所・相談窓口`,
    breadcrumbSeparator: '＞',
    lead: (school: string, radius: string) => [
      `${school}の校区の中と、学校から${radius}`,
      '以内（直線距離）にある場所です。近い順に並んでいます。ご家庭に紹介するときは、出かける前に連絡先で日時を確かめるよう伝えてください。',
    ],
    print: 'このページを印刷する',
    districtApproximate: (level: string) =>
      `校区の境界のデータがないため、ほかの${level}よりこの学校に近い場所を「校区内」としています（おおよその範囲です）。`,
    districtExact: '「校区内」は、学校のデータにある校区の境界線で判断しています。',
    mapTitle: '地図',
    mapLabel: (school: string) => `${school}と近くの場所の地図`,
    mapNote: (school: string, radius: string) => `「校」が${school}、点線の円が学校から${radius}の範囲です。`,
    mapDistrict: '太い線が校区の境界です。',
    mapNoteAfter: '地図の画像が表示されなくても、下の一覧はそのまま使えます。',
    /** The school's own map marker. */
    schoolSymbol: '校',
    needNav: 'このページの中の見出し',
    needLink: (need: string, count: number) => `${need}（${count}）`,
    remoteLink: (count: number) => `電話・オンライン（${count}）`,
    none: ['この近くには掲載がありません。', '区全体の一覧', 'や、下の相談窓口にお問い合わせください。'],
    more: (shown: number, hidden: number) => `近い順に${shown}か所を表示しています。ほかに${hidden}か所あります。`,
    /** Without JavaScript the 'more' link opens the district's own list. */
    moreLink: '校区の中の場所の一覧（すべての種類）',
    /** With JavaScript it opens the directory filtered to this need, inside and near the district. */
    moreLinkFiltered: (need: string) => `「${need}」の場所をすべて一覧で見る`,
    /** How many of the places left out are outside the district, so not on its list. */
    areaNote: (outside: number, hidden: number) =>
      `${outside === hidden ? (hidden === 1 ? 'その場所' : 'どれも') : `そのうち${outside}か所`}は校区の外にあり、校区の一覧にはのっていません。`,
    /** After the phone and online section's first places: how many more there are. */
    remoteMore: (shown: number, hidden: number) => `${shown}か所を表示しています。ほかに${hidden}か所あります。`,
    remoteTitle: '電話・オンラインで使える場所',
    remoteNote: '通わなくても、電話・LINE・オンラインで使える相談や学びの場です。どの地域からでも使えます。',
    qr: (school: string) => `${school}のページの QR コード`,
    thisPage: (url: string) => `このページ（${url}）`,
    embedSection: '学校のウェブサイトにのせる',
    embedText:
      '次のコードを学校のウェブサイトに貼ると、このページの内容（サイトの見出しやメニューなし）を表示できます。リンクは新しいタブで開きます。',
    embedLink: '埋め込み用のページを見る',
  },
} as const;
