/**
 * `/submit/`: a volunteer adds a listing, or corrects one (`?edit=<id>`), in
 * seven short steps on a phone. Every field is checked as it is filled by the
 * same zod schema the build uses; the last step shows the listing as the site
 * will, the file it becomes, and three ways to send it. This file is the
 * shell — the step list, the current step and the way between steps; the
 * steps are in ./steps/, the state in ./use-draft.ts.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CivilDate } from '../../core/civil-date.ts';
// The form's own words, not messages(): that would ship every page's words (and every locale's) with the form's script.
import { JA_FORM_WORDS, loadFormWords, type FormWords } from '../../i18n/form-words.ts';
import { withoutRuby } from '../../core/ruby.ts';
import { FormWordsProvider, Words, useWords } from './words.tsx';
import type { SubmitConfig } from './submit-config.ts';
import { DraftStorage } from './draft-storage.tsx';
import { TextField } from './fields.tsx';
import { AudienceStep } from './steps/audience-step.tsx';
import { ContactStep } from './steps/contact-step.tsx';
import { CostStep } from './steps/cost-step.tsx';
import { KindStep } from './steps/kind-step.tsx';
import { PlaceStep } from './steps/place-step.tsx';
import { ReviewStep } from './steps/review-step.tsx';
import { ScheduleStep } from './steps/schedule-step.tsx';
import type { StepProps } from './steps/step-props.ts';
import { STEPS, useDraft } from './use-draft.ts';

export type { SubmitConfig } from './submit-config.ts';

/** The steps before the review, in the order of `STEPS`. */
const EDIT_STEPS: ReadonlyArray<(props: StepProps) => React.ReactNode> = [
  KindStep,
  PlaceStep,
  ScheduleStep,
  AudienceStep,
  CostStep,
  ContactStep,
];

/** Fetches the words of the page's locale (a small chunk for English and やさしい日本語), then shows the form. */
export default function SubmitForm({ config }: { config: SubmitConfig }) {
  const [words, setWords] = useState<FormWords | undefined>(config.locale === 'ja' ? JA_FORM_WORDS : undefined);
  useEffect(() => {
    if (config.locale === 'ja') return;
    let current = true;
    void loadFormWords(config.locale).then((loaded) => {
      if (current) setWords(loaded);
    });
    return () => {
      current = false;
    };
  }, [config.locale]);
  if (!words) return null;
  return (
    <FormWordsProvider words={words}>
      <Form config={config} />
    </FormWordsProvider>
  );
}

function Form({ config }: { config: SubmitConfig }) {
  const t = useWords().submit;
  const form = useDraft(config);
  const { draft, load, step } = form;
  const holidays = useMemo(() => new Set(config.holidays), [config.holidays]);
  const isHoliday = useCallback((date: CivilDate) => holidays.has(date), [holidays]);

  if (load.status === 'loading')
    return (
      <p aria-live="polite">
        <Words text={t.shell.loading} />
      </p>
    );
  if (load.status === 'missing') {
    return (
      <div className="notice" role="alert">
        <p>
          <Words text={t.shell.missing(load.id)} />
        </p>
        <p>
          <a href={config.submitPath}>
            <Words text={t.shell.newListing} />
          </a>
        </p>
      </div>
    );
  }

  const last = STEPS.length - 1;
  const EditStep = EDIT_STEPS[step];
  const stepProps: StepProps = { ...form, config, isHoliday, t };

  return (
    <div className="submit" data-submit data-ready="true" data-mode={draft.mode} data-known-ids={form.knownIds}>
      {draft.mode === 'correction' ? (
        <p className="notice" data-correction-notice>
          <Words text={t.shell.correctionNotice(draft.name || draft.id)} />
        </p>
      ) : null}
      {load.restored ? (
        <p className="notice" data-restored>
          <Words text={t.shell.restored} />
        </p>
      ) : null}

      <nav aria-label={withoutRuby(t.shell.stepsLabel)} className="submit-steps">
        <ol>
          {STEPS.map((s, index) => (
            <li key={s.key}>
              <button
                type="button"
                className="submit-steps__button"
                aria-current={index === step ? 'step' : undefined}
                onClick={() => form.goTo(index)}
              >
                <span className="submit-steps__number">{index + 1}</span> <Words text={t.steps[s.key]} />
                {form.flagged(index) ? (
                  <span className="submit-steps__flag">
                    <Words text={t.shell.needsCheck} />
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <form
        className="submit-step"
        data-submit-step={step}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step < last) form.next();
        }}
      >
        <h2 ref={form.heading} tabIndex={-1}>
          <Words text={t.shell.stepHeading(step + 1, t.steps[STEPS[step]!.key])} />
          <span className="visually-hidden">
            <Words text={t.shell.stepCount(STEPS.length)} />
          </span>
        </h2>
        {form.currentProblems.length > 0 ? (
          <div className="submit-problems" role="alert" tabIndex={-1} data-step-problems>
            <p>
              <Words text={t.shell.problems(form.currentProblems.length)} />
            </p>
          </div>
        ) : null}

        {EditStep ? <EditStep {...stepProps} /> : null}
        {step === last ? (
          <ReviewStep
            config={config}
            draft={form.effective}
            errors={form.errors}
            today={form.today}
            isHoliday={isHoliday}
            t={t}
            idField={
              <TextField
                {...form.field('id')}
                name="id"
                label={t.review.id}
                hint={draft.mode === 'correction' ? t.review.idFixed : t.review.idHint(form.suggestedId)}
                value={draft.id}
                readOnly={draft.mode === 'correction'}
                onChange={(id) => form.update({ id })}
              />
            }
            goToField={form.goToField}
          />
        ) : null}

        <div className="submit-nav">
          {step > 0 ? (
            <button type="button" className="button-secondary" onClick={() => form.goTo(step - 1)}>
              <Words text={t.shell.back} />
            </button>
          ) : null}
          {step < last ? (
            <button type="submit" className="button" data-next>
              <Words text={t.shell.next} />
            </button>
          ) : null}
        </div>
      </form>

      <DraftStorage saved={form.saved} reset={form.reset} t={t.shell} />
    </div>
  );
}
