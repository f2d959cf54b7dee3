/**
 * Ranking typed queries over the search data with fuse.js. The query is
 * folded exactly as the data was; short queries must match exactly (no flood
 * of near-misses), longer ones tolerate a typo. Weights put a match in the
 * name or its reading first.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { buildSynonymTable, normalizeForSearch, type SynonymTable } from '../text-normalize.ts';
import type { SearchRecord } from './search-data.ts';

export const FIELD_WEIGHTS: Record<keyof SearchRecord['text'], number> = {
  name: 4,
  kana: 3,
  kanaPlain: 2,
  org: 1.5,
  place: 1.5,
  district: 1.5,
  services: 1.5,
  summary: 1,
  description: 0.5,
};

const KEYS = Object.entries(FIELD_WEIGHTS).map(([key, weight]) => ({ name: ['text', key], weight }));

/**
 * Fuzziness by query length (in folded characters). Tuned on the relevance
 * set in tests/unit/search-relevance.test.ts: up to 2 characters only exact
 * substrings; from 5, about one typo in five characters.
 */
export function thresholdFor(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 0.15;
  return 0.3;
}

export interface SearchHit {
  id: string;
  /** 0 is a perfect match, 1 no match. */
  score: number;
}

export interface ListingSearch {
  /** Folds a query as the data was folded. */
  fold(query: string): string;
  /** Matching ids, best first; undefined for an empty query (no text filter). */
  search(query: string): SearchHit[] | undefined;
}

export function createListingSearch(records: readonly SearchRecord[], synonymGroups: string[][]): ListingSearch {
  const synonyms: SynonymTable = buildSynonymTable(synonymGroups);
  const base: IFuseOptions<SearchRecord> = {
    keys: KEYS,
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: false,
    isCaseSensitive: true, // text is folded already
    shouldSort: true,
  };
  const index: FuseIndex<SearchRecord> = Fuse.createIndex(KEYS, records as SearchRecord[]);
  const engines = new Map<number, Fuse<SearchRecord>>();
  const engineFor = (threshold: number) => {
    let engine = engines.get(threshold);
    if (!engine) {
      engine = new Fuse(records as SearchRecord[], { ...base, threshold }, index);
      engines.set(threshold, engine);
    }
    return engine;
  };
  const fold = (query: string) => normalizeForSearch(query, synonyms);
  return {
    fold,
    search(query) {
      const folded = fold(query);
      if (folded.length === 0) return undefined;
      const length = [...folded].length;
      return engineFor(thresholdFor(length))
        .search(folded)
        .map((result) => ({ id: result.item.id, score: result.score ?? 0 }));
    },
  };
}
