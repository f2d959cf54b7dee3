// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-check/', '.astro/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers depend one way: core ← i18n, schema ← lib ← data ← components, layouts ← pages.
  ...layers([
    {
      files: ['src/core/**'],
      forbid: ['schema', 'lib', 'data', 'components', 'layouts', 'pages'],
      modules: ['astro:*', 'astro/zod', 'zod', 'node:*'],
      why: 'src/core is the floor: zod-free, browser-safe, importing nothing of the project',
    },
    {
      files: ['src/i18n/**'],
      forbid: ['lib', 'data', 'components', 'layouts', 'pages'],
      modules: ['astro:*', 'astro/zod', 'zod', 'node:*'],
      why: 'src/i18n holds words only: it may import src/core, and types of src/schema',
    },
    {
      files: ['src/schema/**'],
      forbid: ['lib', 'data', 'components', 'layouts', 'pages'],
      modules: ['astro:*'],
      why: 'src/schema holds zod schemas only: it may import src/core',
    },
    {
      files: ['src/lib/**'],
      forbid: ['data', 'components', 'layouts', 'pages'],
      modules: ['astro:*'],
      why: 'src/lib is plain TypeScript under the Astro bridge in src/data',
    },
    {
      files: ['src/data/**'],
      forbid: ['components', 'layouts', 'pages'],
      why: 'src/data bridges Astro to src/lib; UI imports it, not the other way',
    },
    {
      files: ['src/components/**', 'src/layouts/**'],
      forbid: ['pages'],
      why: 'pages compose components and layouts',
    },
  ]),
  {
    // Code that runs in the browser must not pull in Node or the content loader.
    files: ['src/components/**/*.ts', 'src/components/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
            {
              group: ['**/lib/content/*'],
              allowTypeImports: true,
              message: 'Browser code cannot use the content loader (src/lib/content is the Node side).',
            },
          ],
        },
      ],
    },
  },
);

/**
 * One `no-restricted-imports` block per layer: relative imports into the
 * folders a layer sits under, and the modules it may not use.
 * @param {Array<{ files: string[]; forbid: string[]; modules?: string[]; why: string }>} rules
 * @returns {import('eslint').Linter.Config[]}
 */
function layers(rules) {
  return rules.map(({ files, forbid, modules = [], why }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbid.map((folder) => ({
              group: [`../**/${folder}/*`, `../${folder}/*`, `../../${folder}/*`],
              message: `${why}; it may not import src/${folder}.`,
            })),
            ...(modules.length ? [{ group: modules, message: `${why}.` }] : []),
          ],
        },
      ],
    },
  }));
}
