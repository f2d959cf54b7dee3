/**
 * Step 1, どんな場所か: the kind, the name and the one line the lists show,
 * and, folded away until wanted, the same words in English and やさしい日本語.
 */
import { type Kind } from '../../../schema/vocabulary.ts';
import { useWords, Words } from '../words.tsx';
import { CheckboxGroup, ChoiceGroup, TextField, optionsOf } from '../fields.tsx';
import type { StepProps } from './step-props.ts';

/** The translated fields of one language, in the order of the section. */
const LANGUAGE_KEYS = {
  en: { name: 'nameEn', summary: 'summaryEn', description: 'descriptionEn' },
  easy: { name: 'nameEasy', summary: 'summaryEasy', description: 'descriptionEasy' },
} as const;

function OtherLanguages({ draft, update, field, t: { kind: t } }: StepProps) {
  const keys = [...Object.values(LANGUAGE_KEYS.en), ...Object.values(LANGUAGE_KEYS.easy)];
  // Open when there is something in it, or a problem to show: a closed section hides its fields from focus.
  const open = keys.some((key) => draft[key].trim() !== '' || field(key).error !== undefined);
  return (
    <details className="submit-more" open={open} data-other-languages>
      <summary>
        <Words text={t.languages} />
      </summary>
      <p className="submit-hint">
        <Words text={t.languagesIntro} />
      </p>
      {(['en', 'easy'] as const).map((locale) => {
        const { name, summary, description } = LANGUAGE_KEYS[locale];
        const lang = locale === 'en' ? 'en' : undefined;
        return (
          <fieldset className="submit-field" key={locale} data-field={`translations-${locale}`}>
            <legend>
              <Words text={locale === 'en' ? t.english : t.easy} />
            </legend>
            {locale === 'easy' ? (
              <p className="submit-hint">
                <Words text={t.easyHint} />
              </p>
            ) : null}
            <TextField
              {...field(name)}
              name={name}
              label={t[name]}
              hint={locale === 'en' ? t.nameEnHint : undefined}
              lang={lang}
              value={draft[name]}
              onChange={(value) => update({ [name]: value })}
            />
            <TextField
              {...field(summary)}
              name={summary}
              label={t[summary]}
              lang={lang}
              value={draft[summary]}
              onChange={(value) => update({ [summary]: value })}
            />
            <TextField
              {...field(description)}
              name={description}
              label={t[description]}
              lang={lang}
              multiline
              rows={4}
              value={draft[description]}
              onChange={(value) => update({ [description]: value })}
            />
          </fieldset>
        );
      })}
    </details>
  );
}

export function KindStep(props: StepProps) {
  const { kind: KINDS, service: SERVICES, status: STATUSES } = useWords().vocabulary;
  const {
    draft,
    update,
    field,
    t: { kind: t },
  } = props;
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
      <OtherLanguages {...props} />
    </>
  );
}
