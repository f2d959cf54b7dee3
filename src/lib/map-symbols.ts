/** One letter per kind, drawn inside a shape of its own on the map and in the legend. */
import type { Kind } from '../schema/vocabulary.ts';

export const KIND_SYMBOL: Record<Kind, string> = {
  'kodomo-shokudo': '食',
  'free-school': '学',
  ibasho: '居',
  consultation: '相',
  volunteer: '手',
};
