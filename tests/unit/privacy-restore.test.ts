/**
 * What a correction gets back from the file: an approximate place's true
 * point only while the pin stays where the form put it, its address, venue
 * and directions, and a phone number kept private. And the inverse: what
 * /submit/edit/<id>.json publishes holds none of these.
 */
import { describe, expect, it } from 'vitest';
import { approximateCircle, cellCentre } from '../../src/lib/geo.ts';
import { editDataOf, restorePrivateFields } from '../../src/lib/privacy/restore-private.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { listingSchema, type ListingFrontMatter } from '../../src/schema/listing.ts';

const TRUE_POINT = { lat: 34.539123, lng: 135.465234 };

const current: ListingFrontMatter = listingSchema.parse({
  kind: 'ibasho',
  name: '自宅の居場所',
  nameKana: 'じたくのいばしょ',
  summary: 'テストです。',
  location: {
    placeName: '山田さん宅',
    address: '堺市西区鳳東町9-9-9',
    area: '鳳東町付近',
    ...TRUE_POINT,
    precision: 'approximate',
    access: '青い屋根の家',
  },
  audience: { groups: ['elementary'] },
  contact: { phone: '072-000-1234', phoneConsent: false, email: 'info@example.jp' },
  status: 'active',
  verified: { date: '2026-10-01', by: 'operator', source: '電話' },
});

function corrected(point: { lat: number; lng: number }, extra: Record<string, unknown> = {}) {
  return {
    ...current,
    location: { area: '鳳東町付近', lat: point.lat, lng: point.lng, precision: 'approximate' },
    contact: { email: 'info@example.jp' },
    ...extra,
  };
}

describe('restorePrivateFields', () => {
  it('restores the true point when the pin stays on the published centre', () => {
    const out = restorePrivateFields(corrected(approximateCircle(TRUE_POINT)), current);
    expect(out.location).toMatchObject(TRUE_POINT);
  });

  it('restores the true point when a public issue carried its cell centre', () => {
    const out = restorePrivateFields(corrected(cellCentre(TRUE_POINT)), current);
    expect(out.location).toMatchObject(TRUE_POINT);
  });

  it('keeps a moved pin', () => {
    const moved = { lat: 34.55, lng: 135.47 };
    expect(restorePrivateFields(corrected(moved), current).location).toMatchObject(moved);
  });

  it('restores the address, venue and directions the form never saw', () => {
    const out = restorePrivateFields(corrected(approximateCircle(TRUE_POINT)), current);
    expect(out.location).toMatchObject({
      placeName: '山田さん宅',
      address: '堺市西区鳳東町9-9-9',
      access: '青い屋根の家',
    });
    // In the file's own key order.
    expect(Object.keys(out.location as object)).toEqual(Object.keys(current.location!));
  });

  it('restores a private phone number, and leaves a newly typed one alone', () => {
    const out = restorePrivateFields(corrected(approximateCircle(TRUE_POINT)), current);
    expect(out.contact).toEqual({ email: 'info@example.jp', phone: '072-000-1234', phoneConsent: false });
    const typed = corrected(approximateCircle(TRUE_POINT), { contact: { phone: '072-111-2222', phoneConsent: true } });
    expect(restorePrivateFields(typed, current).contact).toEqual({ phone: '072-111-2222', phoneConsent: true });
  });

  it('restores nothing for a place that is now published exactly', () => {
    const exact = { ...current, location: { address: '堺市西区鳳東町1-1', ...TRUE_POINT, precision: 'exact' } };
    expect(restorePrivateFields(exact, current).location).toEqual(exact.location);
  });
});

describe('editDataOf', () => {
  it('publishes none of what restorePrivateFields puts back', () => {
    const edit = editDataOf(toPublicListing('home', current, '', []));
    const text = JSON.stringify(edit);
    for (const secret of ['34.539123', '135.465234', '鳳東町9-9-9', '山田さん宅', '青い屋根', '072-000-1234']) {
      expect(text).not.toContain(secret);
    }
    const location = edit.data.location as { lat: number; lng: number };
    const { lat, lng } = approximateCircle(TRUE_POINT);
    expect(location).toEqual({ area: '鳳東町付近', lat, lng, precision: 'approximate' });
  });
});
