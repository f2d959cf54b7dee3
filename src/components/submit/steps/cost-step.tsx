/** Step 5, 料金・食事: price rows, reservation and allergy support. */
import type { Answer } from '../../../lib/submission/draft.ts';
import { emptyCost, type CostRowDraft } from '../../../lib/submission/draft.ts';
import { useWords, Words } from '../words.tsx';
import { withoutRuby } from '../../../core/ruby.ts';
import { CheckboxGroup, ChoiceGroup, TextField, optionsOf } from '../fields.tsx';
import type { StepProps } from './step-props.ts';

export function CostStep({ draft, update, field, t: { cost: t } }: StepProps) {
  const {
    allergySupport: ALLERGY_SUPPORT,
    costFor: COST_FOR,
    costPer: COST_PER,
    reservationMethod: RESERVATION_METHODS,
  } = useWords().vocabulary;
  const change = (index: number, row: Partial<CostRowDraft>) =>
    update({ costs: draft.costs.map((r, i) => (i === index ? { ...r, ...row } : r)) });
  return (
    <>
      <fieldset className="submit-field" data-field="costs">
        <legend>
          <Words text={t.costs} />
        </legend>
        {draft.costs.map((row, index) => (
          <div className="submit-cost" key={index} data-cost={index}>
            <div className="submit-row">
              <div className="submit-field">
                <label htmlFor={`cost-for-${index}`}>
                  <Words text={t.for} />
                </label>
                <select
                  id={`cost-for-${index}`}
                  value={row.for}
                  onChange={(e) => change(index, { for: e.target.value as CostRowDraft['for'] })}
                >
                  {optionsOf(COST_FOR).map((o) => (
                    <option key={o.value} value={o.value}>
                      {withoutRuby(o.label)}
                    </option>
                  ))}
                </select>
              </div>
              <TextField
                {...field(`costs.${index}.yen`)}
                name={`costs.${index}.yen`}
                label={t.yen}
                inputMode="numeric"
                value={row.yen}
                onChange={(yen) => change(index, { yen })}
              />
              <div className="submit-field">
                <label htmlFor={`cost-per-${index}`}>
                  <Words text={t.per} />
                </label>
                <select
                  id={`cost-per-${index}`}
                  value={row.per}
                  onChange={(e) => change(index, { per: e.target.value as CostRowDraft['per'] })}
                >
                  {optionsOf(COST_PER).map((o) => (
                    <option key={o.value} value={o.value}>
                      {withoutRuby(o.label)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <TextField
              {...field(`costs.${index}.label`)}
              name={`costs.${index}.label`}
              label={t.label}
              hint={t.labelHint}
              value={row.label}
              onChange={(label) => change(index, { label })}
            />
            <button
              type="button"
              className="button-secondary"
              onClick={() => update({ costs: draft.costs.filter((_, i) => i !== index) })}
            >
              <Words text={t.remove} />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => update({ costs: [...draft.costs, emptyCost()] })}
        >
          <Words text={t.add} />
        </button>
      </fieldset>
      <TextField
        {...field('costNote')}
        name="costNote"
        label={t.costNote}
        value={draft.costNote}
        onChange={(costNote) => update({ costNote })}
      />
      <ChoiceGroup<'yes' | 'no'>
        {...field('reservation')}
        name="reservation"
        legend={t.reservation}
        options={[
          { value: 'yes', label: t.reservationYes },
          { value: 'no', label: t.reservationNo },
        ]}
        value={draft.reservation}
        onChange={(reservation: Answer & string) => update({ reservation })}
      />
      {draft.reservation === 'yes' ? (
        <CheckboxGroup
          {...field('reservationMethods')}
          name="reservationMethods"
          legend={t.reservationMethods}
          options={optionsOf(RESERVATION_METHODS)}
          values={draft.reservationMethods}
          onChange={(reservationMethods) => update({ reservationMethods })}
        />
      ) : null}
      {draft.reservation !== '' ? (
        <TextField
          {...field('reservationNote')}
          name="reservationNote"
          label={t.reservationNote}
          value={draft.reservationNote}
          onChange={(reservationNote) => update({ reservationNote })}
        />
      ) : null}
      <ChoiceGroup
        {...field('allergy')}
        name="allergy"
        legend={t.allergy}
        options={optionsOf(ALLERGY_SUPPORT)}
        value={draft.allergy}
        onChange={(allergy) => update({ allergy })}
      />
      {draft.allergy ? (
        <TextField
          {...field('foodNote')}
          name="foodNote"
          label={t.foodNote}
          value={draft.foodNote}
          onChange={(foodNote) => update({ foodNote })}
        />
      ) : null}
    </>
  );
}
