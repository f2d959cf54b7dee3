/**
 * The search data cut for the directory: a small manifest (synonyms,
 * holidays, schools and how many records there are) and shards of
 * SEARCH_SHARD_SIZE records in the order of /search-data.json. A phone shows
 * its first results from the manifest and the first shard, and fetches the
 * other shards in the background, so what it must download before it shows
 * anything stays the same at any number of listings.
 */
import type { SearchData, SearchRecord } from './search-data.ts';

/** Records per shard: a few KB gzipped each, so the first results need little. */
export const SEARCH_SHARD_SIZE = 100;

export interface SearchManifest extends Omit<SearchData, 'listings'> {
  /** Records in all shards together. */
  total: number;
  /** Records per shard; the last shard may hold fewer. */
  shardSize: number;
  /** Shards, numbered from 0 (`<n>.json`); at least one, empty when there are no listings. */
  shards: number;
}

export function shardCount(total: number, shardSize = SEARCH_SHARD_SIZE): number {
  return Math.max(1, Math.ceil(total / shardSize));
}

export function searchManifest(
  data: Omit<SearchData, 'listings'>,
  total: number,
  shardSize = SEARCH_SHARD_SIZE,
): SearchManifest {
  const { synonyms, nearbyRadiusM, holidays, schools } = data;
  return { synonyms, nearbyRadiusM, holidays, schools, total, shardSize, shards: shardCount(total, shardSize) };
}

/** Shard `n`: the items from position n × shardSize on, at most shardSize of them. */
export function shardSlice<T>(items: readonly T[], n: number, shardSize = SEARCH_SHARD_SIZE): T[] {
  return items.slice(n * shardSize, (n + 1) * shardSize);
}

/**
 * Puts shards back together in order as they arrive, in any order: `add`
 * returns the records that now continue the list without a gap, with the
 * position of the first, so a search index grows in the data's order and
 * ranks ties exactly as over the whole file.
 */
export class ShardAssembler {
  private readonly waiting = new Map<number, SearchRecord[]>();
  private next = 0;
  /** Records placed so far, in order. */
  readonly records: SearchRecord[] = [];

  readonly shards: number;

  constructor(shards: number) {
    this.shards = shards;
  }

  get complete(): boolean {
    return this.next >= this.shards;
  }

  add(n: number, records: SearchRecord[]): { records: SearchRecord[]; firstPosition: number } {
    if (n >= this.next && !this.waiting.has(n)) this.waiting.set(n, records);
    const firstPosition = this.records.length;
    const placed: SearchRecord[] = [];
    for (let shard = this.waiting.get(this.next); shard; shard = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      for (const record of shard) placed.push(record);
    }
    for (const record of placed) this.records.push(record);
    return { records: placed, firstPosition };
  }
}
