/**
 * `npm run issue-forms`: writes the GitHub issue forms from the field table
 * the web form shares (src/lib/submission/fields/), with the examples of
 * the region in the content folder's site.yaml (CONTENT_DIR, ./content by default).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { formExamples } from '../src/lib/form-examples.ts';
import { ISSUE_TEMPLATE_FILES, issueTemplateYaml } from '../src/lib/submission/issue-template.ts';

const root = path.resolve(import.meta.dirname, '..');
const { site } = await loadContent(contentDirFromEnv());
if (!site) {
  console.error(
    'site.yaml を読めません。npm run validate で確かめてください / site.yaml cannot be read: run npm run validate',
  );
  process.exit(1);
}
for (const [mode, file] of Object.entries(ISSUE_TEMPLATE_FILES) as Array<[keyof typeof ISSUE_TEMPLATE_FILES, string]>) {
  await writeFile(path.join(root, file), issueTemplateYaml(mode, formExamples(site)));
  console.log(`wrote ${file}`);
}
