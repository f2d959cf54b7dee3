import { describe, expect, it } from 'vitest';
import { isInsideGeometry, type DistrictGeometry } from '../../src/lib/geo.ts';
import { toPublicListing, type SchoolRef } from '../../src/lib/privacy/public-listing.ts';
import { needsOf } from '../../src/lib/schools/needs.ts';
import { bounded } from '../../src/lib/pagination.ts';
import {
  districtIsApproximate,
  groupByNeed,
  isForSchoolLevel,
  listingsForSchool,
  remoteForSchool,
} from '../../src/lib/schools/school-listings.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { schoolSchema } from '../../src/schema/school.ts';

// A square district around (34.53, 135.46) with a hole in its north-east corner.
const square: DistrictGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [135.45, 34.52],
      [135.47, 34.52],
      [135.47, 34.54],
      [135.45, 34.54],
      [135.45, 34.52],
    ],
    [
      [135.465, 34.535],
      [135.469, 34.535],
      [135.469, 34.539],
      [135.465, 34.539],
      [135.465, 34.535],
    ],
  ],
};

const schools: SchoolRef[] = [
  { id: 'square-es', name: '四角小学校', level: 'elementary', lat: 34.53, lng: 135.46, district: square },
  { id: 'east-es', name: '東小学校', level: 'elementary', lat: 34.53, lng: 135.475 },
  { id: 'far-es', name: '遠小学校', level: 'elementary', lat: 34.6, lng: 135.6 },
  { id: 'middle-jhs', name: '中央中学校', level: 'junior-high', lat: 34.53, lng: 135.465 },
];

let count = 0;
function place(lat: number, lng: number, overrides: Record<string, unknown> = {}) {
  const id = `l${++count}`;
  const data = listingSchema.parse({
    kind: 'kodomo-shokudo',
    name: `場所${id}`,
    nameKana: 'ばしょ',
    summary: 'テスト',
    audience: { groups: ['elementary', 'junior-high'] },
    status: 'active',
    verified: { date: '2026-10-01', by: 'operator', source: '電話' },
    location: { placeName: '会館', address: '大阪府堺市西区0丁目0-0', lat, lng, precision: 'exact' },
    ...overrides,
  });
  return toPublicListing(id, data, '', schools);
}

describe('district boundaries', () => {
  it('hold points inside the outer ring and outside its holes', () => {
    expect(isInsideGeometry({ lat: 34.53, lng: 135.46 }, square)).toBe(true);
    expect(isInsideGeometry({ lat: 34.537, lng: 135.467 }, square)).toBe(false); // in the hole
    expect(isInsideGeometry({ lat: 34.55, lng: 135.46 }, square)).toBe(false);
    const multi: DistrictGeometry = { type: 'MultiPolygon', coordinates: [square.coordinates] };
    expect(isInsideGeometry({ lat: 34.53, lng: 135.46 }, multi)).toBe(true);
  });

  it('decide a listing’s district before the nearest school does', () => {
    // Nearer to 東小 (135.475) than to 四角小 (135.46), but inside 四角小's boundary.
    const inside = place(34.525, 135.469);
    expect(inside.districts.elementary).toEqual({
      schoolId: 'square-es',
      schoolName: '四角小学校',
      source: 'boundary',
    });
    const outside = place(34.53, 135.48);
    expect(outside.districts.elementary?.source).toBe('nearest');
    expect(outside.districts.elementary?.schoolId).toBe('east-es');
  });

  it('are validated as closed GeoJSON rings of [lng, lat]', () => {
    const base = { name: '学校', nameKana: 'がっこう', level: 'elementary', lat: 34.53, lng: 135.46 };
    expect(schoolSchema.safeParse({ ...base, district: square }).success).toBe(true);
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [135.45, 34.52],
          [135.47, 34.52],
          [135.47, 34.54],
          [135.45, 34.54],
        ],
      ],
    };
    const result = schoolSchema.safeParse({ ...base, district: open });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('A ring must end where it starts');
    expect(schoolSchema.safeParse({ ...base, district: { type: 'Point', coordinates: [135.46, 34.53] } }).success).toBe(
      false,
    );
  });
});

