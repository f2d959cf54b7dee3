/**
 * What a public issue carries of a draft: an approximate place's true point,
 * address, venue and directions never; a phone number only with consent; the
 * sender's own contact never.
 */
import { describe, expect, it } from 'vitest';
import { approximateCircle, cellCentre } from '../../src/lib/geo.ts';
import { forPublicIssue } from '../../src/lib/privacy/public-draft.ts';
import { emptyDraft, type SubmissionDraft } from '../../src/lib/submission/draft.ts';
import { ISSUE_FIELDS } from '../../src/lib/submission/issue-fields.ts';
import { issueUrl } from '../../src/lib/submission/issue-link.ts';

const TRUE_POINT = { lat: 34.539123, lng: 135.465234 };

function approximate(overrides: Partial<SubmissionDraft> = {}): SubmissionDraft {
  return {
    ...emptyDraft(),
    name: '自宅の居場所',
    precision: 'approximate',
    area: '鳳東町付近',
    address: '堺市西区鳳東町9-9-9',
    placeName: '山田さん宅',
    access: '青い屋根の家',
    lat: String(TRUE_POINT.lat),
    lng: String(TRUE_POINT.lng),
    phone: '072-000-1234',
    phoneConsent: 'no',
    submitterContact: 'yamada@example.jp',
    ...overrides,
  };
}

/** Everything an issue would hold, as the text of its fields. */
function issueText(draft: SubmissionDraft): string {
  const safe = forPublicIssue(draft);
  return ISSUE_FIELDS.map((f) => f.write(safe)).join('\n');
}

describe('forPublicIssue', () => {
  it('never carries an approximate place’s true point, address, venue or directions', () => {
    const text = issueText(approximate());
    for (const secret of ['34.539123', '135.465234', '鳳東町9-9-9', '山田さん宅', '青い屋根']) {
      expect(text).not.toContain(secret);
    }
    const url = decodeURIComponent(issueUrl('https://github.com/o/r', approximate()).url);
    for (const secret of ['34.539123', '135.465234', '鳳東町9-9-9', '山田さん宅', '青い屋根']) {
      expect(url).not.toContain(secret);
    }
  });

  it('gives an approximate place the centre of its grid cell, which draws the same circle', () => {
    const safe = forPublicIssue(approximate());
    const centre = cellCentre(TRUE_POINT);
    expect({ lat: Number(safe.lat), lng: Number(safe.lng) }).toEqual(centre);
    expect(approximateCircle(centre)).toEqual(approximateCircle(TRUE_POINT));
    expect(safe.area).toBe('鳳東町付近');
  });

  it('keeps the published centre of an unmoved correction, and rounds a moved one', () => {
    const published = approximateCircle(TRUE_POINT);
    const unmoved = approximate({ lat: String(published.lat), lng: String(published.lng), publishedPoint: published });
    expect(forPublicIssue(unmoved)).toMatchObject({ lat: String(published.lat), lng: String(published.lng) });
    // A "published point" that is the true point itself is not trusted.
    const forged = approximate({ publishedPoint: TRUE_POINT });
    expect(forPublicIssue(forged).lat).toBe(String(cellCentre(TRUE_POINT).lat));
  });

  it('drops a phone number without consent, and the sender’s contact always', () => {
    expect(forPublicIssue(approximate())).toMatchObject({ phone: '', submitterContact: '' });
    expect(forPublicIssue(approximate({ phoneConsent: '' })).phone).toBe('');
    expect(forPublicIssue(approximate({ phoneConsent: 'yes' })).phone).toBe('072-000-1234');
    expect(issueText(approximate())).not.toContain('yamada@example.jp');
  });

  it('leaves an exact place as it is: the site publishes its address', () => {
    const exact = approximate({ precision: 'exact' });
    expect(forPublicIssue(exact)).toMatchObject({
      address: exact.address,
      placeName: exact.placeName,
      lat: exact.lat,
    });
  });
});
