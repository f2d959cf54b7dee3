/**
 * The "when" step: rules built from plain choices (毎週・隔週・第N曜日, 不定期),
 * with a live preview in the words the site will print and the next dates the
 * schedule engine computes, so a volunteer sees a mistake before sending it.
 */
import { scheduleRuleSchema } from '../../schema/schedule.ts';
import { type Weekday } from '../../schema/vocabulary.ts';
import { vocabulary } from '../../i18n/ja/vocabulary.ts';
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
import { ruleToFrontMatter } from '../../lib/submission/to-listing.ts';
import { CheckboxGroup, ChoiceGroup, Checkbox, TextField, optionsOf, type FieldState } from './fields.tsx';

const { weekday: WEEKDAYS } = vocabulary;

const PATTERNS: Array<{ value: RulePattern; label: string; hint: string }> = [
  { value: 'weekly', label: '毎週', hint: '例: 毎週水曜日' },
  { value: 'every-other-week', label: '隔週（2週に1回）', hint: '数え始める日（開催日の1日）が必要です' },
  { value: 'monthly-nth', label: '毎月 第N曜日', hint: '例: 第2・第4土曜日、最終金曜日' },
];

const WEEKS = [
  { value: 1, label: '第1' },
  { value: 2, label: '第2' },
  { value: 3, label: '第3' },
  { value: 4, label: '第4' },
  { value: 5, label: '第5' },
  { value: -1, label: '最終' },
];

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));

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
  const words = draft.scheduleType === 'irregular' ? ['不定期'] : scheduleInWords(input, today);
  const next = nextSessions(input, today, 5, isHoliday);
  return (
    <section className="submit-preview" aria-labelledby="schedule-preview-heading" aria-live="polite">
      <h3 id="schedule-preview-heading">サイトでの表示</h3>
      <ul data-schedule-words>
        {words.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {draft.scheduleNote.trim() ? <p>{draft.scheduleNote}</p> : null}
      <h4>次の開催日</h4>
      {next.length > 0 ? (
        <ul data-next-sessions>
          {next.map((session) => (
            <li key={`${session.date}-${session.opens}`}>{sessionInWords(session)}</li>
          ))}
        </ul>
      ) : (
        <p data-next-sessions>まだ決まった開催日はありません</p>
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
  const { rule, index, change, field } = props;
  const prefix = `rules.${index}`;
  const set = (patch: Partial<RuleDraft>) => change({ ...rule, ...patch });
  const dayOptions = optionsOf(WEEKDAYS).map((o) => ({ value: o.value, label: `${o.label}曜日` }));
  return (
    <fieldset className="submit-rule" data-rule={index}>
      <legend>開催日 {props.count > 1 ? index + 1 : ''}</legend>
      <ChoiceGroup
        {...field(`${prefix}.pattern`)}
        name={`${prefix}.pattern`}
        legend="くり返し"
        options={PATTERNS}
        value={rule.pattern}
        onChange={(pattern) => set({ pattern, interval: pattern === 'every-other-week' ? 2 : 1 })}
      />
      {rule.pattern === 'monthly-nth' ? (
        <CheckboxGroup
          {...field(`${prefix}.weeks`)}
          name={`${prefix}.weeks`}
          legend="第何週"
          options={WEEKS}
          values={rule.weeks}
          onChange={(weeks) => set({ weeks })}
          inline
        />
      ) : null}
      <CheckboxGroup<Weekday>
        {...field(`${prefix}.days`)}
        name={`${prefix}.days`}
        legend="曜日"
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
          label="開始時刻"
          type="time"
          value={rule.opens}
          onChange={(opens) => set({ opens })}
          required
        />
        <TextField
          {...field(`${prefix}.closes`)}
          name={`${prefix}.closes`}
          label="終了時刻"
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
        <summary>期間・対象の月・内容（任意）</summary>
        <div className="submit-row">
          <TextField
            {...field(`${prefix}.startDate`)}
            name={`${prefix}.startDate`}
            label={rule.pattern === 'every-other-week' ? '数え始める日（開催日の1日）' : 'いつから'}
            type="date"
            value={rule.startDate}
            onChange={(startDate) => set({ startDate })}
            required={rule.pattern === 'every-other-week'}
          />
          <TextField
            {...field(`${prefix}.endDate`)}
            name={`${prefix}.endDate`}
            label="いつまで"
            type="date"
            value={rule.endDate}
            onChange={(endDate) => set({ endDate })}
          />
        </div>
        <CheckboxGroup
          {...field(`${prefix}.months`)}
          name={`${prefix}.months`}
          legend="開く月（選ばなければ毎月）"
          options={MONTHS}
          values={rule.months}
          onChange={(months) => set({ months })}
          inline
        />
        <TextField
          {...field(`${prefix}.label`)}
          name={`${prefix}.label`}
          label="この時間にすること（いくつか時間帯があるとき）"
          hint="例: 学習支援"
          value={rule.label}
          onChange={(label) => set({ label })}
        />
      </details>
      {props.count > 1 ? (
        <button type="button" className="button-secondary" onClick={props.remove}>
          この開催日を消す
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
  const { extra, index, field } = props;
  const prefix = `extraDates.${index}`;
  const set = (patch: Partial<ExtraDateDraft>) => props.change({ ...extra, ...patch });
  return (
    <fieldset className="submit-rule">
      <legend>臨時の開催日 {index + 1}</legend>
      <div className="submit-row">
        <TextField
          {...field(`${prefix}.date`)}
          name={`${prefix}.date`}
          label="日付"
          type="date"
          value={extra.date}
          onChange={(date) => set({ date })}
        />
        <TextField
          {...field(`${prefix}.opens`)}
          name={`${prefix}.opens`}
          label="開始"
          type="time"
          value={extra.opens}
          onChange={(opens) => set({ opens })}
        />
        <TextField
          {...field(`${prefix}.closes`)}
          name={`${prefix}.closes`}
          label="終了"
          type="time"
          value={extra.closes}
          onChange={(closes) => set({ closes })}
        />
      </div>
      <TextField
        {...field(`${prefix}.note`)}
        name={`${prefix}.note`}
        label="メモ"
        hint="例: クリスマス会"
        value={extra.note}
        onChange={(note) => set({ note })}
      />
      <button type="button" className="button-secondary" onClick={props.remove}>
        この日を消す
      </button>
    </fieldset>
  );
}

export function ScheduleBuilder(props: ScheduleBuilderProps) {
  const { draft, update, field } = props;
  const setRule = (index: number, rule: RuleDraft) =>
    update({ rules: draft.rules.map((r, i) => (i === index ? rule : r)) });
  return (
    <>
      <ChoiceGroup
        {...field('scheduleType')}
        name="scheduleType"
        legend="開く日は決まっていますか"
        options={[
          { value: 'rules', label: '決まっている（毎週・隔週・第N曜日）' },
          {
            value: 'irregular',
            label: '不定期',
            hint: '下の「日程の説明」に、いつ開くか・どこで知らせるかを書いてください',
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
            ＋ 別の曜日・時間帯を足す
          </button>
          <Checkbox
            name="closedOnHolidays"
            label="祝日と重なった日は休み"
            checked={draft.closedOnHolidays}
            onChange={(closedOnHolidays) => update({ closedOnHolidays })}
          />
        </>
      ) : null}
      <TextField
        {...field('scheduleNote')}
        name="scheduleNote"
        label="日程の説明"
        hint={
          draft.scheduleType === 'irregular'
            ? '例: 月1回程度。日程は LINE でお知らせします（必須）'
            : '決まりで書けないこと（任意）。例: 夏休みは毎週開きます'
        }
        multiline
        rows={3}
        value={draft.scheduleNote}
        onChange={(scheduleNote) => update({ scheduleNote })}
        required={draft.scheduleType === 'irregular'}
      />
      <details className="submit-more" open={draft.closedDates.length > 0 || draft.extraDates.length > 0}>
        <summary>休みの日・臨時の開催日（任意）</summary>
        <fieldset className="submit-field" data-field="closedDates">
          <legend>いつもの日のうち、休む日</legend>
          {draft.closedDates.map((date, index) => (
            <div className="submit-row" key={index}>
              <TextField
                {...field(`closedDates.${index}`)}
                name={`closedDates.${index}`}
                label={`休む日 ${index + 1}`}
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
                消す
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button-secondary"
            onClick={() => update({ closedDates: [...draft.closedDates, ''] })}
          >
            ＋ 休む日を足す
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
          ＋ 臨時の開催日を足す
        </button>
      </details>
      <SchedulePreview draft={draft} today={props.today} isHoliday={props.isHoliday} />
    </>
  );
}
