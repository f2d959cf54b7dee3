/** Step 3, 開く日: the rules, holidays, one-off dates and the next dates they give. */
import { Suspense, lazy } from 'react';
import type { StepProps } from './step-props.ts';

// The builder brings the schedule expander and its words: fetched when this step is first shown, not with the form.
const ScheduleBuilder = lazy(() => import('../schedule-builder.tsx').then((m) => ({ default: m.ScheduleBuilder })));

export function ScheduleStep({ draft, update, field, today, isHoliday }: StepProps) {
  return (
    <Suspense fallback={null}>
      <ScheduleBuilder draft={draft} update={update} field={field} today={today} isHoliday={isHoliday} />
    </Suspense>
  );
}