describe('a school page’s listings', () => {
  const near = place(34.531, 135.461, { services: ['meal', 'study'] });
  const hole = place(34.537, 135.467, {
    kind: 'free-school',
    freeSchool: { grades: ['elementary'], attendanceCredit: 'consult', visits: true },
  });
  const east = place(34.53, 135.476, { kind: 'ibasho' });
  const far = place(34.6, 135.6);
  const closed = place(34.5301, 135.4601, { status: 'closed' });
  const paused = place(34.5302, 135.4602, { status: 'paused' });
  const listings = [far, east, hole, near, closed, paused];

  it('take the district and the places within the radius, nearest first, leaving paused and closed places out', () => {
    const found = listingsForSchool(schools[0]!, schools, listings, 1500);
    expect(found.map((f) => f.listing.id)).toEqual([near.id, hole.id, east.id]);
    expect(found.map((f) => f.inDistrict)).toEqual([true, false, false]);
    expect(found.every((f) => f.nearby)).toBe(true);
    expect(found[0]!.metres).toBeLessThan(200);
  });

  it('approximate a district without a boundary by the nearest school of the same level', () => {
    expect(districtIsApproximate(schools[1]!)).toBe(true);
    const found = listingsForSchool(schools[1]!, schools, listings, 300);
    // The one inside 四角小's boundary is 四角小's. The place in its hole is outside its boundary,
    // so it goes to the nearest school whose boundary is not known: 東小, though 四角小 is nearer.
    expect(found.map((f) => [f.listing.id, f.inDistrict])).toEqual([
      [east.id, true],
      [hole.id, true],
    ]);
    expect(hole.districts.elementary).toEqual({ schoolId: 'east-es', schoolName: '東小学校', source: 'nearest' });
    // Junior-high districts are shared out among junior-high schools only: the one here takes all.
    const jhs = listingsForSchool(schools[3]!, schools, listings, 100);
    expect(jhs).toHaveLength(4);
    expect(jhs.every((f) => f.inDistrict)).toBe(true);
  });

  it('group by need: a cafeteria that also teaches is under both', () => {
    expect(needsOf({ kind: 'kodomo-shokudo', services: ['meal', 'study'] })).toEqual(['meal', 'study']);
    expect(needsOf({ kind: 'volunteer', services: ['meal'] })).toEqual([]);
    const groups = groupByNeed(listingsForSchool(schools[0]!, schools, listings, 1500));
    expect(groups.map((g) => [g.need, g.items.map((i) => i.listing.id)])).toEqual([
      ['meal', [near.id]],
      ['study', [near.id]],
      ['after-school', [east.id]],
      ['school-difficulty', [hole.id]],
      ['consultation', []],
    ]);
    expect(groups.every((g) => g.hidden === 0)).toBe(true);
  });

  it('shows the nearest few under each need and counts the rest', () => {
    const found = listingsForSchool(schools[0]!, schools, listings, 1500);
    const groups = groupByNeed([...found, ...found, ...found], 2);
    const meal = groups.find((g) => g.need === 'meal')!;
    expect(meal.items.map((i) => i.listing.id)).toEqual([near.id, near.id]);
    expect(meal.hidden).toBe(1);
    expect(groups.find((g) => g.need === 'consultation')).toEqual({ need: 'consultation', items: [], hidden: 0 });
  });

  it('bounds a list to its first few and counts the rest, whatever its length', () => {
    const list = Array.from({ length: 50_000 }, (_, i) => i);
    expect(bounded(list, 12)).toEqual({ items: list.slice(0, 12), hidden: 49_988 });
    expect(bounded(list.slice(0, 12), 12)).toEqual({ items: list.slice(0, 12), hidden: 0 });
    expect(bounded(list.slice(0, 3), 12)).toEqual({ items: [0, 1, 2], hidden: 0 });
    expect(bounded([], 12)).toEqual({ items: [], hidden: 0 });
    // No bound given: everything, nothing hidden.
    expect(bounded(list.slice(0, 40))).toEqual({ items: list.slice(0, 40), hidden: 0 });
    // A bound is a count of places: never negative, never a fraction.
    expect(bounded([1, 2, 3], -1)).toEqual({ items: [], hidden: 3 });
    expect(bounded([1, 2, 3], 2.5)).toEqual({ items: [1, 2], hidden: 1 });
  });

  it("keeps a dense region's need groups to the bound, nearest first", () => {
    const found = listingsForSchool(schools[0]!, schools, listings, 1500);
    const many = Array.from({ length: 200 }, () => found).flat();
    for (const group of groupByNeed(many, 12)) {
      const all = many.filter((item) => needsOf(item.listing).includes(group.need));
      expect(group.items, group.need).toEqual(all.slice(0, 12));
      expect(group.items.length + group.hidden, group.need).toBe(all.length);
    }
  });
});

