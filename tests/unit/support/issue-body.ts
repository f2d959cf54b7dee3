/**
 * An issue body as GitHub writes it for an issue form: each field's label as a
 * `###` heading, `_No response_` for empty fields, YAML fields fenced.
 */
import type { SubmissionDraft } from '../../../src/lib/submission/draft.ts';
import { ISSUE_FIELDS, type FormMode } from '../../../src/lib/submission/issue-fields.ts';
import { forPublicIssue } from '../../../src/lib/privacy/public-draft.ts';

export function issueBody(mode: FormMode, draft: SubmissionDraft, overrides: Record<string, string> = {}): string {
  const safe = forPublicIssue(draft);
  const sections = ISSUE_FIELDS.filter((f) => f.forms.includes(mode)).map((field) => {
    const value = overrides[field.id] ?? field.write(safe);
    const shown =
      value.trim() === '' ? '_No response_' : field.render ? `\`\`\`${field.render}\n${value}\n\`\`\`` : value;
    return `### ${field.label}\n\n${shown}`;
  });
  sections.push('### 確認 / Agreement\n\n- [X] この issue が公開されること…を了承します');
  return sections.join('\n\n');
}
