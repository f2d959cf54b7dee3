/**
 * The issue forms under .github/ISSUE_TEMPLATE/, written from `ISSUE_FIELDS`
 * (the field catalogue's issue fields) by `npm run issue-forms`. A unit test fails when the committed files fall
 * behind the table, so the issue forms always match the web form.
 */
import { dump } from 'js-yaml';
import type { FormExamples } from '../form-examples.ts';
import { ISSUE_FIELDS, type FormMode } from './issue-fields.ts';

/** A field's help in the region's own words: its examples replace `{area}` and the like. */
function withExamples(description: string, examples: FormExamples): string {
  return description.replace(/\{(\w+)\}/g, (token, key: string) =>
    key in examples ? examples[key as keyof FormExamples] : token,
  );
}

const INTRO: Record<FormMode, string> = {
  new: [
    'こども向けの場所や活動を、地図に載せる申請です。サイトの「掲載を申請する」フォーム（/submit/）から来ると、入力した内容がここに入っています。',
    '',
    '- この issue は**公開されます**。「公開しません」と書いた欄も、この issue を見た人には読めます。電話番号などを公開したくない場合は、フォームの「ファイルをダウンロード」か「メールで送る」を使ってください。',
    '- 送ると自動で内容を確認し、問題がなければ編集担当が確認するためのプルリクエストが作られます。結果はこの issue にコメントされます。',
  ].join('\n'),
  correction: [
    '掲載中の情報の訂正です。各掲載ページの「情報の訂正を知らせる」から来ると、今の内容がここに入っています。変わったところだけ直してください。',
    '',
    '- この issue は**公開されます**。公開したくない内容は、フォームの「メールで送る」を使ってください。',
    '- 「そのほかの項目」はフォームで直せない項目です。そのままにしておけば、そのまま残ります。',
  ].join('\n'),
};

const META: Record<FormMode, { name: string; description: string; title: string; labels: string[] }> = {
  new: {
    name: '掲載の申請 / New listing',
    description: '子ども食堂・フリースクール・居場所・相談窓口・担い手を地図に載せる / Add a place to the map',
    title: '【掲載申請】',
    labels: ['listing-new'],
  },
  correction: {
    name: '情報の訂正 / Correction',
    description: '掲載中の情報のまちがい・変更を知らせる / Correct a listing',
    title: '【訂正】',
    labels: ['listing-correction'],
  },
};

export function issueTemplate(mode: FormMode, examples: FormExamples): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [{ type: 'markdown', attributes: { value: INTRO[mode] } }];
  for (const field of ISSUE_FIELDS) {
    if (!field.forms.includes(mode)) continue;
    body.push({
      type: field.type,
      id: field.id,
      attributes: {
        label: field.label,
        description: withExamples(field.description, examples),
        ...(field.render ? { render: field.render } : {}),
      },
      validations: { required: field.required.includes(mode) },
    });
  }
  body.push({
    type: 'checkboxes',
    id: 'agreement',
    attributes: {
      label: '確認 / Agreement',
      options: [
        {
          label:
            'この issue が公開されること、書いた内容が編集担当の確認のあとサイトに載ることを了承します / I understand this issue is public and the listing is published after review',
          required: true,
        },
      ],
    },
  });
  return { ...META[mode], body };
}

export function issueTemplateYaml(mode: FormMode, examples: FormExamples): string {
  return `# Generated from the field catalogue (src/lib/submission/fields/) and the content's site.yaml by \`npm run issue-forms\`; edit those, not this file.\n${dump(issueTemplate(mode, examples), { lineWidth: -1, noRefs: true })}`;
}

export const ISSUE_TEMPLATE_FILES: Record<FormMode, string> = {
  new: '.github/ISSUE_TEMPLATE/listing-new.yml',
  correction: '.github/ISSUE_TEMPLATE/listing-correction.yml',
};
