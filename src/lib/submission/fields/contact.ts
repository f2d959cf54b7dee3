/** The catalogue's fields of the step 「連絡先・公開の同意」 (contact), and the message for the editors. */
import { readPhone } from '../../../core/phone-number.ts';
import type { SubmissionDraft } from '../draft-types.ts';
import { answerOf, linksOf, linksText, text } from '../file-values.ts';
import { field, type FieldSpec } from './field.ts';

export const CONTACT_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'phone',
    step: 'contact',
    label: 'phone',
    kind: 'text',
    empty: '',
    path: 'contact.phone',
    errorsOf: ['contact'],
    toFile: (draft) => phoneOf(draft),
    issue: { id: 'phone', heading: '電話番号 / Phone', description: '例: 072-000-1234' },
  }),
  field({
    key: 'phoneConsent',
    step: 'contact',
    label: 'phoneConsent',
    kind: 'answer',
    empty: '',
    path: 'contact.phoneConsent',
    // Written only when answered; "no" is written too, so the number stays private.
    toFile: (draft) => (phoneOf(draft) && draft.phoneConsent !== '' ? draft.phoneConsent === 'yes' : undefined),
    fromFile: (fm) => (fm.contact?.phone ? answerOf(fm.contact.phoneConsent) : ''),
    issue: {
      id: 'phone-consent',
      heading: '電話番号の公開 / Publish the phone number',
      description: '電話番号を書いた場合は必ず選んでください。選ばなければ公開しません',
      words: { yes: 'サイトに載せてよい', no: '載せない（編集担当の確認用）' },
    },
  }),
  field({
    key: 'phoneHours',
    step: 'contact',
    label: 'phoneHours',
    kind: 'text',
    empty: '',
    path: 'contact.phoneHours',
    issue: { id: 'phone-hours', heading: '電話の受付時間 / Phone hours', description: '例: 平日 10:00〜17:00' },
  }),
  field({
    key: 'email',
    step: 'contact',
    label: 'email',
    kind: 'text',
    empty: '',
    path: 'contact.email',
    issue: { id: 'email', heading: 'メールアドレス / E-mail', description: 'サイトに載せるもの（任意）' },
  }),
  field({
    key: 'website',
    step: 'contact',
    label: 'website',
    kind: 'text',
    empty: '',
    path: 'contact.website',
    issue: { id: 'website', heading: 'ウェブサイト / Website', description: 'https:// から' },
  }),
  field({
    key: 'line',
    step: 'contact',
    label: 'line',
    kind: 'text',
    empty: '',
    path: 'contact.line',
    issue: { id: 'line', heading: 'LINE', description: 'LINE 公式アカウントの URL（任意）' },
  }),
  field({
    key: 'form',
    step: 'contact',
    label: 'form',
    kind: 'text',
    empty: '',
    path: 'contact.form',
    issue: { id: 'form', heading: '問い合わせフォーム / Contact form', description: 'URL（任意）' },
  }),
  field({
    key: 'links',
    step: 'contact',
    label: 'links',
    kind: 'text',
    empty: '',
    path: 'links',
    items: { list: 'links' },
    toFile: (draft) => linksOf(draft.links),
    fromFile: (fm) => linksText(fm.links ?? []),
    issue: {
      id: 'links',
      heading: 'リンク / Links',
      description: '任意。1行に1つ、名前と URL を空白で区切って（例: 活動の記録 https://example.jp/blog）',
      type: 'textarea',
    },
  }),
  field({
    key: 'isOperator',
    step: 'contact',
    label: 'isOperator',
    kind: 'answer',
    empty: '',
    // The sender confirms the listing today, as the operator or not.
    path: 'verified',
    toFile: (draft, today) => ({
      date: today,
      by: draft.isOperator === 'yes' ? 'operator' : 'unconfirmed',
      source: draft.isOperator === 'yes' ? 'ウェブフォームからの申請（運営者）' : 'ウェブフォームからの申請',
    }),
    // Whoever corrects a listing says anew whether they run it.
    fromFile: () => '',
    issue: {
      id: 'is-operator',
      required: ['new'],
      heading: '運営している方ですか / Do you run it?',
      description: '必須',
      words: { yes: '運営しています', no: '運営していません' },
    },
  }),
  field({
    key: 'submitterContact',
    step: 'contact',
    label: 'submitterContact',
    kind: 'text',
    empty: '',
    formOnly: 'for the editors only: never written into the listing',
    fromFile: () => '',
    issue: {
      id: 'submitter',
      heading: 'ご連絡先 / Your contact',
      description:
        '編集担当から確認するときの連絡先。この issue は公開されるので、公開してよい連絡先だけを書いてください（任意）',
    },
  }),
];

export const MESSAGE_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'message',
    step: 'contact',
    label: 'message',
    kind: 'text',
    empty: '',
    formOnly: 'a message for the editors: never written into the listing',
    fromFile: () => '',
    issue: [
      {
        id: 'changes',
        required: ['correction'],
        heading: '訂正の内容 / What changed',
        description: 'どこが、どう変わったかを一言で（例: 開催日が第3土曜に変わりました）',
        type: 'textarea',
        forms: ['correction'],
        after: 'listing-id',
      },
      {
        id: 'message',
        heading: '編集担当へのメッセージ / Message',
        description: '任意',
        type: 'textarea',
        forms: ['new'],
      },
    ],
  }),
];

/** The one normal form (072-261-0000) when the number can be read; else as typed, for the schema to explain. */
function phoneOf(draft: SubmissionDraft): string | undefined {
  const typed = draft.phone.trim();
  const readable = typed ? readPhone(typed) : undefined;
  return readable?.ok ? readable.value : text(typed);
}
