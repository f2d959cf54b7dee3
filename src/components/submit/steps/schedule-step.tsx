/** Step 3, 開く日: the rules, holidays, one-off dates and the next dates they give. */
import { ScheduleBuilder } from '../schedule-builder.tsx';
import type { StepProps } from './step-props.ts';

export function ScheduleStep({ draft, update, field, today, isHoliday }: StepProps) {
  return <ScheduleBuilder draft={draft} update={update} field={field} today={today} isHoliday={isHoliday} />;
}
