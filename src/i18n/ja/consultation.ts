/** The consultation page (/consultation/): help lines, local windows, and privacy for someone reading in secret. */
export const consultation = {
  title: '相談する',
  lead: '子育てのこと、子どものこと、学校に行きづらいこと、家庭のこと。ひとりで抱えこまずに相談してください。',
  history: 'このページを見たことは、ブラウザの履歴に残ります。',
  historyLink: '履歴の消し方と、このページをすぐに離れる方法',
  urgent: {
    before: '子どもが今、危険な目にあっているときは、すぐに',
    police: '（警察）か',
    childGuidance: '（児童相談所）に電話してください。',
  },
  windowsTitle: '地域の相談窓口',
  windowsNone: '掲載はまだありません。',
  /** After the first windows, when the region has more: how many, and a link to all of them. */
  windowsMore: (shown: number, hidden: number) => `${shown}か所を表示しています。ほかに${hidden}か所あります。`,
  windowsMoreLink: '相談窓口の一覧を見る',
  privacyTitle: 'このページを見たことについて',
  privacy: {
    noTracking:
      'このサイトには、アクセス解析・広告・クッキーなど、見た人を記録するしくみはありません。見たページや入力したことを、ほかのサービスに送ることもありません（地図を開いたときだけ、地図の画像を地図の配信元から読み込みます）。',
    historyBefore: 'ただし、このページを見たことは、',
    historyStrong: 'ブラウザの履歴に残ります',
    historyAfter:
      '。家族などと同じスマートフォンやパソコンを使っているときは、見終わったら履歴からこのページを消してください。',
    phone: 'スマートフォン: ブラウザのメニューから「履歴」を開き、このページ（「相談する」）を選んで削除します。',
    computer: 'パソコン: Ctrl + H（Mac は ⌘ + Y）で履歴を開き、このページを削除します。',
    privateMode:
      'ブラウザのシークレットモード（プライベートブラウズ）で開くと、そのウィンドウを閉じたあと、履歴は残りません。',
    quickExit:
      '上の「すぐにこのページを離れる」を押すと、関係のないページ（天気予報など）に切り替わり、「戻る」ボタンでこのページに戻ることはありません。ただし、履歴の一覧には残るので、あとで消してください。',
  },
} as const;
