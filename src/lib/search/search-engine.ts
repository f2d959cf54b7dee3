/**
 * Ranking typed queries over the search data. The query is folded exactly as
 * the data was. Two passes keep every keystroke fast with thousands of
 * listings:
 *
 * 1. Exact: every listing whose folded text contains the folded query,
 *    scored by the weight of the best field (name and reading first) and how
 *    early the match starts. Only the listings holding the query's rarest
 *    character pair (or character) are tested, found in an index grown as
 *    the search shards arrive.
 * 2. Typos (queries of 3 or more characters): listings that share enough
 *    character pairs with the query are ranked by fuse.js, at most
 *    FUZZY_CANDIDATES of them, and always below the exact matches.
 *
 * Queries of up to 2 characters match exactly only, so they do not flood the
 * list with near-misses. Tuned on the relevance set in
 * tests/unit/search-relevance.test.ts.
 *
 * Romaji finds a name by its reading: each reading is written in Hepburn here
 * in the browser (src/core/romaji.ts), so the data carries no copy of it, and
 * folded like any other text, so "hoshizora" finds ほしぞら. English words
 * reach Japanese ones through the synonyms file ("kids cafeteria" → こども食堂).
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { buildSynonymTable, normalizeForSearch, type SynonymTable } from '../../core/text-normalize.ts';
import { kanaToRomaji } from '../../core/romaji.ts';
import type { SearchRecord, SearchText } from './search-data.ts';

/** The fields searched: the data's, and the reading in romaji worked out from it. */
type IndexedText = Required<SearchText> & { romaji: string };
interface IndexedRecord {
  id: string;
  text: IndexedText;
  /**
   * Every field in FIELDS order, joined by a newline (folding removes spaces,
   * so no field and no query holds one), and where each field starts: one
   * indexOf over it tells whether a record matches, rather than one per field.
   */
  joined: string;
  starts: number[];
}

/** Joins the fields; `starts` has one more entry, the end of the joined text plus one. */
function joinFields(text: IndexedText): Pick<IndexedRecord, 'joined' | 'starts'> {
  const starts: number[] = [];
  let length = 0;
  for (const field of FIELDS) {
    starts.push(length);
    length += text[field].length + 1;
  }
  starts.push(length);
  return { joined: FIELDS.map((field) => text[field]).join('\n'), starts };
}

export const FIELD_WEIGHTS: Record<keyof IndexedText, number> = {
  name: 4,
  nameTranslated: 4,
  kana: 3,
  romaji: 3,
  kanaPlain: 2,
  org: 1.5,
  place: 1.5,
  district: 1.5,
  services: 1.5,
  summary: 1,
  summaryTranslated: 1,
  // Stations and landmarks near the place: below what the place is called or
  // where it is, so 鳳 ranks places named after 鳳 above those near 鳳駅.
  access: 0.75,
  description: 0.5,
};

const FIELDS = Object.keys(FIELD_WEIGHTS) as Array<keyof IndexedText>;
const MAX_WEIGHT = Math.max(...Object.values(FIELD_WEIGHTS));
const KEYS = FIELDS.map((key) => ({ name: ['text', key], weight: FIELD_WEIGHTS[key] }));

/** Fuse's fuzziness by query length in folded characters; 0 means exact only. */
export function thresholdFor(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 0.15;
  return 0.3;
}

/** At most this many listings go to fuse.js per keystroke, the most promising first. */
export const FUZZY_CANDIDATES = 200;

export interface SearchHit {
  id: string;
  /** Lower is better: exact matches score below 0.1, typo matches from 0.1 up. */
  score: number;
}

export interface ListingSearch {
  /** Folds a query as the data was folded. */
  fold(query: string): string;
  /** Matching ids, best first; undefined for an empty query (no text filter). */
  search(query: string): SearchHit[] | undefined;
  /**
   * Indexes more records, the first at `firstPosition` in the data's order
   * (shards arrive in pieces); ties rank by that order, so the results over
   * all shards are those over the whole file.
   */
  add(listings: readonly SearchRecord[], firstPosition: number): void;
  /** Records indexed so far. */
  readonly size: number;
}

function bigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function exactScore(record: IndexedRecord, query: string): number | undefined {
  const { joined, starts } = record;
  let best: number | undefined;
  let field = 0;
  // The first match in each field that has one: after a match, the search goes on from the next field.
  for (let found = joined.indexOf(query); found >= 0; found = joined.indexOf(query, starts[field])) {
    while (starts[field + 1]! <= found) field++;
    const name = FIELDS[field]!;
    const at = found - starts[field]!;
    // Heavier field first; then an earlier start; then a field that is mostly the query.
    const score =
      0.05 * (1 - FIELD_WEIGHTS[name] / MAX_WEIGHT) +
      0.01 * Math.min(1, at / 20) +
      0.001 * (1 - query.length / (starts[field + 1]! - 1 - starts[field]!));
    if (best === undefined || score < best) best = score;
    field++;
    if (field >= FIELDS.length) break;
  }
  return best;
}

