/** The catalogue's fields of the step 「料金・食事」 (cost). */
import { yenText } from '../../../core/typed-text.ts';
import { vocabulary } from '../../../i18n/ja/vocabulary.ts';
import { compact, numberOrText, text } from '../file-values.ts';
import { formatCostLine, parseCostLine } from '../text-formats.ts';
import { field, linesIssue, type FieldSpec } from './field.ts';

const { allergySupport: ALLERGY_SUPPORT, reservationMethod: RESERVATION_METHODS } = vocabulary;

export const COST_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'costs',
    step: 'cost',
    label: 'costs',
    kind: 'rich',
    empty: [],
    path: 'cost.options',
    errorsOf: ['cost'],
    items: { list: 'costs', whole: 'yen', same: ['for', 'yen', 'per', 'label'] },
    toFile: (draft) =>
      draft.costs
        .filter((row) => row.yen.trim() !== '' || row.label.trim() !== '')
        .map((row) =>
          compact({
            for: row.for,
            yen: numberOrText(yenText(row.yen)),
            per: row.per === 'visit' ? undefined : row.per,
            label: text(row.label),
          }),
        ),
    fromFile: (fm) =>
      (fm.cost?.options ?? []).map((o) => ({
        for: o.for,
        yen: String(o.yen),
        per: o.per ?? 'visit',
        label: o.label ?? '',
      })),
    issue: {
      id: 'costs',
      heading: '料金 / Cost',
      description:
        '1行に1つ: 「子ども 0円」「大人 300円」「どなたでも 3000円/月」。対象の説明は「」で（例: 子ども 0円 「高校生まで」）',
      ...linesIssue(
        (d) => d.costs,
        (d, v) => (d.costs = v),
        formatCostLine,
        parseCostLine,
      ),
    },
  }),
  field({
    key: 'costNote',
    step: 'cost',
    label: 'costNote',
    kind: 'text',
    empty: '',
    path: 'cost.note',
    issue: { id: 'cost-note', heading: '料金の補足 / Cost note', description: '任意' },
  }),
  field({
    key: 'reservation',
    step: 'cost',
    label: 'reservation',
    kind: 'answer',
    empty: '',
    path: 'reservation.required',
    errorsOf: ['reservation'],
    issue: {
      id: 'reservation',
      heading: '予約 / Reservation',
      description: '任意',
      words: { yes: '予約が必要', no: '予約はいらない' },
    },
  }),
  field({
    key: 'reservationMethods',
    step: 'cost',
    label: 'reservationMethods',
    kind: 'list',
    vocabulary: RESERVATION_METHODS,
    empty: [],
    path: 'reservation.methods',
    issue: { id: 'reservation-methods', heading: '予約の方法 / How to reserve', description: '任意' },
  }),
  field({
    key: 'reservationNote',
    step: 'cost',
    label: 'reservationNote',
    kind: 'text',
    empty: '',
    path: 'reservation.note',
    issue: { id: 'reservation-note', heading: '予約の補足 / Reservation note', description: '任意' },
  }),
  field({
    key: 'allergy',
    step: 'cost',
    label: 'allergy',
    kind: 'choice',
    vocabulary: ALLERGY_SUPPORT,
    empty: '',
    path: 'food.allergy',
    errorsOf: ['food'],
    issue: { id: 'allergy', heading: '食物アレルギー / Food allergies', description: '食事がある場合' },
  }),
  field({
    key: 'foodNote',
    step: 'cost',
    label: 'foodNote',
    kind: 'text',
    empty: '',
    path: 'food.note',
    issue: { id: 'food-note', heading: '食事の補足 / Food note', description: '任意' },
  }),
];
