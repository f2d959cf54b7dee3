/** Using the site without a connection: the offline page, the notice, saving on this device, the map's note. */
export const offline = {
  title: 'インターネットにつながっていません',
  lead: 'このページは、この端末に保存されていないため開けません。つながったら、もう一度開いてください。',
  availableTitle: 'つながっていなくても見られるもの',
  available: {
    home: 'ホーム',
    consultation: '相談窓口',
    listings: '場所の一覧と検索（読み込んである情報の中から）',
    print: '印刷リスト',
    languages: '相談できる電話（言語別）',
  },
  savedTitle: 'この端末に保存した場所',
  notAvailableTitle: 'つながっていないと使えないもの',
  notAvailable: ['地図', 'この端末に保存していない掲載ページ', 'フォームの送信（情報の提供や修正の依頼）'],
  notice:
    'インターネットにつながっていません。ホーム、相談窓口、一覧と検索、印刷リスト、保存した場所は見られます。地図、保存していない掲載ページ、フォームの送信は使えません。',
  backOnline: 'インターネットにつながりました。',
  saveTitle: 'この端末に保存',
  saveText:
    'リストの場所のページを、この端末に保存します。インターネットにつながっていなくても開けます。保存するのは、ここで選んだ場所だけです。ほかに見たページは保存されません。',
  save: 'この端末に保存',
  saving: '保存しています…',
  saved: (count: number) => `${count}か所をこの端末に保存しました。`,
  saveFailed: '保存できませんでした。インターネットにつながっているか確かめて、もう一度押してください。',
  savedOn: (month: number, day: number) => `この情報は${month}月${day}日時点です。`,
  remove: '保存したデータを消す',
  removeEverything: 'このサイトがこの端末に残したものを、すべて消す',
  removed: '保存したデータを消しました。',
  unsupported: 'このブラウザでは、端末への保存は使えません。',
  mapNeedsConnection: '地図を見るには、インターネットへの接続が必要です。地図が出なくても、一覧や検索は使えます。',
} as const;
