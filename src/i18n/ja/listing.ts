/** Words the listing views share: the listing page, its card, the school entry, the print entry, the form preview. */
export const listing = {
  facts: {
    kind: '種類',
    when: '日時',
    place: '場所',
    audience: '対象',
    cost: '料金',
    reservation: '予約',
    services: 'できること',
    phone: '電話',
  },
  placeFacts: {
    venue: '会場',
    address: '住所',
    access: '行き方',
    area: '地域',
    accessibility: 'バリアフリー',
  },
  /** 「○○小学校区」, or 「○○小学校区付近」 when the district is only the nearest school's. */
  district: (schoolName: string, nearest: boolean) => `${schoolName}区${nearest ? '付近' : ''}`,
  approximateSuffix: '（おおよその場所）',
  volunteeringWanted: 'ボランティア募集中',
  contact: {
    line: 'LINE で連絡する',
    form: '問い合わせフォームを開く',
    email: 'メールで連絡する',
  },
  status: {
    paused: 'この場所は現在お休み（休止中）です。',
    closed: 'この場所は活動を終了しました。',
    pausedHint: '再開の予定は連絡先にお問い合わせください。',
  },
  where: {
    heading: '場所',
    approximateNote: '運営者の希望により、正確な場所は公開していません。場所は連絡先にお問い合わせください。',
    online: 'オンラインで参加・利用できます。',
    unknown: '場所は直接お問い合わせください。',
    district: (schoolName: string) => `校区: ${schoolName}`,
    districtEstimated: '（最寄りの小学校から推定）',
    newTab: '（新しいタブで開きます）',
  },
  previewPending: '入力を直すと、ここにサイトでの見え方が出ます。',
} as const;
