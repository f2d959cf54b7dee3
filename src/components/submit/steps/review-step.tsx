/**
 * Step 7, 確認して送る: the id, what still needs fixing, the listing as the
 * site will show it, the file it becomes, and the three ways to send it.
 */
import { Words } from '../words.tsx';
import { Suspense, lazy, useMemo, useState } from 'react';
import type { CivilDate } from '../../../core/civil-date.ts';
import type { Messages } from '../../../i18n/index.ts';
import type { SubmissionDraft } from '../../../lib/submission/draft.ts';
import { renderListingFile } from '../../../lib/submission/listing-file.ts';
import { downloadName, issueLink, mailtoUrl } from '../../../lib/submission/send.ts';
import { draftToListing, type FieldErrors } from '../../../lib/submission/to-listing.ts';
import type { SubmitConfig } from '../submit-config.ts';
import { STEPS, stepOf } from '../use-draft.ts';

// The preview brings the site's Markdown renderer and listing view (about 20 KB gzipped): fetched when the review is first shown, not with the form.
const ListingPreview = lazy(() => import('../listing-preview.tsx').then((m) => ({ default: m.ListingPreview })));

export function ReviewStep(props: {
  config: SubmitConfig;
  /** The draft as it will be sent (with its id filled in). */
  draft: SubmissionDraft;
  errors: FieldErrors;
  today: CivilDate;
  isHoliday: (date: CivilDate) => boolean;
  idField: React.ReactNode;
  goToField: (name: string) => void;
  t: Messages['submit'];
}) {
  const { config, draft, errors, today } = props;
  const t = props.t.review;
  const file = useMemo(() => draftToListing(draft, today), [draft, today]);
  const text = useMemo(() => renderListingFile(file), [file]);
  const problems = Object.entries(errors);
  const [copied, setCopied] = useState<string | undefined>(undefined);
  const issue = issueLink(config.repository, draft);
  const fileName = downloadName(draft);
  const mailto = mailtoUrl(config.email, config.siteName, draft, text, props.t.mail);
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async (label: string, value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(label);
    } catch {
      setCopied(undefined);
    }
  };
  const ready = problems.length === 0;

  return (
    <>
      {props.idField}
      {ready ? null : (
        <div className="submit-problems" data-review-problems>
          <p>
            <Words text={t.fixFirst} />
          </p>
          <ul>
            {problems.map(([name, message]) => (
              <li key={name}>
                <button type="button" className="link-button" onClick={() => props.goToField(name)}>
                  {props.t.steps[STEPS[stepOf(name)]!.key]}
                </button>
                : {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>
        <Words text={t.preview} />
      </h3>
      <Suspense fallback={null}>
        <ListingPreview file={file} today={today} isHoliday={props.isHoliday} listingBase={config.listingBase} />
      </Suspense>
      <details className="submit-file">
        <summary>
          <Words text={t.file(fileName)} />
        </summary>
        <pre data-file-text>{text}</pre>
      </details>
      <h3>
        <Words text={t.howToSend} />
      </h3>
      <ul className="submit-send">
        <li>
          <button type="button" className="button" disabled={!ready} onClick={download} data-send-download>
            <Words text={t.download} />
          </button>
          <p className="submit-hint">
            <Words text={t.downloadHint(config.email)} />
          </p>
        </li>
        <li>
          {ready ? (
            <a className="button" href={mailto} data-send-email>
              <Words text={t.email} />
            </a>
          ) : (
            <span className="button" aria-disabled="true">
              <Words text={t.email} />
            </span>
          )}
          <p className="submit-hint">
            <Words text={t.emailHint} />
          </p>
        </li>
        {issue ? (
          <li>
            {ready ? (
              <a className="button" href={issue.url} target="_blank" rel="noopener noreferrer" data-send-issue>
                <Words text={t.issue} />
              </a>
            ) : (
              <span className="button" aria-disabled="true">
                <Words text={t.issue} />
              </span>
            )}
            <p className="submit-hint">
              <Words text={t.issueHint} />
            </p>
            {issue.omitted.length > 0 ? (
              <div className="notice" data-issue-omitted>
                <p>
                  <Words text={t.omitted(issue.omitted)} />
                </p>
                {issue.omitted.some((label) => label.startsWith(t.descriptionLabel)) ? (
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => void copy('description', draft.description)}
                  >
                    <Words text={t.copyDescription} />
                  </button>
                ) : null}
                {copied ? (
                  <span aria-live="polite">
                    <Words text={t.copied} />
                  </span>
                ) : null}
              </div>
            ) : null}
          </li>
        ) : null}
      </ul>
    </>
  );
}
