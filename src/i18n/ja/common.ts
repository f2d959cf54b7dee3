import { selection } from './selection.ts';

/** Words every page shares: the skip link, the main menu, the demo banner, the footer, and the small parts many pages use. */
export const common = {
  skipLink: '本文へ移動 / Skip to content',
  mainMenu: 'メインメニュー',
  nav: {
    home: 'ホーム',
    listings: 'さがす',
    schools: '学校から',
    consultation: '相談する',
    about: 'サイトについて',
  },
  language: {
    /** The name of the language switcher's navigation. */
    switcher: '言語',
    /** Offered, in this language, to a reader whose browser prefers it. */
    readInThisLanguage: 'このページを日本語で読む',
    dismiss: '閉じる',
    /** The furigana toggle on やさしい日本語 pages; its pressed state says whether readings show. */
    furigana: 'ふりがな',
  },
  /** The description of a page that gives none of its own. */
  defaultDescription: (region: string) =>
    `${region}の子ども食堂・フリースクール・こどもの居場所・相談窓口をさがせる地図と一覧です。`,
  pageTitle: (title: string, siteName: string) => `${title} | ${siteName}`,
  /** Around the count of places on the print list: 「印刷リスト（3）」. */
  selectionLink: ['印刷リスト（', '）'],
  demoBanner: {
    strong: 'デモデータです。',
    text: 'このサイトに載っている施設・団体・学校・電話番号はすべて架空のものです。',
    english: 'Demo data: every place, school and phone number shown is fictional.',
    embedText: '施設・学校・電話番号はすべて架空のものです。',
  },
  footer: {
    licenceBefore: '・掲載情報は',
    licenceAfter: 'で自由に使えます。プログラムは MIT ライセンスです。',
    about: 'このサイトについて・プライバシー',
    consultation: '相談窓口',
    submit: '掲載を申請する',
    data: 'オープンデータ',
    gaps: '足りない地域（校区ごと）',
  },
  embedFooter: {
    providedBy: '提供:',
    licence: (name: string) => `（掲載情報は ${name}）`,
  },
  quickExit: {
    region: 'すぐに離れる',
    button: 'すぐにこのページを離れる',
    hint: 'Shift キーを3回押しても離れます',
  },
  helpLines: {
    heading: '困ったとき・相談したいとき',
    more: '相談窓口をもっと見る',
  },
  kindFilter: {
    label: '種類でしぼりこむ',
    all: 'すべて',
  },
  mapLegend: {
    label: '地図の記号',
    approximate: 'おおよその場所（円の中のどこか。円の中心ではありません）',
    /** The map's zoom buttons (their title and accessible name). */
    zoomIn: '拡大',
    zoomOut: '縮小',
  },
  inactive: {
    summary: '休止中・活動を終了した場所も見る',
    note: 'いまは開いていない場所です。再開の予定は、それぞれの連絡先にお問い合わせください。',
  },
  selectButton: selection,
  /** Between items of a list written as one line: 「食事・学習支援」. */
  listSeparator: '・',
  /** Around a parenthetical: 「（子ども食堂）」. */
  parenthesised: (text: string) => `（${text}）`,
} as const;
