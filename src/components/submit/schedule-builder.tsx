/**
 * The "when" step: rules built from plain choices (毎週・隔週・第N曜日, 不定期),
 * with a live preview in the words the site will print and the next dates the
 * schedule engine computes, so a volunteer sees a mistake before sending it.
 */
import { scheduleRuleSchema } from '../../schema/schedule.ts';
import { type Weekday } from '../../schema/vocabulary.ts';
import { type CivilDate } from '../../core/civil-date.ts';
import { nextSessions } from '../../lib/schedule/expand.ts';
import { sessionInWords } from '../../lib/schedule/session-words.ts';
import { scheduleInWords } from '../../lib/schedule-words.ts';
import {
  emptyRule,
  type ExtraDateDraft,
  type RuleDraft,
  type RulePattern,
  type SubmissionDraft,
} from '../../lib/submission/draft.ts';
import { useWords, Words } from './words.tsx';
import { ruleToFrontMatter } from '../../lib/submission/to-listing.ts';
import { CheckboxGroup, ChoiceGroup, Checkbox, TextField, optionsOf, type FieldState } from './fields.tsx';

/** The schedule step's words and choices, in the page's locale. */
function useScheduleWords() {
  const { submit, vocabulary, facts } = useWords();
  const t = submit.schedule;
  const PATTERNS: Array<{ value: RulePattern; label: string; hint: string }> = [
    { value: 'weekly', label: t.weekly, hint: t.weeklyHint },
    { value: 'every-other-week', label: t.everyOtherWeek, hint: t.everyOtherWeekHint },
    { value: 'monthly-nth', label: t.monthlyNth, hint: t.monthlyNthHint },
  ];
  const WEEKS = [...[1, 2, 3, 4, 5].map((n) => ({ value: n, label: t.nth(n) })), { value: -1, label: t.last }];
  const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t.month(i + 1) }));
  return { t, WEEKDAYS: vocabulary.weekday, PATTERNS, WEEKS, MONTHS, facts };
}

type Update = (change: Partial<SubmissionDraft>) => void;
type FieldFor = (name: string) => FieldState;

export interface ScheduleBuilderProps {
  draft: SubmissionDraft;
  update: Update;
  field: FieldFor;
  today: CivilDate;
  isHoliday: (date: CivilDate) => boolean;
}

/** The rules that already make sense, for the preview. */
function validRules(draft: SubmissionDraft) {
  if (draft.scheduleType !== 'rules') return [];
  return draft.rules.flatMap((rule) => {
    const parsed = scheduleRuleSchema.safeParse(ruleToFrontMatter(rule));
    return parsed.success ? [parsed.data] : [];
  });
}

