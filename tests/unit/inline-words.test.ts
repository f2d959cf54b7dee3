/**
 * The site's words live in src/i18n, not in markup: a .astro or .tsx file
 * under src/pages, src/layouts or src/components that spells out Japanese
 * outside a comment fails here. The allow-list names files whose words have
 * not moved yet; it only ever shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/helpers.ts';

const ROOTS = ['src/pages', 'src/layouts', 'src/components'];

/** Files whose words are still inline, relative to the repository root. */
const NOT_YET_MOVED = new Set<string>([]);

const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff9f]/;

/** The file without its comments: HTML, block and line comments (not the `//` of a URL). */
function withoutComments(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
}

function sourceFiles(): string[] {
  return ROOTS.flatMap((root) =>
    readdirSync(path.join(REPO_ROOT, root), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(astro|tsx)$/.test(e.name))
      .map((e) => path.relative(REPO_ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  ).sort();
}

/** The lines of a file that spell out Japanese outside comments. */
export function inlineJapanese(text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .filter((line) => JAPANESE.test(line));
}

describe('words in markup', () => {
  const files = sourceFiles();

  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.filter((f) => !NOT_YET_MOVED.has(f)))('%s takes its words from src/i18n', (file) => {
    expect(inlineJapanese(readFileSync(path.join(REPO_ROOT, file), 'utf8'))).toEqual([]);
  });

  it('allows only files that exist and still need it', () => {
    const stale = [...NOT_YET_MOVED].filter(
      (f) => !files.includes(f) || inlineJapanese(readFileSync(path.join(REPO_ROOT, f), 'utf8')).length === 0,
    );
    expect(stale).toEqual([]);
  });

  it('ignores comments and URLs', () => {
    expect(inlineJapanese('<!-- 日本語 -->\n/* 日本語 */\n// 日本語\nconst u = "https://example.jp"; // 説明')).toEqual(
      [],
    );
    expect(inlineJapanese('<p>日本語</p>')).toEqual(['<p>日本語</p>']);
  });
});
