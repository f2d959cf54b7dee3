/**
 * The gap view's numbers: counts per district through the one district rule,
 * goals, the summary (districts without, 充足率), a district's nearest
 * missing places and helpers, and the CSV read back by PapaParse.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toPublicListing, type SchoolRef } from '../../src/lib/privacy/public-listing.ts';
import { countClass, districtCounts, goalsFor, meetsGoal, summarise } from '../../src/lib/gaps/district-counts.ts';
import { HELPERS_NEAR_M, districtDetail } from '../../src/lib/gaps/district-detail.ts';
import { gapCsv } from '../../src/lib/gaps/gap-csv.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { KIND_VALUES } from '../../src/schema/vocabulary.ts';
import { vocabulary } from '../../src/i18n/ja/vocabulary.ts';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [135.45, 34.52],
      [135.47, 34.52],
      [135.47, 34.54],
      [135.45, 34.54],
      [135.45, 34.52],
    ] as [number, number][],
  ],
};

const schools: (SchoolRef & { nameKana: string })[] = [
  {
    id: 'square-es',
    name: '四角小学校',
    nameKana: 'しかく',
    level: 'elementary',
    lat: 34.53,
    lng: 135.46,
    district: square,
  },
  { id: 'east-es', name: '東小学校', nameKana: 'ひがし', level: 'elementary', lat: 34.53, lng: 135.49 },
  { id: 'west-es', name: '西小学校', nameKana: 'にし', level: 'elementary', lat: 34.53, lng: 135.43 },
  { id: 'middle-jhs', name: '中央中学校', nameKana: 'ちゅうおう', level: 'junior-high', lat: 34.53, lng: 135.465 },
];

let count = 0;
function place(lat: number, lng: number, overrides: Record<string, unknown> = {}) {
  const id = `l${++count}`;
  const data = listingSchema.parse({
    kind: 'kodomo-shokudo',
    name: `場所${id}`,
    nameKana: 'ばしょ',
    summary: 'テスト',
    audience: { groups: ['elementary'] },
    status: 'active',
    verified: { date: '2026-10-01', by: 'operator', source: '電話' },
    location: { placeName: '会館', address: '大阪府堺市西区0丁目0-0', lat, lng, precision: 'exact' },
    ...overrides,
  });
  return toPublicListing(id, data, '', schools);
}

const inSquare1 = place(34.53, 135.455);
const inSquare2 = place(34.525, 135.465);
const pausedInEast = place(34.53, 135.49, { status: 'paused' });
const freeInEast = place(34.531, 135.491, {
  kind: 'free-school',
  freeSchool: { grades: ['elementary'], attendanceCredit: 'consult', visits: true },
});
const helper = place(34.531, 135.489, {
  kind: 'volunteer',
  volunteer: { direction: 'offer', activities: ['調理'] },
  location: { area: '東町付近', lat: 34.531, lng: 135.489, precision: 'approximate' },
});
const wanting = place(34.529, 135.468, { volunteering: { wanted: true, roles: ['配膳'] } });
const online = place(34.53, 135.46, { kind: 'consultation', location: undefined, online: true });
const listings = [inSquare1, inSquare2, pausedInEast, freeInEast, helper, wanting, online];

describe('counts per district', () => {
  const rows = districtCounts(schools, listings, 'elementary');

  it('count active listings by the one district rule, with an explicit 0 for every kind', () => {
    expect(rows.map((row) => row.school.id)).toEqual(['square-es', 'east-es', 'west-es']);
    const byId = Object.fromEntries(rows.map((row) => [row.school.id, row.counts]));
    // The counts equal an independent count over each listing's own district.
    for (const row of rows) {
      for (const kind of KIND_VALUES) {
        const expected = listings.filter(
          (l) => l.status === 'active' && l.kind === kind && l.districts.elementary?.schoolId === row.school.id,
        ).length;
        expect(row.counts[kind], `${row.school.id} ${kind}`).toBe(expected);
      }
    }
    expect(byId['square-es']!['kodomo-shokudo']).toBe(3);
    // The paused cafeteria in 東 is not counted; its free school and helper are.
    expect(byId['east-es']).toEqual({
      'kodomo-shokudo': 0,
      'free-school': 1,
      ibasho: 0,
      consultation: 0,
      volunteer: 1,
    });
    expect(byId['west-es']!['kodomo-shokudo']).toBe(0);
    expect(rows.find((row) => row.school.id === 'square-es')!.approximate).toBe(false);
    expect(rows.find((row) => row.school.id === 'east-es')!.approximate).toBe(true);
  });

  it('leave a place with no location out of every district', () => {
    expect(rows.flatMap((row) => row.listings).map((l) => l.id)).not.toContain(online.id);
  });

  it('turn a district to 0 when its cafeterias go', () => {
    const without = districtCounts(
      schools,
      listings.filter((l) => l !== inSquare1 && l !== inSquare2 && l !== wanting),
      'elementary',
    );
    expect(without.find((row) => row.school.id === 'square-es')!.counts['kodomo-shokudo']).toBe(0);
  });

  it('judge goals and summarise districts without a kind and the 充足率', () => {
    const goals = goalsFor(
      [
        { kind: 'kodomo-shokudo', level: 'elementary', atLeast: 1 },
        { kind: 'ibasho', level: 'junior-high', atLeast: 2 },
      ],
      'elementary',
    );
    expect(goals).toHaveLength(1);
    expect(rows.map((row) => meetsGoal(row, goals[0]!))).toEqual([true, false, false]);
    const summary = summarise(rows, 'kodomo-shokudo', goals[0]);
    expect(summary).toMatchObject({ districts: 3, without: 2, listings: 3, short: 2 });
    expect(summary.ratio).toBeCloseTo(1);
    expect(summarise([], 'kodomo-shokudo').ratio).toBeUndefined();
    expect([0, 1, 2, 7].map(countClass)).toEqual(['0', '1', '2+', '2+']);
  });
});

describe('one district', () => {
  const rows = districtCounts(schools, listings, 'elementary');
  const east = districtDetail(
    rows.find((row) => row.school.id === 'east-es')!,
    listings,
    'elementary',
  );

  it('names the nearest active place of each missing kind outside it, with its distance', () => {
    const missing = Object.fromEntries(east.nearestMissing.map((entry) => [entry.kind, entry.nearest]));
    expect(Object.keys(missing)).toEqual(['kodomo-shokudo', 'ibasho', 'consultation']);
    // Not the paused one inside 東: the nearest active cafeteria, in 四角.
    expect(missing['kodomo-shokudo']!.listing.id).toBe(wanting.id);
    expect(missing['kodomo-shokudo']!.metres).toBeGreaterThan(1500);
    // The only consultation has no place: nothing to walk to.
    expect(missing.consultation).toBeUndefined();
    expect(missing.ibasho).toBeUndefined();
  });

  it('lists helpers and places wanting help in or near it, not far away', () => {
    expect(east.helpersNear.map((p) => p.listing.id)).toEqual([helper.id]);
    expect(east.helpersNear[0]!.metres).toBeLessThan(HELPERS_NEAR_M);
    const square = districtDetail(rows[0]!, listings, 'elementary');
    expect(square.wantingHelpNear.map((p) => p.listing.id)).toEqual([wanting.id]);
    // 西 is about 5 km from the helper in 東: too far.
    const west = districtDetail(rows[2]!, listings, 'elementary');
    expect(west.helpersNear).toEqual([]);
  });
});

describe('the CSV', () => {
  it('has one row per district and one column per kind, read back by an independent parser', () => {
    const goal = { kind: 'kodomo-shokudo' as const, level: 'elementary' as const, atLeast: 1 };
    const text = gapCsv(
      [
        { level: 'elementary', rows: districtCounts(schools, listings, 'elementary'), goals: [goal] },
        { level: 'junior-high', rows: districtCounts(schools, listings, 'junior-high'), goals: [] },
      ],
      {
        header: { id: 'ID', name: '名前', nameKana: 'よみ', level: '種類', area: '範囲' },
        kind: vocabulary.kind,
        level: { elementary: '小学校区', 'junior-high': '中学校区' },
        area: { exact: '境界', approximate: 'おおよそ' },
        goalHeader: () => '目標',
        met: '達成',
        short: '未達',
      },
    );
    expect(text.startsWith('\ufeff')).toBe(true);
    const { data, errors } = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([
      'ID',
      '名前',
      'よみ',
      '種類',
      '範囲',
      ...KIND_VALUES.map((k) => vocabulary.kind[k]),
      '目標',
    ]);
    expect(data.slice(1).map((row) => row[0])).toEqual(['square-es', 'east-es', 'west-es', 'middle-jhs']);
    expect(data[2]).toEqual(['east-es', '東小学校', 'ひがし', '小学校区', 'おおよそ', '0', '1', '0', '0', '1', '未達']);
    expect(data[4]![10]).toBe('');
  });
});
