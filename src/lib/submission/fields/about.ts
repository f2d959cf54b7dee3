/** The catalogue's fields of the step 「どんな場所か」 (about). */
import { vocabulary } from '../../../i18n/ja/vocabulary.ts';
import { field, type FieldSpec } from './field.ts';

const { kind: KINDS, service: SERVICES, status: STATUSES } = vocabulary;

export const ABOUT_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'kind',
    step: 'about',
    label: 'kind',
    kind: 'choice',
    vocabulary: KINDS,
    empty: '',
    path: 'kind',
    issue: { id: 'kind', required: ['new'], heading: '種類 / Kind', description: 'どれか1つ' },
  }),
  field({
    key: 'name',
    step: 'about',
    label: 'name',
    kind: 'text',
    empty: '',
    path: 'name',
    issue: {
      id: 'name',
      required: ['new'],
      heading: '名前 / Name',
      description: '場所や活動の名前（例: おおとりみんな食堂）',
    },
  }),
  field({
    key: 'nameKana',
    step: 'about',
    label: 'nameKana',
    kind: 'text',
    empty: '',
    path: 'nameKana',
    issue: {
      id: 'name-kana',
      required: ['new'],
      heading: 'よみがな / Reading',
      description: 'ひらがなで（例: おおとりみんなしょくどう）',
    },
  }),
  field({
    key: 'summary',
    step: 'about',
    label: 'summary',
    kind: 'text',
    empty: '',
    path: 'summary',
    issue: {
      id: 'summary',
      required: ['new'],
      heading: 'ひとこと紹介 / Summary',
      description: '一覧に出る1行の紹介（120字まで）',
    },
  }),
  field({
    key: 'organization',
    step: 'about',
    label: 'organization',
    kind: 'text',
    empty: '',
    path: 'organization',
    issue: { id: 'organization', heading: '運営団体 / Organization', description: '任意' },
  }),
  field({
    key: 'services',
    step: 'about',
    label: 'services',
    kind: 'list',
    vocabulary: SERVICES,
    empty: [],
    path: 'services',
    issue: { id: 'services', heading: 'できること / Services', description: '任意' },
  }),
  field({
    key: 'description',
    step: 'about',
    label: 'description',
    kind: 'text',
    empty: '',
    inBody: true,
    fromFile: (_fm, body) => body,
    issue: {
      id: 'description',
      heading: '紹介文 / Description',
      description: 'くわしい紹介（任意）。Markdown が使えます',
      type: 'textarea',
    },
  }),
  field({
    key: 'status',
    step: 'about',
    label: 'status',
    kind: 'choice',
    vocabulary: STATUSES,
    empty: 'active',
    path: 'status',
    issue: { id: 'status', heading: '活動の状況 / Status', description: '空欄なら開催中' },
  }),
];
