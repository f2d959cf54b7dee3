/** 新着・更新: the Atom feed's words, its link in every page's head, and the labels the home page shares with it. */
export const updates = {
  /** Whether an entry is a listing that newly appeared or one that changed. */
  change: { added: '新規', changed: '更新' },
  feedTitle: (siteName: string) => `${siteName} 新着・更新`,
  feedSubtitle: (region: string, limit: number) =>
    `${region}の子ども食堂・フリースクール・こどもの居場所・相談窓口などの掲載のうち、新しく載ったもの・内容が変わったもの（新しい順に${limit}件まで）`,
  /** The `title` of the `<link rel="alternate">` in every page's head, which browsers and readers show. */
  linkTitle: (siteName: string) => `${siteName} 新着・更新（Atom）`,
  rights: (licence: string, url: string) => `掲載情報は ${licence}（${url}）で公開しています`,
  entryTitle: (change: string, name: string) => `【${change}】${name}`,
  place: {
    approximate: (area: string) => `${area}（おおよその場所）`,
    online: 'オンライン',
  },
  /** An entry's summary: what and where, how often, and the listing's own line — never a next date, which a feed would keep showing after it passed. */
  entrySummary: (parts: {
    kind: string;
    place: string | undefined;
    schedule: readonly string[];
    status: string | undefined;
    summary: string | undefined;
  }) =>
    [
      `種類：${parts.kind}`,
      parts.place && `場所：${parts.place}`,
      parts.schedule.length > 0 && `日時：${parts.schedule.join('、')}`,
      parts.status && `いまは${parts.status}です`,
      parts.summary,
    ]
      .filter(Boolean)
      .join('。'),
} as const;
