import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/schema/json-schema.ts';
import { KIND_VALUES } from '../../src/schema/vocabulary.ts';

const dir = path.resolve(import.meta.dirname, '../../content/schema');

describe('JSON Schemas for editors', () => {
  it.each(Object.keys(JSON_SCHEMAS))('%s is up to date with the zod schemas (npm run schema)', async (name) => {
    const committed = await readFile(path.join(dir, name), 'utf8');
    expect(committed).toBe(jsonSchemaText(name as keyof typeof JSON_SCHEMAS));
  });

  it('carry the vocabularies and refuse unknown keys, as the validator does', () => {
    const listing = JSON.parse(jsonSchemaText('listing.schema.json')) as {
      properties: { kind: { enum: string[] } };
      additionalProperties: boolean;
      required: string[];
    };
    expect(listing.properties.kind.enum).toEqual(KIND_VALUES);
    expect(listing.additionalProperties).toBe(false);
    expect(listing.required).toEqual(expect.arrayContaining(['kind', 'name', 'nameKana', 'status', 'verified']));
  });

  it('are named by the content files that editors open', async () => {
    const site = await readFile(path.resolve(dir, '../site.yaml'), 'utf8');
    expect(site.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/site.schema.json');
    const school = await readFile(path.resolve(dir, '../schools/otorigaoka-es.yaml'), 'utf8');
    expect(school.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/school.schema.json');
  });
});