/**
 * Positions of the records that may hold `folded` as a substring: those with
 * its rarest character (one-character queries) or its rarest character pair.
 * A superset of the exact matches, in the order the records were added, so
 * a keystroke tests a few records rather than all of them.
 */
export function prefilter(
  folded: string,
  chars: ReadonlyMap<string, readonly number[]>,
  pairs: ReadonlyMap<string, readonly number[]>,
): readonly number[] {
  const characters = [...folded];
  const keys = characters.length === 1 ? characters : [...bigrams(folded)];
  const index = characters.length === 1 ? chars : pairs;
  let rarest: readonly number[] | undefined;
  for (const key of keys) {
    const list = index.get(key) ?? [];
    if (!rarest || list.length < rarest.length) rarest = list;
    if (rarest.length === 0) break;
  }
  return rarest ?? [];
}

export function createListingSearch(listings: readonly SearchRecord[], synonymGroups: string[][]): ListingSearch {
  const synonyms: SynonymTable = buildSynonymTable(synonymGroups);
  const fold = (query: string) => normalizeForSearch(query, synonyms);
  // Sparse while shards are missing: a record sits at its position in the data.
  const records: IndexedRecord[] = [];
  let size = 0;
  // Whether positions were added out of order, so look-ups must sort them.
  let unordered = false;
  let last = -1;
  const fuseOptions: IFuseOptions<IndexedRecord> = {
    keys: KEYS,
    includeScore: true,
    ignoreLocation: true,
    isCaseSensitive: true, // the text is folded already
    shouldSort: true,
  };

  // Characters and character pairs → the positions of the records holding
  // them, grown with each shard: the pairs narrow exact matches to a few
  // records and find typo candidates; the characters narrow one-character queries.
  const charIndex = new Map<string, number[]>();
  const pairIndex = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, key: string, position: number) => {
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(position);
  };

  // The last query's exact matches: typing on extends a query, and whatever
  // holds the longer query holds the shorter one, so it is tested only
  // against them. Forgotten when records are added.
  let previous: { folded: string; exact: number[] } | undefined;

  function add(batch: readonly SearchRecord[], firstPosition: number) {
    if (batch.length > 0) previous = undefined;
    batch.forEach((listing, offset) => {
      const position = firstPosition + offset;
      if (records[position]) return;
      const text: IndexedText = {
        nameTranslated: '',
        summaryTranslated: '',
        ...listing.text,
        romaji: fold(kanaToRomaji(listing.text.kanaPlain)),
      };
      const record: IndexedRecord = { id: listing.id, text, ...joinFields(text) };
      records[position] = record;
      size++;
      if (position < last) unordered = true;
      last = Math.max(last, position);
      const chars = new Set<string>();
      const pairs = new Set<string>();
      for (const field of FIELDS) {
        const text = [...record.text[field]];
        for (let i = 0; i < text.length; i++) {
          chars.add(text[i]!);
          if (i + 1 < text.length) pairs.add(text[i]! + text[i + 1]!);
        }
      }
      for (const char of chars) post(charIndex, char, position);
      for (const pair of pairs) post(pairIndex, pair, position);
    });
  }
  add(listings, 0);

  const inOrder = (positions: readonly number[]) => (unordered ? [...positions].sort((a, b) => a - b) : positions);

  return {
    fold,
    add,
    get size() {
      return size;
    },
    search(query) {
      const folded = fold(query);
      if (folded.length === 0) return undefined;
      const hits: SearchHit[] = [];
      const exact = new Set<number>();
      let candidates = inOrder(prefilter(folded, charIndex, pairIndex));
      if (previous && folded.includes(previous.folded) && previous.exact.length < candidates.length) {
        candidates = previous.exact;
      }
      for (const position of candidates) {
        const record = records[position]!;
        const score = exactScore(record, folded);
        if (score !== undefined) {
          hits.push({ id: record.id, score });
          exact.add(position);
        }
      }
      previous = { folded, exact: [...exact] };

      const threshold = thresholdFor([...folded].length);
      if (threshold > 0) {
        const queryPairs = bigrams(folded);
        // One typo changes at most two pairs; ask for about half of them.
        const needed = Math.max(1, Math.ceil(queryPairs.size / 2));
        const shared = new Map<number, number>();
        for (const pair of queryPairs) {
          for (const position of inOrder(pairIndex.get(pair) ?? [])) {
            if (!exact.has(position)) shared.set(position, (shared.get(position) ?? 0) + 1);
          }
        }
        const candidates = [...shared]
          .filter(([, count]) => count >= needed)
          .sort((a, b) => b[1] - a[1])
          .slice(0, FUZZY_CANDIDATES)
          .map(([position]) => records[position]!);
        if (candidates.length > 0) {
          for (const result of new Fuse(candidates, { ...fuseOptions, threshold }).search(folded)) {
            hits.push({ id: result.item.id, score: 0.1 + (result.score ?? 0) });
          }
        }
      }
      return hits.sort((a, b) => a.score - b.score);
    },
  };
}
