/**
 * The shape every dictionary has: Japanese's, with each literal widened to
 * `string`. A dictionary typed `Messages` that misses or misspells a key fails
 * the type check.
 */
import type { ja } from './ja/index.ts';

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Messages = Widen<typeof ja>;
