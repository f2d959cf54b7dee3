/** The print list (/print/): on screen, a family's list of places; on paper, an A4 sheet with QR codes. */
export const print = {
  title: '印刷リスト',
  sharedTitle: 'ご紹介する場所',
  paperTitle: 'ご紹介する地域の場所',
  introOwn:
    'この端末で「印刷リストに入れる」を押した場所です。名前を押すとくわしく見られます。一覧の下の「紙に印刷する」で、場所ごとと、リスト全体の ' +
    'QR コードが付いた A4 の紙にできます。',
  privacyOwn: '選んだ場所とメモは、この端末のブラウザの中だけに保存されます。どこにも送られません。',
  introShared:
    '学校や相談窓口などから紹介された場所です。名前を押すとくわしい情報が見られ、電話番号を押すと電話をかけられます。',
  checkFirst: '開いている日や時間は変わることがあります。出かける前に、電話などで確かめてください。',
  keep: 'この一覧をこの端末に残す',
  keepNote:
    '残した一覧は、この端末のブラウザの中だけに保存され、画面の上の「印刷リスト」からいつでも開けます。どこにも送られません。',
  kept: 'この端末に残しました。画面の上の「印刷リスト」から、いつでも開けます。',
  noScript:
    '印刷リストを使うには JavaScript を有効にしてください。一覧や掲載ページは、そのまま印刷することもできます。',
  empty: ['印刷リストは空です。', '一覧', 'や', '学校のページ', 'で「印刷リストに入れる」を押してください。'],
  toolsTitle: '紙に印刷する',
  toolsShared: '学校や支援者の方へ: この一覧を、QR コード付きの A4 の紙に印刷できます。',
  note: (max: number) => `メモ（印刷されます。${max}字まで）`,
  print: '印刷する',
  clear: 'リストを空にする',
  openOnPhone: 'このリストをスマートフォンで開く',
  openOnPhoneAfter: ': 左の QR コードを読み取ってください。',
  help: (center: string) => `困ったとき・相談したいとき: ${center}`,
  siteAddress: (siteName: string, url: string) => `${siteName}（${url}）`,
  /** What print-client.ts writes for each place. */
  made: (date: string) => `${date} 作成`,
  loadFailed: '掲載情報を読み込めませんでした。通信の状態を確かめて、もう一度開いてください。',
  next: '次回',
  nextSeparator: '、',
  scheduleSeparator: ' ／ ',
  when: '日時',
  where: '場所',
  cost: '料金',
  phone: '電話',
  verified: '確認日',
  remove: 'リストから外す',
  qr: (name: string) => `${name}のページの QR コード`,
  listQr: 'このリストの QR コード',
} as const;
