/**
 * The referral guide's concerns, in the site's own words: what school staff
 * can do, whom to contact first, and which directory filters fit. Contacts
 * are named by role here and filled in from site config, so another ward
 * changes its numbers without touching this text.
 */
import type { Kind, Service } from '../../schema/vocabulary.ts';
import { PARAM } from '../search/filters.ts';

/** `center`: the ward's こども家庭センター. `danger`: the numbers for a child in danger (189, 110). */
export type ContactRole = 'center' | 'danger';

export interface DirectoryLink {
  label: string;
  kinds?: Kind[];
  services?: Service[];
}

export interface Concern {
  id: string;
  title: string;
  /** What to do, in order; `{center}` and `{centerHelpsWith}` come from site config (`stepsInWords`). */
  steps: string[];
  /** Whom to contact first, in order. */
  contacts: ContactRole[];
  /** Places in the directory that can help, as filters. */
  links: DirectoryLink[];
}

export const CONCERNS: readonly Concern[] = [
  {
    id: 'meal',
    title: '食事が心配',
    steps: [
      '子ども食堂やフードパントリーは、どの家庭でも使える場所として紹介できます。「困っている家の人が行く所」と受け取られないよう、「みんなで食べる場所」として伝えてください。',
      '給食のない長期休みの前に紹介しておくと、使いやすくなります。',
      '空腹や体重の減少が続く、身なりが整わないなどが重なるときは、{center}に相談してください。',
    ],
    contacts: ['center'],
    links: [
      { label: '子ども食堂', kinds: ['kodomo-shokudo'] },
      { label: '食事・お弁当・食品の配布がある場所', services: ['meal', 'bento', 'food-pantry'] },
    ],
  },
  {
    id: 'after-school',
    title: '放課後の居場所がない',
    steps: [
      '放課後や休みの日に、予約なしで過ごせる居場所を紹介できます。曜日と時間を家庭と一緒に確かめてください。',
      '家に帰りたがらない、夜遅くまで外にいるなどのときは、理由を責めずに聞き、{center}に相談してください。',
    ],
    contacts: ['center'],
    links: [
      { label: 'こどもの居場所', kinds: ['ibasho'] },
      { label: '自由に過ごせる場所・遊びや体験', services: ['free-space', 'play'] },
    ],
  },
  {
    id: 'school-difficulty',
    title: '学校に行きづらい',
    steps: [
      '学校以外にも学べる場所・過ごせる場所があることを、本人と家庭に伝えてください。フリースクールでの学びが出席扱いになることがあります（校長の判断）。',
      '見学や体験ができるかは、各フリースクールの掲載ページで確かめられます。',
      '家庭の負担が大きいとき、生活の心配が重なるときは、{center}にも相談できます。',
    ],
    contacts: ['center'],
    links: [
      { label: 'フリースクール', kinds: ['free-school'] },
      { label: '学校以外の学びの場', services: ['school-alternative'] },
    ],
  },
  {
    id: 'study',
    title: '学習の遅れ',
    steps: [
      '無料や低額の学習支援を紹介できます。宿題を見てもらえる場所、静かに勉強できる場所など、掲載ページで内容を確かめてください。',
      '家庭で学ぶ環境がととのわない事情があるときは、{center}に相談してください。',
    ],
    contacts: ['center'],
    links: [{ label: '学習支援がある場所', services: ['study'] }],
  },
  {
    id: 'parenting',
    title: '家庭での子育てが心配',
    steps: [
      '保護者が相談できる窓口を紹介してください。{center}: {centerHelpsWith}',
      '学校だけで抱えず、管理職やスクールソーシャルワーカーと共有して、{center}につないでください。',
    ],
    contacts: ['center'],
    links: [
      { label: '相談窓口', kinds: ['consultation'] },
      { label: '子育て支援がある場所', services: ['parenting'] },
    ],
  },
  {
    id: 'abuse',
    title: '虐待が疑われる',
    steps: [
      '子どもが今、危険な目にあっているときは、ためらわずに電話してください（下の番号）。',
      '虐待が疑われるときは、確証がなくても通告できます。学校では管理職に報告し、組織として対応してください。通告した人の情報は守られます。',
      '子どもから話を聞くときは、詳しく聞き出そうとせず、話してくれたことを受け止め、聞いたままの言葉を記録してください。',
    ],
    contacts: ['danger', 'center'],
    links: [{ label: '相談窓口', kinds: ['consultation'] }],
  },
];

/** The directory's query string for a link: `?kind=…&service=…`, as the directory reads it. */
export function directoryQuery(link: DirectoryLink): string {
  const params = new URLSearchParams();
  for (const kind of link.kinds ?? []) params.append(PARAM.kind, kind);
  for (const service of link.services ?? []) params.append(PARAM.service, service);
  return params.toString();
}

/** The centre's name in the words of this ward's site.yaml: 「西区こども家庭センター」, not a fixed name. */
export function stepsInWords(
  concern: Concern,
  center: { name: string; shortName?: string | undefined; helpsWith: string },
): string[] {
  return concern.steps.map((step) =>
    step.replaceAll('{center}', center.shortName ?? center.name).replaceAll('{centerHelpsWith}', center.helpsWith),
  );
}