export function SchedulePreview({ draft, today, isHoliday }: Omit<ScheduleBuilderProps, 'update' | 'field'>) {
  const { t, facts } = useScheduleWords();
  const rules = validRules(draft);
  const validDates = (dates: string[]) => dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const extras = draft.extraDates.filter(
    (e) =>
      /^\d{4}-\d{2}-\d{2}$/.test(e.date) &&
      /^\d\d:\d\d$/.test(e.opens) &&
      /^\d\d:\d\d$/.test(e.closes) &&
      e.opens < e.closes,
  );
  const input = {
    schedule: rules,
    closedOnHolidays: draft.closedOnHolidays,
    closedDates: validDates(draft.closedDates),
    extraDates: extras.map((e) => ({
      date: e.date,
      opens: e.opens,
      closes: e.closes,
      ...(e.note ? { note: e.note } : {}),
    })),
  };
  const words = draft.scheduleType === 'irregular' ? [t.irregular] : scheduleInWords(input, today, facts);
  const next = nextSessions(input, today, 5, isHoliday);
  return (
    <section className="submit-preview" aria-labelledby="schedule-preview-heading" aria-live="polite">
      <h3 id="schedule-preview-heading">
        <Words text={t.preview} />
      </h3>
      <ul data-schedule-words>
        {words.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {draft.scheduleNote.trim() ? <p>{draft.scheduleNote}</p> : null}
      <h4>
        <Words text={t.nextDates} />
      </h4>
      {next.length > 0 ? (
        <ul data-next-sessions>
          {next.map((session) => (
            <li key={`${session.date}-${session.opens}`}>{sessionInWords(session, facts)}</li>
          ))}
        </ul>
      ) : (
        <p data-next-sessions>
          <Words text={t.noNextDates} />
        </p>
      )}
    </section>
  );
}

function RuleEditor(props: {
  rule: RuleDraft;
  index: number;
  count: number;
  change: (rule: RuleDraft) => void;
  remove: () => void;
  field: FieldFor;
}) {
  const { t, WEEKDAYS, PATTERNS, WEEKS, MONTHS } = useScheduleWords();
  const { rule, index, change, field } = props;
  const prefix = `rules.${index}`;
  const set = (patch: Partial<RuleDraft>) => change({ ...rule, ...patch });
  const dayOptions = optionsOf(WEEKDAYS).map((o) => ({ value: o.value, label: t.weekday(o.label) }));
  return (
    <fieldset className="submit-rule" data-rule={index}>
      <legend>
        <Words text={t.rule(props.count > 1 ? index + 1 : undefined)} />
      </legend>
      <ChoiceGroup
        {...field(`${prefix}.pattern`)}
        name={`${prefix}.pattern`}
        legend={t.pattern}
        options={PATTERNS}
        value={rule.pattern}
        onChange={(pattern) => set({ pattern, interval: pattern === 'every-other-week' ? 2 : 1 })}
      />
      {rule.pattern === 'monthly-nth' ? (
        <CheckboxGroup
          {...field(`${prefix}.weeks`)}
          name={`${prefix}.weeks`}
          legend={t.weeks}
          options={WEEKS}
          values={rule.weeks}
          onChange={(weeks) => set({ weeks })}
          inline
        />
      ) : null}
      <CheckboxGroup<Weekday>
        {...field(`${prefix}.days`)}
        name={`${prefix}.days`}
        legend={t.days}
        options={dayOptions}
        values={rule.days}
        onChange={(days) => set({ days })}
        inline
        required
      />
      <div className="submit-row">
        <TextField
          {...field(`${prefix}.opens`)}
          name={`${prefix}.opens`}
          label={t.opens}
          type="time"
          value={rule.opens}
          onChange={(opens) => set({ opens })}
          required
        />
        <TextField
          {...field(`${prefix}.closes`)}
          name={`${prefix}.closes`}
          label={t.closes}
          type="time"
          value={rule.closes}
          onChange={(closes) => set({ closes })}
          required
        />
      </div>
      <details
        className="submit-more"
        open={
          Boolean(rule.startDate || rule.endDate || rule.months.length || rule.label) ||
          rule.pattern === 'every-other-week'
        }
      >
        <summary>
          <Words text={t.more} />
        </summary>
        <div className="submit-row">
          <TextField
            {...field(`${prefix}.startDate`)}
            name={`${prefix}.startDate`}
            label={rule.pattern === 'every-other-week' ? t.countFrom : t.from}
            type="date"
            value={rule.startDate}
            onChange={(startDate) => set({ startDate })}
            required={rule.pattern === 'every-other-week'}
          />
          <TextField
            {...field(`${prefix}.endDate`)}
            name={`${prefix}.endDate`}
            label={t.until}
            type="date"
            value={rule.endDate}
            onChange={(endDate) => set({ endDate })}
          />
        </div>
        <CheckboxGroup
          {...field(`${prefix}.months`)}
          name={`${prefix}.months`}
          legend={t.months}
          options={MONTHS}
          values={rule.months}
          onChange={(months) => set({ months })}
          inline
        />
        <TextField
          {...field(`${prefix}.label`)}
          name={`${prefix}.label`}
          label={t.label}
          hint={t.labelHint}
          value={rule.label}
          onChange={(label) => set({ label })}
        />
      </details>
      {props.count > 1 ? (
        <button type="button" className="button-secondary" onClick={props.remove}>
          <Words text={t.removeRule} />
        </button>
      ) : null}
    </fieldset>
  );
}

function ExtraDateEditor(props: {
  extra: ExtraDateDraft;
  index: number;
  change: (e: ExtraDateDraft) => void;
  remove: () => void;
  field: FieldFor;
}) {
  const { t } = useScheduleWords();
  const { extra, index, field } = props;
  const prefix = `extraDates.${index}`;
  const set = (patch: Partial<ExtraDateDraft>) => props.change({ ...extra, ...patch });
  return (
    <fieldset className="submit-rule">
      <legend>
        <Words text={t.extra(index + 1)} />
      </legend>
      <div className="submit-row">
        <TextField
          {...field(`${prefix}.date`)}
          name={`${prefix}.date`}
          label={t.date}
          type="date"
          value={extra.date}
          onChange={(date) => set({ date })}
        />
        <TextField
          {...field(`${prefix}.opens`)}
          name={`${prefix}.opens`}
          label={t.extraOpens}
          type="time"
          value={extra.opens}
          onChange={(opens) => set({ opens })}
        />
        <TextField
          {...field(`${prefix}.closes`)}
          name={`${prefix}.closes`}
          label={t.extraCloses}
          type="time"
          value={extra.closes}
          onChange={(closes) => set({ closes })}
        />
      </div>
      <TextField
        {...field(`${prefix}.note`)}
        name={`${prefix}.note`}
        label={t.note}
        hint={t.noteHint}
        value={extra.note}
        onChange={(note) => set({ note })}
      />
      <button type="button" className="button-secondary" onClick={props.remove}>
        <Words text={t.removeExtra} />
      </button>
    </fieldset>
  );
}

export function ScheduleBuilder(props: ScheduleBuilderProps) {
  const { t } = useScheduleWords();
  const { draft, update, field } = props;
  const setRule = (index: number, rule: RuleDraft) =>
    update({ rules: draft.rules.map((r, i) => (i === index ? rule : r)) });
  return (
    <>
      <ChoiceGroup
        {...field('scheduleType')}
        name="scheduleType"
        legend={t.scheduleType}
        options={[
          { value: 'rules', label: t.rules },
          {
            value: 'irregular',
            label: t.irregular,
            hint: t.irregularHint,
          },
        ]}
        value={draft.scheduleType}
        onChange={(scheduleType) =>
          update({ scheduleType, rules: draft.rules.length > 0 ? draft.rules : [emptyRule()] })
        }
      />
      {draft.scheduleType === 'rules' ? (
        <>
          {draft.rules.map((rule, index) => (
            <RuleEditor
              key={index}
              rule={rule}
              index={index}
              count={draft.rules.length}
              change={(r) => setRule(index, r)}
              remove={() => update({ rules: draft.rules.filter((_, i) => i !== index) })}
              field={field}
            />
          ))}
          <button
            type="button"
            className="button-secondary"
            onClick={() => update({ rules: [...draft.rules, emptyRule()] })}
          >
            <Words text={t.addRule} />
          </button>
          <Checkbox
            name="closedOnHolidays"
            label={t.closedOnHolidays}
            checked={draft.closedOnHolidays}
            onChange={(closedOnHolidays) => update({ closedOnHolidays })}
          />
        </>
      ) : null}
      <TextField
        {...field('scheduleNote')}
        name="scheduleNote"
        label={t.scheduleNote}
        hint={draft.scheduleType === 'irregular' ? t.irregularNoteHint : t.rulesNoteHint}
        multiline
        rows={3}
        value={draft.scheduleNote}
        onChange={(scheduleNote) => update({ scheduleNote })}
        required={draft.scheduleType === 'irregular'}
      />
      <details className="submit-more" open={draft.closedDates.length > 0 || draft.extraDates.length > 0}>
        <summary>
          <Words text={t.exceptions} />
        </summary>
        <fieldset className="submit-field" data-field="closedDates">
          <legend>
            <Words text={t.closedDates} />
          </legend>
          {draft.closedDates.map((date, index) => (
            <div className="submit-row" key={index}>
              <TextField
                {...field(`closedDates.${index}`)}
                name={`closedDates.${index}`}
                label={t.closedDate(index + 1)}
                type="date"
                value={date}
                onChange={(value) =>
                  update({ closedDates: draft.closedDates.map((d, i) => (i === index ? value : d)) })
                }
              />
              <button
                type="button"
                className="button-secondary"
                onClick={() => update({ closedDates: draft.closedDates.filter((_, i) => i !== index) })}
              >
                <Words text={t.remove} />
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button-secondary"
            onClick={() => update({ closedDates: [...draft.closedDates, ''] })}
          >
            <Words text={t.addClosedDate} />
          </button>
        </fieldset>
        {draft.extraDates.map((extra, index) => (
          <ExtraDateEditor
            key={index}
            extra={extra}
            index={index}
            field={field}
            change={(e) => update({ extraDates: draft.extraDates.map((x, i) => (i === index ? e : x)) })}
            remove={() => update({ extraDates: draft.extraDates.filter((_, i) => i !== index) })}
          />
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => update({ extraDates: [...draft.extraDates, { date: '', opens: '', closes: '', note: '' }] })}
        >
          <Words text={t.addExtra} />
        </button>
      </details>
      <SchedulePreview draft={draft} today={props.today} isHoliday={props.isHoliday} />
    </>
  );
}