describe("a school's own pupils", () => {
  it('decide which places its page lists', () => {
    const groups = (...g: string[]) => ({ groups: g }) as Parameters<typeof isForSchoolLevel>[0];
    expect(isForSchoolLevel(groups('infant', 'guardian'), 'junior-high')).toBe(false);
    expect(isForSchoolLevel(groups('infant', 'guardian'), 'elementary')).toBe(false);
    expect(isForSchoolLevel(groups('infant', 'elementary', 'guardian'), 'elementary')).toBe(true);
    expect(isForSchoolLevel(groups('infant', 'elementary', 'guardian'), 'junior-high')).toBe(false);
    expect(isForSchoolLevel(groups('high-school'), 'elementary')).toBe(false);
    expect(isForSchoolLevel(groups('junior-high', 'high-school'), 'junior-high')).toBe(true);
    expect(isForSchoolLevel(groups('everyone'), 'junior-high')).toBe(true);
    // A parents' consultation serves every school's families.
    expect(isForSchoolLevel(groups('guardian'), 'junior-high')).toBe(true);
  });

  it('leave out a baby group from a junior-high page and a high-school place from an elementary one', () => {
    const baby = place(34.53, 135.4652, { audience: { groups: ['infant', 'guardian'] } });
    const teens = place(34.5301, 135.4651, { audience: { groups: ['high-school'] } });
    const jhs = listingsForSchool(schools[3]!, schools, [baby, teens], 1500).map((f) => f.listing.id);
    const es = listingsForSchool(schools[0]!, schools, [baby, teens], 1500).map((f) => f.listing.id);
    expect(jhs).toEqual([]);
    expect(es).toEqual([]);
  });

  it('find the places with no location, online or by phone, for their own section', () => {
    const online = (groups: string[], kind = 'free-school') =>
      listingSchema.parse({
        kind,
        name: 'オンライン',
        nameKana: 'おんらいん',
        summary: 'テスト',
        online: true,
        audience: { groups },
        status: 'active',
        verified: { date: '2026-10-01', by: 'operator', source: '電話' },
        ...(kind === 'free-school'
          ? { freeSchool: { grades: ['junior-high'], attendanceCredit: 'consult', visits: true } }
          : {}),
      });
    const line = toPublicListing('line', online(['junior-high', 'high-school'], 'consultation'), '', schools);
    const school = toPublicListing('school', online(['elementary']), '', schools);
    const somewhere = place(34.531, 135.461);
    expect(remoteForSchool(schools[3]!, [line, school, somewhere]).map((l) => l.id)).toEqual(['line']);
    expect(remoteForSchool(schools[0]!, [line, school, somewhere]).map((l) => l.id)).toEqual(['school']);
  });
});
