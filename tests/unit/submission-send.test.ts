import { describe, expect, it } from 'vitest';
import { emptyDraft, type SubmissionDraft } from '../../src/lib/submission/draft.ts';
import { MAX_ISSUE_URL, issueTitle } from '../../src/lib/submission/issue-link.ts';
import { downloadName, issueLink, mailBody, mailtoUrl } from '../../src/lib/submission/send.ts';

const REPOSITORY = 'https://github.com/example/kodomo-map';
const FILE_TEXT = '---\nname: おおとりみんな食堂\n---\n\n毎月のごはん会です。\n';

function draft(change: Partial<SubmissionDraft> = {}): SubmissionDraft {
  return {
    ...emptyDraft(),
    kind: 'kodomo-shokudo',
    id: 'otori-minna-shokudo',
    name: 'おおとりみんな食堂',
    nameKana: 'おおとりみんなしょくどう',
    summary: '毎月第2・第4土曜のお昼、地域のみんなでごはんを食べる子ども食堂です。',
    ...change,
  };
}

describe('downloadName', () => {
  it('is the listing file the id becomes', () => {
    expect(downloadName(draft())).toBe('otori-minna-shokudo.md');
  });
});

describe('mailBody', () => {
  it('says what it is, carries the message and private contact, then the file', () => {
    const body = mailBody(
      'こども地域マップ',
      draft({ message: '第3土曜に変わりました', submitterContact: '山田 090-0000-0000' }),
      FILE_TEXT,
    );
    expect(body).toBe(
      [
        'こども地域マップ の掲載申請です。',
        '\nメッセージ:\n第3土曜に変わりました',
        '\n送った人の連絡先（公開しません）:\n山田 090-0000-0000',
        '\n--- ファイル otori-minna-shokudo.md ---\n',
        FILE_TEXT,
      ].join('\n'),
    );
  });

  it('calls a correction a correction and leaves out empty parts', () => {
    const body = mailBody('こども地域マップ', draft({ mode: 'correction' }), FILE_TEXT);
    expect(body.startsWith('こども地域マップ の訂正です。\n')).toBe(true);
    expect(body).not.toContain('メッセージ:');
    expect(body).not.toContain('送った人の連絡先');
  });
});

describe('mailtoUrl', () => {
  it('percent-encodes subject and body so nothing in them splits the link', () => {
    const sent = draft({ message: 'A & B = ?#100%' });
    const url = mailtoUrl('editor@example.org', 'こども地域マップ', sent, FILE_TEXT);
    expect(url.startsWith('mailto:editor@example.org?subject=')).toBe(true);
    const query = url.slice(url.indexOf('?') + 1);
    // One separator only: the message's "&", "=", "?" and "#" are encoded.
    expect(query.split('&').map((part) => part.split('=')[0])).toEqual(['subject', 'body']);
    expect(query).not.toMatch(/[#?+ \n]/);
    expect(query).toContain('%0A');
    expect(query).toContain('%20');
    const [subject, body] = query.split('&').map((part) => decodeURIComponent(part.slice(part.indexOf('=') + 1)));
    expect(subject).toBe(issueTitle(sent));
    expect(subject).toBe('【掲載申請】おおとりみんな食堂');
    expect(body).toBe(mailBody('こども地域マップ', sent, FILE_TEXT));
  });
});

describe('issueLink', () => {
  it('is absent when the site takes no issues', () => {
    expect(issueLink(undefined, draft())).toBeUndefined();
  });

  it('fits a short draft whole, without the private contact', () => {
    const link = issueLink(REPOSITORY, draft({ submitterContact: '山田 090-0000-0000' }))!;
    expect(link.url.startsWith(`${REPOSITORY}/issues/new?`)).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
    expect(link.omitted).toEqual([]);
    const params = new URL(link.url).searchParams;
    expect(params.get('title')).toBe('【掲載申請】おおとりみんな食堂');
    expect(link.url).not.toContain(encodeURIComponent('山田'));
  });

  it('drops the longest text fields of an over-long draft and names them', () => {
    const long = draft({ description: 'ごはん'.repeat(1000), scheduleNote: '夏休みは毎週'.repeat(200) });
    const link = issueLink(REPOSITORY, long)!;
    expect(link.url.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
    expect(link.omitted).toEqual(['紹介文 / Description', '日程の補足 / Schedule note']);
    const params = new URL(link.url).searchParams;
    expect(params.has('description')).toBe(false);
    expect(params.has('schedule-note')).toBe(false);
    // The short fields stay.
    expect(params.get('summary')).toBe(long.summary);
  });

  it('stops dropping once the link fits', () => {
    const link = issueLink(REPOSITORY, draft({ description: 'ごはん'.repeat(1000), scheduleNote: '夏休みは毎週' }))!;
    expect(link.omitted).toEqual(['紹介文 / Description']);
    expect(new URL(link.url).searchParams.get('schedule-note')).toBe('夏休みは毎週');
  });
});
