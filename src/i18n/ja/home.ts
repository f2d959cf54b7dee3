import type { Kind } from '../../schema/vocabulary.ts';

/** What each kind is, in a line, on the home page's kind tiles. */
const kindIntro: Record<Kind, string> = {
  'kodomo-shokudo': '無料や安い値段で、みんなでごはんを食べられる場所',
  'free-school': '学校に行きづらい子どもが、自分のペースで学び過ごせる場所',
  ibasho: '放課後や休みの日に、安心して過ごせる場所',
  consultation: '子育てや子どものことを相談できる窓口',
  volunteer: 'ボランティアや、新しく場所をはじめたい人・団体',
};

/** The home page (/). */
export const home = {
  lead: (region: string) =>
    `${region}の子ども食堂・フリースクール・こどもの居場所・相談窓口を、近くで・行ける日に見つけられます。`,
  searchAll: (count: number) => `一覧からさがす（${count}か所）`,
  schedule: '今週・来週の予定',
  urgent: 'いますぐ相談したいとき:',
  urgentMore: '相談窓口の一覧',
  kindsTitle: '種類からさがす',
  kindIntro,
  kindCount: (count: number) => `${count}件`,
  updates: {
    title: '新着・更新',
    empty: 'まだありません。',
    feed: '新着・更新をフィード（Atom）で受け取る',
    data: 'すべての掲載をファイルで（オープンデータ）',
  },
  joinTitle: '情報を寄せる・手伝う',
  joinButton: '掲載を申請する・情報を寄せる',
  join: {
    before: '子ども食堂や居場所を開いている方、はじめたい方、手伝いたい方は、',
    form: '申請のフォーム',
    after:
      'からスマートフォンで登録できます。載っている情報のまちがいは、各ページの「情報の訂正を知らせる」から知らせてください。フォームが使えないときは、',
    email: 'へメールでも送れます。',
  },
  gaps: {
    before: 'どの校区に何が足りないかは、',
    link: '足りない地域（校区ごとの数と地図）',
    after: 'で見られます。新しく始めたい方への案内もあります。',
  },
  volunteer: {
    before: 'ボランティアを募集している場所は、',
    listings: '一覧の「ボランティア募集中」',
    between: 'や、',
    after: 'の一覧からさがせます。',
  },
} as const;
