import { describe, expect, it } from 'vitest';
import { listingView } from '../../src/lib/listing-view.ts';
import { toPublicListing, type SchoolRef } from '../../src/lib/privacy/public-listing.ts';
import { listingSchema } from '../../src/schema/listing.ts';

const schools: SchoolRef[] = [{ id: 'north-es', name: '北小学校', level: 'elementary', lat: 34.56, lng: 135.46 }];
const today = '2026-11-15';

function view(overrides: Record<string, unknown>, context: { staleAfterMonths?: number } = {}) {
  const data = listingSchema.parse({
    kind: 'kodomo-shokudo',
    name: 'テスト食堂',
    nameKana: 'てすとしょくどう',
    summary: 'テストです。',
    audience: { groups: ['guardian', 'elementary'] },
    status: 'active',
    verified: { date: '2026-10-01', by: 'operator', source: '電話' },
    location: {
      placeName: '北会館',
      address: '大阪府堺市西区鳳東町0丁目0-0',
      access: '駅から徒歩5分',
      lat: 34.56,
      lng: 135.46,
      precision: 'exact',
    },
    ...overrides,
  });
  return listingView(toPublicListing('test', data, '', schools), {
    today,
    addressPrefix: '大阪府堺市西区',
    ...context,
  });
}

describe('the facts every view of a listing shows', () => {
  it('names an exact place with its address and gives directions to it', () => {
    const v = view({});
    expect(v.kind).toEqual({ value: 'kodomo-shokudo', label: '子ども食堂' });
    expect(v.place.short).toBe('北会館');
    expect(v.place.full).toBe('北会館 大阪府堺市西区鳳東町0丁目0-0');
    expect(v.place.plain).toBe(v.place.full);
    expect(v.place.facts).toEqual([
      ['会場', '北会館'],
      ['住所', '大阪府堺市西区鳳東町0丁目0-0'],
      ['行き方', '駅から徒歩5分'],
    ]);
    // No boundary and no declared school: the nearest school's district, said as 付近.
    expect(v.place.district).toBe('北小学校区付近');
    expect(v.place.maps?.href).toContain('destination=34.56,135.46');
  });

  it('shows only the area of an approximate place, nowhere its name, address or access', () => {
    const v = view({
      location: {
        placeName: '田中さん宅',
        address: '大阪府堺市西区鳳東町0丁目0-0',
        area: '鳳東町付近',
        access: '公園の隣',
        lat: 34.53712,
        lng: 135.46583,
        precision: 'approximate',
      },
    });
    expect(v.place.short).toBe('鳳東町付近（おおよその場所）');
    expect(v.place.full).toBe('鳳東町付近（おおよその場所）');
    expect(v.place.plain).toBe('鳳東町付近');
    expect(v.place.facts).toEqual([['地域', '鳳東町付近']]);
    expect(v.place.maps?.href).toContain('search');
    const text = JSON.stringify(v);
    for (const secret of ['田中さん宅', '0丁目0-0', '公園の隣', '34.53712']) expect(text).not.toContain(secret);
  });

  it('leaves out a phone number its operator did not agree to publish', () => {
    const v = view({ contact: { phone: '072-000-0000', phoneConsent: false, email: 'a@example.jp' } });
    expect(v.phone).toBeUndefined();
    expect(JSON.stringify(v)).not.toContain('072-000-0000');
    expect(v.firstContact).toEqual({ href: 'mailto:a@example.jp', label: 'メールで連絡する' });
  });

  it('gives a consented phone number with its tel: link', () => {
    const v = view({ contact: { phone: '072-000-0000', phoneConsent: true, phoneHours: '平日 10:00〜16:00' } });
    expect(v.phone).toEqual({ text: '072-000-0000', href: 'tel:0720000000', hours: '平日 10:00〜16:00' });
    expect(v.firstContact).toBeUndefined();
  });

  it('says cost, audience and reservation in words', () => {
    const v = view({
      cost: {
        options: [
          { for: 'child', yen: 0 },
          { for: 'adult', yen: 300 },
        ],
      },
      reservation: { required: true, methods: ['phone', 'line'] },
    });
    expect(v.cost).toBe('子ども無料・大人300円');
    expect(v.audience).toBe('小学生・保護者');
    expect(v.reservation).toBe('要予約（電話・LINE）');
    expect(view({ audience: undefined }).audience).toBe('対象は直接お問い合わせください');
    expect(view({ reservation: { required: false } }).reservation).toBe('予約不要');
  });

  it("says a free school's facts in words, and that an unknown one is to be asked, never a default", () => {
    expect(view({}).freeSchool).toBeUndefined();
    expect(
      view({
        kind: 'free-school',
        freeSchool: { grades: ['junior-high', 'elementary'], attendanceCredit: 'consult', visits: false, online: true },
      }).freeSchool,
    ).toEqual({
      grades: '小学生・中学生',
      attendanceCredit: '在籍校と相談',
      visits: '見学は受け付けていません',
      online: 'オンラインでも参加できます',
    });
    // Imported from a ward's list that says none of it: each row says to ask.
    const unknown = {
      grades: '直接お問い合わせください',
      attendanceCredit: '直接お問い合わせください',
      visits: '直接お問い合わせください',
    };
    expect(view({ kind: 'free-school' }).freeSchool).toEqual(unknown);
    expect(view({ kind: 'free-school', freeSchool: { note: '説明会あり' } }).freeSchool).toEqual({
      ...unknown,
      note: '説明会あり',
    });
    expect(view({ kind: 'free-school', freeSchool: { visits: true } }).freeSchool).toMatchObject({
      grades: '直接お問い合わせください',
      visits: '見学できます',
    });
  });

  it('judges the confirmed date stale after the site’s months', () => {
    expect(view({}, { staleAfterMonths: 6 }).freshness).toEqual({
      date: '2026-10-01',
      text: '2026年10月1日',
      stale: false,
    });
    const old = view({ verified: { date: '2025-01-10', by: 'operator', source: '電話' } }, { staleAfterMonths: 6 });
    expect(old.freshness.stale).toBe(true);
  });

  it('marks a paused or closed listing as inactive', () => {
    expect(view({}).status).toEqual({ value: 'active', label: '開催中', inactive: false, closed: false });
    expect(view({ status: 'paused' }).status).toMatchObject({ label: '休止中', inactive: true, closed: false });
    expect(view({ status: 'closed' }).status).toMatchObject({ inactive: true, closed: true });
  });
});
