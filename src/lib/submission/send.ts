/**
 * The three ways a finished draft leaves the form — a downloaded file, an
 * e-mail, a GitHub issue — as plain functions of the draft, so what is sent
 * can be tested without a browser. The form only wires them to buttons.
 */
import type { Messages } from '../../i18n/index.ts';
import { submit } from '../../i18n/ja/submit.ts';
import type { SubmissionDraft } from './draft.ts';
import { issueTitle, issueUrl, type IssueLink } from './issue-link.ts';
import { listingFileName } from './listing-file.ts';

type MailWords = Messages['submit']['mail'];

/** The name the listing file is downloaded and attached under. */
export function downloadName(draft: Pick<SubmissionDraft, 'id'>): string {
  return listingFileName(draft.id);
}

/**
 * The e-mail's body: who it is for, the volunteer's message and private
 * contact (editors only ever see these by mail or download), then the file.
 */
export function mailBody(
  siteName: string,
  draft: SubmissionDraft,
  fileText: string,
  words: MailWords = submit.mail,
): string {
  return [
    words.intro(siteName, draft.mode === 'correction'),
    draft.message ? words.message(draft.message) : '',
    draft.submitterContact ? words.contact(draft.submitterContact) : '',
    words.file(downloadName(draft)),
    fileText,
  ].join('\n');
}

/** A `mailto:` link that opens the e-mail with its subject and body filled in. */
export function mailtoUrl(
  email: string,
  siteName: string,
  draft: SubmissionDraft,
  fileText: string,
  words: MailWords = submit.mail,
): string {
  const subject = encodeURIComponent(issueTitle(draft));
  const body = encodeURIComponent(mailBody(siteName, draft, fileText, words));
  return `mailto:${email}?subject=${subject}&body=${body}`;
}

/**
 * The pre-filled issue link, or nothing when the site has no repository.
 * A link too long for GitHub leaves out its longest free-text fields;
 * `omitted` names them so the form can say what to paste by hand.
 */
export function issueLink(repository: string | undefined, draft: SubmissionDraft): IssueLink | undefined {
  return repository ? issueUrl(repository, draft) : undefined;
}
