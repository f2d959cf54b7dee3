/**
 * JSON Schemas of the content files, generated from the zod schemas the
 * build uses, for editors that check YAML as it is typed. Each field's
 * `.meta({ description })` becomes its `description`, which the YAML language
 * server shows on hover. Refinements that span fields (closing after opening,
 * ids that exist) cannot be expressed there; `npm run validate` remains the
 * full check.
 */
import { z } from 'astro/zod';
import { listingSchema } from './listing.ts';
import { schoolSchema } from './school.ts';
import { siteSchema } from './site.ts';
import { synonymsSchema } from './synonyms.ts';
import { helpLinesSchema } from './help-lines.ts';

export const JSON_SCHEMAS = {
  'listing.schema.json': { schema: listingSchema, title: '掲載情報のフロントマター / Listing front matter' },
  'school.schema.json': { schema: schoolSchema, title: '学校ファイル / School file' },
  'site.schema.json': { schema: siteSchema, title: 'site.yaml' },
  'search-synonyms.schema.json': { schema: synonymsSchema, title: 'search-synonyms.yaml' },
  'help-lines.schema.json': {
    schema: helpLinesSchema,
    title: '相談の電話の案内（help-lines/<言語>.yaml） / Help-line texts of one language',
  },
} as const;

/** The file's text: stable key order and a trailing newline, so a regeneration shows as no change. */
export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const { schema, title } = JSON_SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  const { $schema, ...rest } = json;
  return `${JSON.stringify(descriptionFirst({ $schema, title, ...rest }), null, 2)}\n`;
}

/**
 * zod writes a description before or after the constraints depending on
 * where `.meta()` sits in the chain; putting it first in every node lets a
 * reader of the file see what a field is before what it accepts.
 */
function descriptionFirst(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(descriptionFirst);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, descriptionFirst(value)] as const);
  const isText = ([key, value]: readonly [string, unknown]) => key === 'description' && typeof value === 'string';
  return Object.fromEntries([...entries.filter(isText), ...entries.filter((entry) => !isText(entry))]);
}
