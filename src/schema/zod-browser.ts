/**
 * The browser's `astro/zod`: the calls the schema files make (`z.string().min(1)`,
 * `.optional()`, `.superRefine(...)`, …) built on `zod/mini`, which shares zod's
 * core — the same parsing, the same checks, the same issues — without the method
 * library that keeps full zod from being tree-shaken (about 45 KB gzipped in the
 * form's script).
 *
 * The schema files stay the one source of truth: they are type-checked and run
 * against full zod on the server, and astro.config.mjs swaps this module in for
 * the client bundle only. `npm test` runs the schema and submission unit tests a
 * second time through this module (the `unit-browser-zod` project in
 * vitest.config.ts), so any call it lacks or answers differently fails there.
 */
import * as mini from 'zod/mini';
import { util } from 'zod/v4/core';

/** A zod/mini schema with the chainable methods the schema files call. */
type Mini = mini.ZodMiniType;
/** A check's message or options, handed to zod/mini as the schema file wrote it. */
type Params = never;
type Classic = Mini & Record<string, unknown>;

const CHAINS = {
  optional(this: Mini) {
    return classic(mini.optional(this));
  },
  array(this: Mini) {
    return classic(mini.array(this));
  },
  default(this: Mini, value: never) {
    return classic(mini._default(this, value));
  },
  transform(this: Mini, fn: (value: unknown, ctx: unknown) => unknown) {
    const step: Mini = mini.transform((value, payload) => {
      // Full zod hands a transform a context with addIssue(); zod/mini, the bare payload.
      const ctx = Object.assign(payload, {
        addIssue(issue: { fatal?: boolean }) {
          payload.issues.push(
            util.issue({
              code: 'custom',
              input: value,
              inst: step,
              ...(issue.fatal ? { continue: false } : {}),
              ...issue,
            } as never),
          );
        },
      });
      return fn(value, ctx);
    });
    return classic(mini.pipe(this, step));
  },
  min(this: Mini, n: number, params?: Params) {
    return classic(this.check(isNumeric(this) ? mini.gte(n, params) : mini.minLength(n, params)));
  },
  max(this: Mini, n: number, params?: Params) {
    return classic(this.check(isNumeric(this) ? mini.lte(n, params) : mini.maxLength(n, params)));
  },
  int(this: Mini, params?: Params) {
    return classic(this.check(mini.int(params) as never));
  },
  trim(this: Mini) {
    return classic(this.check(mini.trim()));
  },
  regex(this: Mini, pattern: RegExp, params?: Params) {
    return classic(this.check(mini.regex(pattern, params)));
  },
  refine(this: Mini, fn: (value: unknown) => unknown, params?: Params) {
    return classic(this.check(mini.refine(fn, params)));
  },
  superRefine(this: Mini, fn: Parameters<typeof mini.superRefine>[0], params?: Params) {
    return classic(this.check(mini.superRefine(fn, params)));
  },
  /** Field descriptions are for the JSON Schema and the docs; the browser never reads them. */
  meta(this: Mini) {
    return this;
  },
};

/** `.min()` and `.max()` bound a number's value, a string's or an array's length. */
function isNumeric(schema: Mini): boolean {
  return schema._zod.def.type === 'number';
}

function classic<T extends Mini>(schema: T): T & Classic {
  // Own properties, not a prototype: zod's `check()` and `clone()` build a fresh
  // instance, which each method wraps again.
  return Object.assign(schema, CHAINS) as unknown as T & Classic;
}

/** Each constructor the schema files call, returning a schema that chains. */
function wrapped<F extends (...args: never[]) => Mini>(fn: F): F {
  return ((...args: Parameters<F>) => classic(fn(...args))) as unknown as F;
}

export const z = {
  string: wrapped(mini.string),
  number: wrapped(mini.number),
  int: wrapped(mini.int),
  boolean: wrapped(mini.boolean),
  email: wrapped(mini.email),
  literal: wrapped(mini.literal),
  enum: wrapped(mini.enum),
  array: wrapped(mini.array),
  tuple: wrapped(mini.tuple),
  record: wrapped(mini.record),
  strictObject: wrapped(mini.strictObject),
  union: wrapped(mini.union),
  discriminatedUnion: wrapped(mini.discriminatedUnion),
  NEVER: mini.NEVER,
};
