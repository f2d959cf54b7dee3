/** Step 1, どんな場所か: the kind, the name and the one line the lists show. */
import { type Kind } from '../../../schema/vocabulary.ts';
import { vocabulary } from '../../../i18n/ja/vocabulary.ts';
import { CheckboxGroup, ChoiceGroup, TextField, optionsOf } from '../fields.tsx';
import type { StepProps } from './step-props.ts';

const { kind: KINDS, service: SERVICES, status: STATUSES } = vocabulary;

export function KindStep({ draft, update, field, t: { kind: t } }: StepProps) {
  return (
    <>
      <ChoiceGroup<Kind>
        {...field('kind')}
        name="kind"
        legend={t.kind}
        required
        options={optionsOf(KINDS)}
        value={draft.kind}
        onChange={(value) => update({ kind: value })}
      />
      <TextField
        {...field('name')}
        name="name"
        label={t.name}
        hint={t.nameHint}
        required
        value={draft.name}
        onChange={(name) => update({ name })}
      />
      <TextField
        {...field('nameKana')}
        name="nameKana"
        label={t.nameKana}
        hint={t.nameKanaHint}
        required
        value={draft.nameKana}
        onChange={(nameKana) => update({ nameKana })}
      />
      <TextField
        {...field('summary')}
        name="summary"
        label={t.summary}
        hint={t.summaryHint}
        required
        value={draft.summary}
        onChange={(summary) => update({ summary })}
      />
      <TextField
        {...field('organization')}
        name="organization"
        label={t.organization}
        value={draft.organization}
        onChange={(organization) => update({ organization })}
      />
      <CheckboxGroup
        {...field('services')}
        name="services"
        legend={t.services}
        options={optionsOf(SERVICES)}
        values={draft.services}
        onChange={(services) => update({ services })}
      />
      <TextField
        {...field('description')}
        name="description"
        label={t.description}
        hint={t.descriptionHint}
        multiline
        rows={6}
        value={draft.description}
        onChange={(description) => update({ description })}
      />
      {draft.mode === 'correction' ? (
        <ChoiceGroup
          {...field('status')}
          name="status"
          legend={t.status}
          options={optionsOf(STATUSES)}
          value={draft.status}
          onChange={(status) => update({ status })}
        />
      ) : null}
    </>
  );
}
