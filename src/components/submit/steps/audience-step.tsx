/** Step 4, 対象: who may come, and what only a free school, a consultation desk or a volunteer listing has. */
import { useWords, Words } from '../words.tsx';
import { Checkbox, CheckboxGroup, ChoiceGroup, TextField, optionsOf } from '../fields.tsx';
import type { StepProps } from './step-props.ts';

export function AudienceStep({ draft, update, field, t: { audience: t, yesNo, fields } }: StepProps) {
  const {
    attendanceCredit: ATTENDANCE_CREDIT,
    audience: AUDIENCE_GROUPS,
    grade: GRADES,
    volunteerDirection: VOLUNTEER_DIRECTIONS,
  } = useWords().vocabulary;
  const yesNoOptions: Array<{ value: 'yes' | 'no'; label: string }> = [
    { value: 'yes', label: yesNo.yes },
    { value: 'no', label: yesNo.no },
  ];
  const kind = draft.kind;
  // A new free school is asked for these; a correction may leave them unknown (validateDraft says the same).
  const factsRequired = draft.mode === 'new';
  return (
    <>
      <CheckboxGroup
        {...field('audience')}
        name="audience"
        legend={t.audience}
        required
        options={optionsOf(AUDIENCE_GROUPS)}
        values={draft.audience}
        onChange={(audience) => update({ audience })}
      />
      <Checkbox
        name="guardianRequired"
        label={t.guardianRequired}
        checked={draft.guardianRequired}
        onChange={(guardianRequired) => update({ guardianRequired })}
      />
      <Checkbox
        name="districtOnly"
        label={t.districtOnly}
        checked={draft.districtOnly}
        onChange={(districtOnly) => update({ districtOnly })}
      />
      <TextField
        {...field('audienceNote')}
        name="audienceNote"
        label={t.audienceNote}
        value={draft.audienceNote}
        onChange={(audienceNote) => update({ audienceNote })}
      />
      <TextField
        {...field('languages')}
        name="languages"
        label={fields.languages}
        value={draft.languages}
        onChange={(languages) => update({ languages })}
      />
      {kind === 'free-school' ? (
        <fieldset className="submit-group">
          <legend>
            <Words text={t.freeSchool} />
          </legend>
          <CheckboxGroup
            {...field('grades')}
            name="grades"
            legend={t.grades}
            required={factsRequired}
            options={optionsOf(GRADES)}
            values={draft.grades}
            onChange={(grades) => update({ grades })}
          />
          <ChoiceGroup
            {...field('attendanceCredit')}
            name="attendanceCredit"
            legend={t.attendanceCredit}
            required={factsRequired}
            options={optionsOf(ATTENDANCE_CREDIT)}
            value={draft.attendanceCredit}
            onChange={(attendanceCredit) => update({ attendanceCredit })}
          />
          <ChoiceGroup<'yes' | 'no'>
            {...field('visits')}
            name="visits"
            legend={t.visits}
            required={factsRequired}
            options={yesNoOptions}
            value={draft.visits}
            onChange={(visits) => update({ visits })}
          />
          <Checkbox
            name="freeSchoolOnline"
            label={t.freeSchoolOnline}
            checked={draft.freeSchoolOnline}
            onChange={(freeSchoolOnline) => update({ freeSchoolOnline })}
          />
          <TextField
            {...field('freeSchoolNote')}
            name="freeSchoolNote"
            label={t.note}
            multiline
            rows={3}
            value={draft.freeSchoolNote}
            onChange={(freeSchoolNote) => update({ freeSchoolNote })}
          />
        </fieldset>
      ) : null}
      {kind === 'consultation' ? (
        <fieldset className="submit-group">
          <legend>
            <Words text={t.consultation} />
          </legend>
          <TextField
            {...field('topics')}
            name="topics"
            label={t.topics}
            hint={t.topicsHint}
            required
            multiline
            rows={3}
            value={draft.topics}
            onChange={(topics) => update({ topics })}
          />
          <ChoiceGroup<'yes' | 'no'>
            {...field('anonymous')}
            name="anonymous"
            legend={t.anonymous}
            options={yesNoOptions}
            value={draft.anonymous}
            onChange={(anonymous) => update({ anonymous })}
          />
          <TextField
            {...field('consultationNote')}
            name="consultationNote"
            label={t.note}
            multiline
            rows={3}
            value={draft.consultationNote}
            onChange={(consultationNote) => update({ consultationNote })}
          />
        </fieldset>
      ) : null}
      {kind === 'volunteer' ? (
        <fieldset className="submit-group">
          <legend>
            <Words text={t.volunteer} />
          </legend>
          <ChoiceGroup
            {...field('volunteerDirection')}
            name="volunteerDirection"
            legend={t.volunteerDirection}
            required
            options={optionsOf(VOLUNTEER_DIRECTIONS)}
            value={draft.volunteerDirection}
            onChange={(volunteerDirection) => update({ volunteerDirection })}
          />
          <TextField
            {...field('activities')}
            name="activities"
            label={t.activities}
            hint={t.activitiesHint}
            required
            multiline
            rows={3}
            value={draft.activities}
            onChange={(activities) => update({ activities })}
          />
          <TextField
            {...field('volunteerNote')}
            name="volunteerNote"
            label={t.note}
            multiline
            rows={3}
            value={draft.volunteerNote}
            onChange={(volunteerNote) => update({ volunteerNote })}
          />
        </fieldset>
      ) : null}
      <Checkbox
        name="volunteersWanted"
        label={t.volunteersWanted}
        checked={draft.volunteersWanted}
        onChange={(volunteersWanted) => update({ volunteersWanted })}
      />
      {draft.volunteersWanted ? (
        <>
          <TextField
            {...field('volunteerRoles')}
            name="volunteerRoles"
            label={t.volunteerRoles}
            hint={t.volunteerRolesHint}
            value={draft.volunteerRoles}
            onChange={(volunteerRoles) => update({ volunteerRoles })}
          />
          <TextField
            {...field('volunteeringNote')}
            name="volunteeringNote"
            label={t.volunteeringNote}
            value={draft.volunteeringNote}
            onChange={(volunteeringNote) => update({ volunteeringNote })}
          />
        </>
      ) : null}
    </>
  );
}
