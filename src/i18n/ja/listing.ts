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
  previewPending: '入力を直すと、ここにサイトでの見え方が出ます。',
} as const;
