/**
 * The referral guide's concerns in words: a title, what school staff can do
 * in order, and the labels of the directory links that fit (in the order of
 * the links in src/lib/referral/concerns.ts). `{center}` and
 * `{centerHelpsWith}` are filled in from site config, so another ward
 * changes its centre without touching this text.
 */
export type ConcernId = 'meal' | 'after-school' | 'school-difficulty' | 'study' | 'parenting' | 'abuse';

export interface ConcernWords {
  readonly title: string;
  readonly steps: readonly string[];
  /** One label per directory link of the concern, in the same order. */
  readonly links: readonly string[];
}

export const concerns: Record<ConcernId, ConcernWords> = {
  meal: {
    title: '食事が心配',
    steps: [
      '子ども食堂やフードパントリーは、どの家庭でも使える場所として紹介できます。「困っている家の人が行く所」と受け取られないよう、「みんなで食べる場所」として伝えてください。',
      '給食のない長期休みの前に紹介しておくと、使いやすくなります。',
      '空腹や体重の減少が続く、身なりが整わないなどが重なるときは、{center}に相談してください。',
    ],
    links: ['子ども食堂', '食事・お弁当・食品の配布がある場所'],
  },
  'after-school': {
    title: '放課後の居場所がない',
    steps: [
      '放課後や休みの日に、予約なしで過ごせる居場所を紹介できます。曜日と時間を家庭と一緒に確かめてください。',
      '家に帰りたがらない、夜遅くまで外にいるなどのときは、理由を責めずに聞き、{center}に相談してください。',
    ],
    links: ['こどもの居場所', '自由に過ごせる場所・遊びや体験'],
  },
  'school-difficulty': {
    title: '学校に行きづらい',
    steps: [
      '学校以外にも学べる場所・過ごせる場所があることを、本人と家庭に伝えてください。フリースクールでの学びが出席扱いになることがあります（校長の判断）。',
      '見学や体験ができるかは、各フリースクールの掲載ページで確かめられます。',
      '家庭の負担が大きいとき、生活の心配が重なるときは、{center}にも相談できます。',
    ],
    links: ['フリースクール', '学校以外の学びの場'],
  },
  study: {
    title: '学習の遅れ',
    steps: [
      '無料や低額の学習支援を紹介できます。宿題を見てもらえる場所、静かに勉強できる場所など、掲載ページで内容を確かめてください。',
      '家庭で学ぶ環境がととのわない事情があるときは、{center}に相談してください。',
    ],
    links: ['学習支援がある場所'],
  },
  parenting: {
    title: '家庭での子育てが心配',
    steps: [
      '保護者が相談できる窓口を紹介してください。{center}: {centerHelpsWith}',
      '学校だけで抱えず、管理職やスクールソーシャルワーカーと共有して、{center}につないでください。',
    ],
    links: ['相談窓口', '子育て支援がある場所'],
  },
  abuse: {
    title: '虐待が疑われる',
    steps: [
      '子どもが今、危険な目にあっているときは、ためらわずに電話してください（下の番号）。',
      '虐待が疑われるときは、確証がなくても通告できます。学校では管理職に報告し、組織として対応してください。通告した人の情報は守られます。',
      '子どもから話を聞くときは、詳しく聞き出そうとせず、話してくれたことを受け止め、聞いたままの言葉を記録してください。',
    ],
    links: ['相談窓口'],
  },
};
