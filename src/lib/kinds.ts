/**
 * Everything the site knows about a kind besides its words, in one place: a
 * new kind is a value in src/schema/vocabulary.ts, its labels in
 * src/i18n/ja/vocabulary.ts, a row here and its colours in the CSS
 * (`.kind-tile--*`, `.kind-badge--*`, `.map-pin--*`, named by the value).
 * The value itself is the page slug (/kinds/<value>/).
 */
import type { Kind } from '../schema/vocabulary.ts';

export interface KindInfo {
  /** One letter drawn inside the kind's own shape on the map and in the legend. */
  readonly symbol: string;
  /** The schema.org type of a listing page's JSON-LD. */
  readonly schemaType: string;
  /** The need (src/lib/schools/needs.ts) every listing of the kind answers, if any. */
  readonly need: string | null;
}

export const KIND_INFO = {
  'kodomo-shokudo': { symbol: '食', schemaType: 'FoodEstablishment', need: 'meal' },
  'free-school': { symbol: '学', schemaType: 'EducationalOrganization', need: 'school-difficulty' },
  ibasho: { symbol: '居', schemaType: 'CivicStructure', need: 'after-school' },
  consultation: { symbol: '相', schemaType: 'Organization', need: 'consultation' },
  volunteer: { symbol: '手', schemaType: 'Organization', need: null },
} as const satisfies Record<Kind, KindInfo>;
