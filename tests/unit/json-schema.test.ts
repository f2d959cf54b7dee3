import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/schema/json-schema.ts';
import { KIND_VALUES } from '../../src/schema/vocabulary.ts';

const dir = path.resolve(import.meta.dirname, '../../content/schema');
const root = path.resolve(import.meta.dirname, '../..');

type SchemaName = keyof typeof JSON_SCHEMAS;
const NAMES = Object.keys(JSON_SCHEMAS) as SchemaName[];

async function committedSchema(name: SchemaName): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Record<string, unknown>;
}

/** Every object property anywhere in a schema, with a readable path: `location.lat`, `hotlines[].number`. */
function propertiesOf(node: unknown, at = ''): Array<{ path: string; schema: Record<string, unknown> }> {
  if (Array.isArray(node)) return node.flatMap((item) => propertiesOf(item, at));
  if (node === null || typeof node !== 'object') return [];
  const found: Array<{ path: string; schema: Record<string, unknown> }> = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, schema] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        const here = at ? `${at}.${name}` : name;
        found.push({ path: here, schema }, ...propertiesOf(schema, here));
      }
    } else {
      found.push(...propertiesOf(value, key === 'items' ? `${at}[]` : at));
    }
  }
  return found;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Japanese first, then English, on one line: 「日本語 / English」. */
function descriptionProblem(description: unknown): string | undefined {
  if (typeof description !== 'string') return 'no description';
  if (/[\r\n]/.test(description)) return 'more than one line';
  const slash = description.lastIndexOf(' / ');
  if (slash === -1) return 'no " / " between the Japanese and the English';
  if (!JAPANESE.test(description.slice(0, slash))) return 'no Japanese before " / "';
  if (!/[A-Za-z]{2}/.test(description.slice(slash + 3))) return 'no English after " / "';
  return undefined;
}

/** Reads YAML as the editors' language server does: YAML 1.2, so dates stay text. */
function yamlData(text: string): unknown {
  return parseYaml(text);
}

/** The front matter of a listing file, cut out without the project's own parser. */
function frontMatter(text: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('no front matter');
  return match[1]!;
}

async function filesIn(folder: string, ext: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(folder, path.join(entry.parentPath, entry.name));
    if (entry.isFile() && entry.name.endsWith(ext) && !rel.split(path.sep).some((part) => part.startsWith('.')))
      found.push(path.join(folder, rel));
  }
  return found.sort();
}

async function validators(): Promise<Record<SchemaName, ValidateFunction>> {
  // Strict mode, so that a keyword ajv does not know (one an editor may ignore too) fails here;
  // a phone number may be written as text or as a YAML number, hence the union type.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  const entries = await Promise.all(NAMES.map(async (name) => [name, ajv.compile(await committedSchema(name))]));
  return Object.fromEntries(entries) as Record<SchemaName, ValidateFunction>;
}

