/**
 * `npm run schema`: writes <content folder>/schema/*.schema.json from the zod
 * schemas, into the folder CONTENT_DIR names (./content by default), so a ward
 * keeping its content in a repository of its own gets its editors' schemas there.
 * `--check` writes nothing and fails when a committed file is out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDirFromEnv } from '../src/lib/content/content-dir.ts';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/schema/json-schema.ts';

const dir = path.join(contentDirFromEnv(), 'schema');
await mkdir(dir, { recursive: true });
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
