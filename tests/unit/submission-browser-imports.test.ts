/**
 * The submission form's browser code reaches neither js-yaml nor the
 * issue-body reader: both belong to the issue script in Node. Followed
 * through every relative import, type-only ones aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/helpers.ts';

const FORM = path.join(REPO_ROOT, 'src/components/submit');

/** Value imports of a file: relative ones resolved, packages by name. */
function importsOf(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    const target = match[1]!;
    if (target.startsWith('.')) files.push(path.resolve(path.dirname(file), target));
    else packages.push(target);
  }
  return { files, packages };
}

function reach(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !/\.(ts|tsx)$/.test(file)) return;
    files.add(file);
    const found = importsOf(file);
    found.packages.forEach((p) => packages.add(p));
    found.files.forEach(visit);
  };
  for (const name of readdirSync(FORM)) if (/\.(ts|tsx)$/.test(name)) visit(path.join(FORM, name));
  return { files, packages };
}

describe('the submission form in the browser', () => {
  const { files, packages } = reach();

  it('is followed through its imports', () => {
    expect([...files].some((f) => f.endsWith('issue-link.ts'))).toBe(true);
  });

  it('loads no js-yaml and no issue-body reader', () => {
    expect([...packages].filter((p) => p.startsWith('js-yaml'))).toEqual([]);
    expect([...files].map((f) => path.relative(REPO_ROOT, f)).filter((f) => /issue-body|from-issue/.test(f))).toEqual(
      [],
    );
  });
});
