/** `content/search-synonyms.yaml`: groups of spellings search treats as one. */
import { z } from 'astro/zod';
import { oneLine } from './primitives.ts';

export const synonymsSchema = z.strictObject({
  groups: z
    .array(
      z
        .array(oneLine(30))
        .min(2, { error: '1グループに2つ以上書いてください / List at least two spellings per group' }),
    )
    .meta({
      description:
        '検索で同じものとして扱う書き方のグループ（1グループに2つ以上、各30字。最初の書き方にそろえる）。例: [こども, 子ども, 子供] / Groups of spellings search treats as one word: at least two each (up to 30 characters), folded to the first',
    }),
});
export type Synonyms = z.infer<typeof synonymsSchema>;
