/** Under the form: where the draft is kept, and starting over (with a confirmation, as it cannot be undone). */
import { Words } from './words.tsx';
import { useState } from 'react';
import type { Messages } from '../../i18n/index.ts';

export function DraftStorage({
  saved,
  reset,
  t,
}: {
  /** Whether the browser kept the last change; unknown before the first. */
  saved: boolean | undefined;
  reset: () => void;
  t: Messages['submit']['shell'];
}) {
  const [confirmClear, setConfirmClear] = useState(false);
  return (
    <div className="submit-storage">
      <p aria-live="polite" className="submit-hint" data-saved={saved ? 'true' : 'false'}>
        <Words text={saved === false ? t.notSaved : t.saved} />
      </p>
      {confirmClear ? (
        <p role="alert">
          {t.confirmClear}{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirmClear(false);
              reset();
            }}
            data-clear-confirm
          >
            <Words text={t.clear} />
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirmClear(false)}>
            <Words text={t.cancel} />
          </button>
        </p>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirmClear(true)} data-clear>
          <Words text={t.startOver} />
        </button>
      )}
    </div>
  );
}
