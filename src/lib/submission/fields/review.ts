/** The catalogue's fields of the step 「確認して送る」 (review): the file name and the fields carried along. */
import { field, type FieldSpec } from './field.ts';

export const ID_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'id',
    step: 'review',
    label: 'id',
    kind: 'text',
    empty: '',
    formOnly: 'the file name and URL, not front matter',
    issue: {
      id: 'listing-id',
      required: ['correction'],
      heading: 'ID（ファイル名）',
      description: '訂正する掲載の ID（ページの URL の /listings/ の後ろ）。新しい掲載では空欄でかまいません',
      read: (text, draft) => {
        draft.id = text.trim();
        return undefined;
      },
    },
  }),
];

export const PRESERVED_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'preserved',
    step: 'review',
    label: 'preserved',
    kind: 'rich',
    empty: {},
    formOnly: 'carries the fields the form does not edit, unchanged',
    issue: {
      id: 'other-fields',
      heading: 'そのほかの項目 / Other fields',
      description: 'フォームにない項目（お知らせなど）。訂正のときはそのままにしてください',
      type: 'textarea',
      format: 'yaml',
      render: 'yaml',
    },
  }),
];
