import { describe, expect, it } from 'vitest';
import { approximateCircle, cellCentre, distanceMetres } from '../../src/lib/geo.ts';
import { toPublicListing, type SchoolRef } from '../../src/lib/privacy/public-listing.ts';
import { listingSchema, type ListingFrontMatter } from '../../src/schema/listing.ts';

const schools: SchoolRef[] = [
  { id: 'north-es', name: '北小学校', level: 'elementary', lat: 34.56, lng: 135.46 },
  { id: 'south-es', name: '南小学校', level: 'elementary', lat: 34.51, lng: 135.46 },
  { id: 'south-jhs', name: '南中学校', level: 'junior-high', lat: 34.5101, lng: 135.4601 },
];

function listing(overrides: Record<string, unknown>): ListingFrontMatter {
  return listingSchema.parse({
    kind: 'kodomo-shokudo',
    name: 'テスト食堂',
    nameKana: 'てすとしょくどう',
    summary: 'テストです。',
    audience: { groups: ['elementary'] },
    status: 'active',
    verified: { date: '2026-10-01', by: 'operator', source: '電話' },
    ...overrides,
  });
}

describe('the published form of a listing', () => {
  it('keeps only the area and a circle around the cell of an approximate place', () => {
    const data = listing({
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
    const published = toPublicListing('x', data, '', schools);
    expect(published.place).toEqual({
      precision: 'approximate',
      area: '鳳東町付近',
      ...approximateCircle({ lat: 34.53712, lng: 135.46583 }),
    });
    const json = JSON.stringify(published);
    // Nor the cell's centre: the circle's centre lies outside the cell.
    for (const secret of ['田中さん宅', '0丁目0-0', '公園の隣', '34.53712', '135.46583', '135.4675'])
      expect(json).not.toContain(secret);
    const place = published.place as { lat: number; lng: number; radiusM: number };
    const metres = distanceMetres(place, { lat: 34.53712, lng: 135.46583 });
    expect(metres).toBeGreaterThanOrEqual(150);
    expect(metres).toBeLessThan(place.radiusM);
  });

  it("judges an approximate place's district from its cell, not from the circle's offset centre", () => {
    const truePoint = { lat: 34.53712, lng: 135.46583 };
    const circle = approximateCircle(truePoint);
    const cell = cellCentre(truePoint);
    // Two schools: one at the cell's centre, one at the circle's centre.
    const pair: SchoolRef[] = [
      { id: 'cell-es', name: 'マス目小学校', level: 'elementary', lat: cell.lat, lng: cell.lng },
      { id: 'circle-es', name: '円小学校', level: 'elementary', lat: circle.lat, lng: circle.lng },
    ];
    const data = listing({ location: { area: '鳳東町付近', ...truePoint, precision: 'approximate' } });
    expect(toPublicListing('x', data, '', pair).districts.elementary?.schoolId).toBe('cell-es');
  });

  it('keeps the exact place when precision is exact', () => {
    const data = listing({
      location: {
        placeName: '会館',
        address: '大阪府堺市西区鳳東町0丁目0-0',
        lat: 34.53712,
        lng: 135.46583,
        precision: 'exact',
      },
    });
    expect(toPublicListing('x', data, '', schools).place).toMatchObject({
      precision: 'exact',
      placeName: '会館',
      lat: 34.53712,
      lng: 135.46583,
    });
  });

  it('publishes a phone only with consent', () => {
    const withConsent = listing({ online: true, contact: { phone: '072-000-1111', phoneConsent: true } });
    const without = listing({
      online: true,
      contact: { phone: '072-000-2222', phoneConsent: false, email: 'a@example.jp' },
    });
    const onlyPhone = listing({ online: true, contact: { phone: '072-000-3333', phoneConsent: false } });
    expect(toPublicListing('a', withConsent, '', schools).contact).toEqual({ phone: '072-000-1111' });
    expect(toPublicListing('b', without, '', schools).contact).toEqual({ email: 'a@example.jp' });
    expect(toPublicListing('c', onlyPhone, '', schools).contact).toBeUndefined();
    expect(JSON.stringify(toPublicListing('c', onlyPhone, '', schools))).not.toContain('3333');
  });

  it('names the declared district, else the nearest elementary school', () => {
    const declared = listing({
      schoolDistrict: 'north-es',
      location: { address: '住所', lat: 34.511, lng: 135.46, precision: 'exact' },
    });
    expect(toPublicListing('a', declared, '', schools).districts.elementary).toEqual({
      schoolId: 'north-es',
      schoolName: '北小学校',
      source: 'declared',
    });
    const guessed = listing({ location: { address: '住所', lat: 34.5102, lng: 135.4602, precision: 'exact' } });
    expect(toPublicListing('b', guessed, '', schools).districts.elementary).toEqual({
      schoolId: 'south-es',
      schoolName: '南小学校',
      source: 'nearest',
    });
    expect(toPublicListing('c', listing({ online: true }), '', schools).districts.elementary).toBeUndefined();
  });
});
