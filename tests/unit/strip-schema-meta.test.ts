import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { stripMetaCalls } from '../../src/lib/build/strip-schema-meta.ts';

describe('the browser copy of the schema', () => {
  it('drops .meta(…) calls whole, even with parentheses and quotes inside their text', () => {
    const code = `const a = z.string().max(80).optional().meta({ description: 'A (note) with ) and \\' inside', examples: ["x)"] });
const b = z.enum(['a', 'b'])
  .meta({
    // a comment with a ) in it
    description: \`two (lines)\`,
  })
  .default('a');`;
    expect(stripMetaCalls(code)).toBe(`const a = z.string().max(80).optional();
const b = z.enum(['a', 'b'])
  
  .default('a');`);
  });

  it('takes only the documentation out of the listing schema: every rule call stays', async () => {
    const source = await readFile(new URL('../../src/schema/listing.ts', import.meta.url), 'utf8');
    const stripped = stripMetaCalls(source);
    expect(stripped).not.toContain('.meta(');
    expect(stripped.length).toBeLessThan(source.length * 0.7);
    // Every rule call of the original is still there.
    for (const rule of ['.max(', '.min(', '.regex(', '.refine(', '.superRefine(', '.optional(', '.default(']) {
      expect(stripped.split(rule).length, rule).toBe(source.split(rule).length);
    }
  });
});
