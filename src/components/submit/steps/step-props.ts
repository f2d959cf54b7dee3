import type { CivilDate } from '../../../core/civil-date.ts';
import type { Messages } from '../../../i18n/index.ts';
import type { SubmissionDraft } from '../../../lib/submission/draft.ts';
import type { FieldState } from '../fields.tsx';
import type { SubmitConfig } from '../submit-config.ts';

/** What every step is handed: the draft, how to change it, and the form's words. */
export interface StepProps {
  config: SubmitConfig;
  draft: SubmissionDraft;
  update: (change: Partial<SubmissionDraft>) => void;
  field: (name: string) => FieldState;
  visit: (name: string) => void;
  today: CivilDate;
  isHoliday: (date: CivilDate) => boolean;
  t: Messages['submit'];
}
