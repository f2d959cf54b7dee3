/**
 * The words of the 「Language / 言語」 list and of the link to it. Unlike the
 * dictionaries, these are the same in every locale: the list is for readers
 * of any language, so each phrase is given in Japanese and in English, and
 * pages mark each half with its own `lang`.
 */
export interface BothLanguages {
  readonly ja: string;
  readonly en: string;
}

export const LANGUAGE_LIST = {
  title: { en: 'Language', ja: '言語' },
  intro: { ja: '相談の電話の案内を、それぞれの言葉で読めます。', en: 'Where to call for help, in your language.' },
  none: { ja: 'まだ案内はありません。', en: 'No pages yet.' },
  home: { ja: 'ホーム', en: 'Home' },
  skipLink: { ja: '本文へ移動', en: 'Skip to content' },
} as const satisfies Record<string, BothLanguages>;
