/** `content/search-synonyms.yaml`: groups of spellings search treats as one. */
import { z } from 'astro/zod';
import { oneLine } from './primitives.ts';

export const synonymsSchema = z.strictObject({
  /** Each group lists spellings of one word; the first is the form they fold to. */
  groups: z.array(
    z.array(oneLine(30)).min(2, { error: '1グループに2つ以上書いてください / List at least two spellings per group' }),
  ),
});
export type Synonyms = z.infer<typeof synonymsSchema>;
