/** Step 6, 連絡先・公開の同意: the contacts to publish, consent for a phone number, and who is sending. */
import { readPhone } from '../../../core/phone-number.ts';
import { ChoiceGroup, TextField } from '../fields.tsx';
import type { StepProps } from './step-props.ts';

export function ContactStep({ draft, update, field, t: { contact: t, fields } }: StepProps) {
  const hasPhone = Boolean(draft.phone.trim());
  const correction = draft.mode === 'correction';
  return (
    <>
      <TextField
        {...field('phone')}
        name="phone"
        label={t.phone}
        hint={phoneHint(draft.phone, t)}
        type="tel"
        inputMode="tel"
        value={draft.phone}
        onChange={(phone) => update({ phone })}
      />
      {hasPhone ? (
        <ChoiceGroup<'yes' | 'no'>
          {...field('phoneConsent')}
          name="phoneConsent"
          legend={t.phoneConsent}
          required
          hint={t.phoneConsentHint}
          options={[
            { value: 'yes', label: t.phoneConsentYes },
            { value: 'no', label: t.phoneConsentNo },
          ]}
          value={draft.phoneConsent}
          onChange={(phoneConsent) => update({ phoneConsent })}
        />
      ) : null}
      {hasPhone ? (
        <TextField
          {...field('phoneHours')}
          name="phoneHours"
          label={t.phoneHours}
          hint={t.phoneHoursHint}
          value={draft.phoneHours}
          onChange={(phoneHours) => update({ phoneHours })}
        />
      ) : null}
      <TextField
        {...field('email')}
        name="email"
        label={t.email}
        type="email"
        inputMode="email"
        value={draft.email}
        onChange={(email) => update({ email })}
      />
      <TextField
        {...field('website')}
        name="website"
        label={t.website}
        hint={t.websiteHint}
        type="url"
        inputMode="url"
        value={draft.website}
        onChange={(website) => update({ website })}
      />
      <TextField
        {...field('line')}
        name="line"
        label={t.line}
        type="url"
        inputMode="url"
        value={draft.line}
        onChange={(line) => update({ line })}
      />
      <TextField
        {...field('form')}
        name="form"
        label={t.form}
        type="url"
        inputMode="url"
        value={draft.form}
        onChange={(form) => update({ form })}
      />
      <TextField
        {...field('links')}
        name="links"
        label={fields.links}
        multiline
        value={draft.links}
        onChange={(links) => update({ links })}
      />
      <ChoiceGroup<'yes' | 'no'>
        {...field('isOperator')}
        name="isOperator"
        legend={t.isOperator}
        required
        options={[
          { value: 'yes', label: t.isOperatorYes },
          { value: 'no', label: t.isOperatorNo },
        ]}
        value={draft.isOperator}
        onChange={(isOperator) => update({ isOperator })}
      />
      <TextField
        {...field('submitterContact')}
        name="submitterContact"
        label={t.submitterContact}
        hint={t.submitterContactHint}
        multiline
        rows={2}
        value={draft.submitterContact}
        onChange={(submitterContact) => update({ submitterContact })}
      />
      <TextField
        {...field('message')}
        name="message"
        label={correction ? t.changes : t.message}
        hint={correction ? t.changesHint : undefined}
        multiline
        rows={3}
        value={draft.message}
        onChange={(message) => update({ message })}
      />
    </>
  );
}

/** The example, and once a number can be read, the form it will be published in. */
function phoneHint(typed: string, t: StepProps['t']['contact']): string {
  const reading = typed.trim() ? readPhone(typed) : undefined;
  if (reading?.ok && reading.value !== typed.trim()) return t.phoneAs(reading.value);
  return t.phoneHint;
}
