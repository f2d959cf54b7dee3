/**
 * `npm run schema`: writes content/schema/*.schema.json from the zod schemas.
 * `--check` writes nothing and fails when a committed file is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/schema/json-schema.ts';

const dir = path.resolve(import.meta.dirname, '..', 'content', 'schema');
const check = process.argv.includes('--check');
let stale = 0;
for (const name of Object.keys(JSON_SCHEMAS) as Array<keyof typeof JSON_SCHEMAS>) {
  const file = path.join(dir, name);
  const text = jsonSchemaText(name);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(
      `${path.relative(process.cwd(), file)}: 古くなっています。npm run schema を実行してください / Out of date: run npm run schema`,
    );
  } else {
    await writeFile(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
