/**
 * The layers of src/ depend one way — core ← schema ← lib ← data ←
 * components, layouts ← pages — with no import cycles, and the lint rule that
 * keeps the direction fails on an import against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/helpers.ts';

const SRC = path.join(REPO_ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|tsx|astro)$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name));

/** Every relative import of a file (in front matter, scripts and code), resolved to a file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    out.push(path.resolve(path.dirname(file), match[1]!));
  }
  return out;
}

const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));

describe('src/', () => {
  it('resolves every relative import to a file that exists', () => {
    const missing = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => !files.includes(target) && !/\.(css|json|svg)$/.test(target))
        .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no import cycles, type-only ones included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(SRC, f)).join(' → '));
        } else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('has a floor, src/core, that imports nothing of the project', () => {
    const core = files.filter((f) => f.startsWith(path.join(SRC, 'core') + path.sep));
    expect(core.length).toBeGreaterThan(5);
    for (const file of core) {
      for (const target of graph.get(file)!) expect(target.startsWith(path.join(SRC, 'core'))).toBe(true);
    }
  });
});

describe('the lint rule for the direction of imports', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const lint = async (code: string, file: string) =>
    (await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) }))[0]!.messages.map((m) => m.message);

  it.each([
    [
      "import { href } from '../data/urls.ts';\nexport const x = href;\n",
      'src/lib/example.ts',
      /may not import src\/data/,
    ],
    [
      "import { geo } from '../lib/geo.ts';\nexport const x = geo;\n",
      'src/schema/example.ts',
      /may not import src\/lib/,
    ],
    ["import { z } from 'astro/zod';\nexport const x = z;\n", 'src/core/example.ts', /src\/core is the floor/],
    ["import { readFile } from 'node:fs';\nexport const x = readFile;\n", 'src/components/x/example.ts', /Node/],
    [
      "import { loadContent } from '../../lib/content/load-content.ts';\nexport const x = loadContent;\n",
      'src/components/x/example.ts',
      /content loader/,
    ],
  ])('fails %j in %s', async (code, file, message) => {
    expect((await lint(code, file)).join('\n')).toMatch(message);
  });

  it('passes imports that follow it', async () => {
    expect(
      await lint(
        "import { tokyoToday } from '../core/civil-date.ts';\nimport { KIND_VALUES } from '../schema/vocabulary.ts';\nexport const x = [tokyoToday, KIND_VALUES];\n",
        'src/lib/example.ts',
      ),
    ).toEqual([]);
  });
});