function problems(validate: ValidateFunction, data: unknown, file: string): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${file}: ${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Each content file with the schema that describes it. */
async function contentFiles(folder: string): Promise<Array<{ file: string; schema: SchemaName; data: unknown }>> {
  const files: Array<{ file: string; schema: SchemaName; data: unknown }> = [];
  const read = (file: string) => readFile(file, 'utf8');
  files.push({
    file: 'site.yaml',
    schema: 'site.schema.json',
    data: yamlData(await read(path.join(folder, 'site.yaml'))),
  });
  const synonyms = await read(path.join(folder, 'search-synonyms.yaml')).catch(() => undefined);
  if (synonyms !== undefined)
    files.push({ file: 'search-synonyms.yaml', schema: 'search-synonyms.schema.json', data: yamlData(synonyms) });
  for (const file of await filesIn(path.join(folder, 'schools'), '.yaml'))
    files.push({ file: path.relative(folder, file), schema: 'school.schema.json', data: yamlData(await read(file)) });
  const helpLines = await filesIn(path.join(folder, 'help-lines'), '.yaml').catch(() => []);
  for (const file of helpLines)
    files.push({
      file: path.relative(folder, file),
      schema: 'help-lines.schema.json',
      data: yamlData(await read(file)),
    });
  for (const file of await filesIn(path.join(folder, 'listings'), '.md'))
    files.push({
      file: path.relative(folder, file),
      schema: 'listing.schema.json',
      data: yamlData(frontMatter(await read(file))),
    });
  return files;
}

describe('JSON Schemas for editors', () => {
  it.each(NAMES)('%s is up to date with the zod schemas (npm run schema)', async (name) => {
    const committed = await readFile(path.join(dir, name), 'utf8');
    expect(committed).toBe(jsonSchemaText(name));
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

  it.each(NAMES)('%s describes every property in Japanese, then English, on one line', async (name) => {
    const properties = propertiesOf(await committedSchema(name));
    expect(properties.length).toBeGreaterThan(0);
    const missing = properties.flatMap(({ path: at, schema }) => {
      const problem = descriptionProblem(schema.description);
      return problem ? [`${at}: ${problem}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it.each(NAMES)('%s gives the same length limit in its descriptions as in its rules', async (name) => {
    const wrong = propertiesOf(await committedSchema(name)).flatMap(({ path: at, schema }) => {
      const text = String(schema.description);
      // The limit of the text itself, or of each text in a list (or a list of lists).
      let node: Record<string, unknown> | undefined = schema;
      while (node && node.maxLength === undefined) node = node.items as Record<string, unknown> | undefined;
      const limit = node?.maxLength as number | undefined;
      const said = [...text.matchAll(/(\d+)字|up to (\d+) characters/g)].map((m) => Number(m[1] ?? m[2]));
      return said.filter((n) => n !== limit).map((n) => `${at}: says ${n}, allows ${String(limit)}`);
    });
    expect(wrong).toEqual([]);
  });

  it('the walk and the description check would notice a field without one', () => {
    const schema = { properties: { a: { description: '説明 / Meaning' }, b: { items: { properties: { c: {} } } } } };
    expect(propertiesOf(schema).map((p) => p.path)).toEqual(['a', 'b', 'b[].c']);
    expect(descriptionProblem(undefined)).toBe('no description');
    expect(descriptionProblem('Meaning only')).toBeDefined();
    expect(descriptionProblem('説明だけ')).toBeDefined();
    expect(descriptionProblem('English / 日本語')).toBeDefined();
    expect(descriptionProblem('説明 / Meaning\nmore')).toBe('more than one line');
  });

  it.each(['content', 'tests/fixtures/content-good', 'tests/fixtures/content-fork'])(
    'the files of %s pass an independent JSON Schema validator',
    async (folder) => {
      const validate = await validators();
      const files = await contentFiles(path.join(root, folder));
      expect(files.filter((f) => f.schema === 'listing.schema.json').length).toBeGreaterThan(0);
      expect(files.flatMap(({ file, schema, data }) => problems(validate[schema], data, file))).toEqual([]);
    },
  );

  it('the independent validator refuses what the content validator refuses field by field', async () => {
    const validate = await validators();
    const text = await readFile((await filesIn(path.join(root, 'content/listings'), '.md'))[0]!, 'utf8');
    const listing = yamlData(frontMatter(text)) as Record<string, unknown>;
    expect(problems(validate['listing.schema.json'], listing, 'listing')).toEqual([]);
    for (const broken of [
      { ...listing, opnes: '11:00' },
      { ...listing, kind: '子ども食堂' },
      { ...listing, nameKana: 'カタカナ' },
      { ...listing, verified: { ...(listing.verified as object), date: '2026/11/10' } },
    ])
      expect(validate['listing.schema.json'](broken)).toBe(false);
  });

  it('are named by the content files that editors open', async () => {
    const firstLine = async (file: string) => (await readFile(path.join(root, 'content', file), 'utf8')).split('\n')[0];
    expect(await firstLine('site.yaml')).toBe('# yaml-language-server: $schema=./schema/site.schema.json');
    expect(await firstLine('search-synonyms.yaml')).toBe(
      '# yaml-language-server: $schema=./schema/search-synonyms.schema.json',
    );
    for (const file of await filesIn(path.join(root, 'content/help-lines'), '.yaml'))
      expect(await firstLine(path.relative(path.join(root, 'content'), file))).toBe(
        '# yaml-language-server: $schema=../schema/help-lines.schema.json',
      );
    const schools = await filesIn(path.join(root, 'content/schools'), '.yaml');
    expect(schools.length).toBeGreaterThan(0);
    for (const school of schools)
      expect(await firstLine(path.relative(path.join(root, 'content'), school))).toBe(
        '# yaml-language-server: $schema=../schema/school.schema.json',
      );
  });
});
