/** The page shown for an address that does not exist (404). */
export const notFound = {
  title: 'ページが見つかりません',
  text: 'お探しのページは移動したか、掲載が終わった可能性があります。',
  listings: '一覧からさがす',
  consultation: '相談する',
  home: 'ホームへ戻る',
} as const;
