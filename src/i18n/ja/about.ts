/** The page about the site (/about/): what it is, where its data comes from, privacy, contact. */
export const about = {
  title: 'このサイトについて',
  lead: (siteName: string, region: string) =>
    `${siteName}は、${region}で子どもと家族を支える場所 — ` +
    '子ども食堂、フリースクール、こどもの居場所、相談窓口、そして新しく場所をはじめたい人やボランティア — ' +
    'を、だれでも探せるようにまとめたサイトです。学校の先生やスクールソーシャルワーカーが、家庭に紹介する先を探すときにも使えます。',
  dataTitle: '掲載情報について',
  sources: (publisher: string) => [
    `掲載情報は、運営者からの連絡や公的な情報源をもとに${publisher}`,
    'がまとめています。各ページに最終確認日と確認元を書いています。',
  ],
  stale: 'か月以上確認できていない情報には注意書きを出しています。出かける前に、連絡先に確かめてください。',
  submit: {
    before: '新しい場所は',
    form: '掲載の申請フォーム',
    after: 'から申請できます。まちがいを見つけたら、各ページの「情報の訂正を知らせる」か',
    email: 'へお知らせください。',
  },
  licenceBefore: '掲載情報は',
  licenceAfter: (siteName: string) =>
    `で公開しています。出典（${siteName}）を示せば、自由に使えます。表計算ソフトや地図で使えるファイルは`,
  dataLink: 'オープンデータ',
  dataAfter: 'のページにあります。',
  code: 'このサイトのプログラムは MIT ライセンスで公開しています。他の区や市でも使えます。',
  privacyTitle: 'プライバシーポリシー',
  privacy: {
    noTracking: 'アクセス解析・広告・SNS ボタンなど、利用者を追跡するしくみは使っていません。クッキーも使いません。',
    tilesBefore: 'このサイトが読み込むのは、このサイト自身のファイルだけです。地図を表示したときだけ、地図の画像（',
    tilesFrom: '）を',
    tilesAfter: 'のサーバーから読み込みます。',
    search: '検索やしぼりこみで入力した言葉は、あなたの端末の中だけで使い、どこにも送りません。',
    approximate:
      '自宅などで開かれている場所は、運営者の希望により、正確な場所を公開せず「地域」だけを示しています。電話番号は、運営者が公開に同意したものだけを載せています。',
  },
  contactTitle: '問い合わせ',
  contactSeparator: ':',
  consultation: '子育てや子どものことの相談は、相談窓口のページへ',
} as const;
