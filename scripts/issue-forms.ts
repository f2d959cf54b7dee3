/**
 * `npm run issue-forms`: writes the GitHub issue forms from the field table
 * the web form shares (src/lib/submission/issue-form.ts).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ISSUE_TEMPLATE_FILES, issueTemplateYaml } from '../src/lib/submission/issue-template.ts';

const root = path.resolve(import.meta.dirname, '..');
for (const [mode, file] of Object.entries(ISSUE_TEMPLATE_FILES) as Array<[keyof typeof ISSUE_TEMPLATE_FILES, string]>) {
  await writeFile(path.join(root, file), issueTemplateYaml(mode));
  console.log(`wrote ${file}`);
}
