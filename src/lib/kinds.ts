/**
 * Everything the site knows about a kind besides its words, in one place: a
 * new kind is a value in src/schema/vocabulary.ts, its labels in
 * src/i18n/ja/vocabulary.ts, a row here and its colours in the CSS
 * (`.kind-tile--*`, `.kind-badge--*`, `.map-pin--*`, named by the value).
 * The value itself is the page slug (/kinds/<value>/).
 */
import type { Locale } from '../i18n/locales.ts';
import type { Kind } from '../schema/vocabulary.ts';

export interface KindInfo {
  /**
   * One letter drawn inside the kind's own shape on the map and in the legend,
   * per locale: a kanji in Japanese (やさしい日本語 keeps it: the legend beside
   * it has furigana), the initial of the kind's English name in English.
   */
  readonly symbol: Readonly<Record<Locale, string>>;
  /** The schema.org type of a listing page's JSON-LD. */
  readonly schemaType: string;
  /** The need (src/lib/schools/needs.ts) every listing of the kind answers, if any. */
  readonly need: string | null;
}

export const KIND_INFO = {
  'kodomo-shokudo': { symbol: { ja: '食', en: 'K', easy: '食' }, schemaType: 'FoodEstablishment', need: 'meal' },
  'free-school': {
    symbol: { ja: '学', en: 'F', easy: '学' },
    schemaType: 'EducationalOrganization',
    need: 'school-difficulty',
  },
  ibasho: { symbol: { ja: '居', en: 'Y', easy: '居' }, schemaType: 'CivicStructure', need: 'after-school' },
  consultation: { symbol: { ja: '相', en: 'C', easy: '相' }, schemaType: 'Organization', need: 'consultation' },
  volunteer: { symbol: { ja: '手', en: 'V', easy: '手' }, schemaType: 'Organization', need: null },
} as const satisfies Record<Kind, KindInfo>;

/** The map letter of a kind in a locale. */
export function kindSymbol(kind: Kind, locale: Locale): string {
  return KIND_INFO[kind].symbol[locale];
}
