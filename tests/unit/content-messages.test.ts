/**
 * Messages for what people actually type: latitude and longitude swapped. Each
 * message must be true, name the line or field, and say what to write instead.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/lib/content/cross-checks.ts';
import { loadContent, type ContentSet } from '../../src/lib/content/load-content.ts';
import { parseYamlFile } from '../../src/lib/content/parse-file.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { issuesToProblems, volunteerErrorMap } from '../../src/lib/content/zod-messages.ts';
import { draftFromListing } from '../../src/lib/submission/from-listing.ts';
import { validateDraft } from '../../src/lib/submission/to-listing.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { schoolSchema } from '../../src/schema/school.ts';
import { siteSchema } from '../../src/schema/site.ts';
import { BAD_DIR, GOOD_DIR, TODAY } from './support/helpers.ts';

function problemsOf(schema: z.ZodType, value: unknown, file = 'listings/x.md'): Problem[] {
  const result = schema.safeParse(value, { error: volunteerErrorMap });
  return result.success ? [] : issuesToProblems(file, schema, result.error.issues);
}

const LISTING = {
  kind: 'ibasho',
  name: 'テスト',
  nameKana: 'てすと',
  summary: 'テスト用です。',
  audience: { groups: ['everyone'] },
  status: 'active',
  verified: { date: '2026-10-01', by: 'operator', source: '運営者への電話' },
};
const PLACE = { address: '大阪府堺市西区鳳東町0丁目0-0', lat: 34.5531, lng: 135.4512, precision: 'exact' };
const SCHOOL = { name: 'さくら小学校', nameKana: 'さくらしょうがっこう', level: 'elementary', lat: 34.54, lng: 135.47 };

const SWAPPED = /^緯度と経度が逆になっているようです。.* \/ Latitude and longitude look swapped/;

describe('latitude and longitude', () => {
  it('says a swapped point is swapped, and nothing else about it', () => {
    const problems = problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat: 135.4512, lng: 34.5531 } });
    expect(problems).toEqual([
      {
        file: 'listings/x.md',
        field: 'location.lat',
        message:
          '緯度と経度が逆になっているようです。緯度（lat）を 34.5531、経度（lng）を 135.4512 にしてください / Latitude and longitude look swapped; make the latitude (lat) 34.5531 and the longitude (lng) 135.4512',
        severity: 'error',
      },
    ]);
  });

  it('still says so when another field of the place is wrong too', () => {
    const problems = problemsOf(listingSchema, {
      ...LISTING,
      location: { lat: 135.4512, lng: 34.5531, precision: 'somewhere' },
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['location.lat']).toMatch(SWAPPED);
    expect(byField['location.precision']).toMatch(/Must be one of: exact, approximate$/);
  });

  it('gives true range messages when the numbers are not swapped', () => {
    const problems = problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat: 95, lng: 200 } });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['location.lat']).toBe(
      '緯度は -90〜90 の数値で書いてください（95 は範囲の外です）/ Latitude must be between -90 and 90 (95 is not)',
    );
    expect(byField['location.lng']).toBe(
      '経度は -180〜180 の数値で書いてください（200 は範囲の外です）/ Longitude must be between -180 and 180 (200 is not)',
    );
    // Both out of range as latitudes: not a swap.
    const both = problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat: 135.4, lng: 135.4 } });
    expect(both.map((p) => p.message)).toEqual([expect.stringMatching(/Latitude must be between -90 and 90/)]);
  });

  it('says how to write a number that arrived as text', () => {
    const message = (lat: unknown) =>
      problemsOf(listingSchema, { ...LISTING, location: { ...PLACE, lat } }).find((p) => p.field === 'location.lat')
        ?.message;
    expect(message('34.5531')).toMatch(/without quotes: 34\.5531$/);
    expect(message('３４．５５３１')).toMatch(/半角の数字だけで 34\.5531 と書いてください/);
    expect(message('北緯34度')).toMatch(
      /^緯度は数値で書いてください.*\/ Latitude must be a number: degrees with decimals/,
    );
  });

  it('is told beside the latitude field in the /submit/ form', async () => {
    const good = await loadContent(GOOD_DIR, { today: TODAY });
    const entry = good.listings.find((l) => l.data.location?.precision === 'exact')!;
    const draft = draftFromListing(entry.id, entry.data, entry.body);
    draft.isOperator = 'yes';
    expect(validateDraft(draft, TODAY)).toEqual({});
    Object.assign(draft, { lat: '135.4512', lng: '34.5531' });
    const errors = validateDraft(draft, TODAY);
    expect(Object.keys(errors)).toEqual(['lat']);
    expect(errors.lat).toMatch(SWAPPED);
  });

  it('says a school written lng-first is swapped', () => {
    const problems = problemsOf(schoolSchema, { ...SCHOOL, lat: 135.47, lng: 34.54 }, 'schools/x.yaml');
    expect(problems.map((p) => [p.field, p.message])).toEqual([['lat', expect.stringMatching(SWAPPED)]]);
  });

  it('says a district position written [lat, lng] is in the wrong order', () => {
    const ring = [
      [34.53, 135.45],
      [34.53, 135.46],
      [34.54, 135.46],
      [34.53, 135.45],
    ];
    const problems = problemsOf(
      schoolSchema,
      { ...SCHOOL, district: { type: 'Polygon', coordinates: [ring] } },
      'schools/x.yaml',
    );
    expect(problems[0]).toMatchObject({
      field: 'district.coordinates[0][0][1]',
      message:
        '位置は [経度, 緯度] の順で書きます。[135.45, 34.53] と書いてください / Positions are [longitude, latitude]; write [135.45, 34.53]',
    });
    expect(problems).toHaveLength(4);
  });

  it('words the range of site.yaml coordinates truly', async () => {
    const site = parseYamlFile('site.yaml', readFileSync(`${BAD_DIR}/site.yaml`));
    if (!site.ok) throw new Error('fixture site.yaml does not parse');
    const data = structuredClone(site.value) as { map: { center: { lat: number } } };
    data.map.center.lat = 135.4;
    const [problem] = problemsOf(siteSchema, data, 'site.yaml');
    expect(problem).toMatchObject({ field: 'map.center.lat' });
    expect(problem!.message).toMatch(/Latitude must be between -90 and 90 \(135\.4 is not\)/);
  });

  describe('against the region of site.yaml', () => {
    let bad: ContentSet;
    beforeAll(async () => {
      bad = await loadContent(BAD_DIR, { today: TODAY });
    });

    // A region where both numbers are valid latitudes, so only the bounds can tell.
    const region = (content: ContentSet) => ({
      ...content.site!,
      region: { ...content.site!.region, name: '赤道区' },
      map: { ...content.site!.map, bounds: { south: 10, west: 20, north: 11, east: 21 } },
    });

    it('says a point outside that swapping brings inside is swapped', () => {
      const listing = bad.listings.find((l) => l.id === 'valid-shokudo')!;
      const moved = {
        ...listing,
        data: { ...listing.data, location: { ...listing.data.location!, lat: 20.5, lng: 10.5 } },
      };
      const school = { ...bad.schools[0]!, lat: 20.4, lng: 10.4 };
      const problems = crossCheck({ site: region(bad), schools: [school], listings: [moved], today: TODAY });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([
        expect.objectContaining({
          file: school.file,
          field: 'lat',
          message: expect.stringMatching(
            /^緯度と経度が逆になっているようです（入れ替えると赤道区の範囲に入ります）。緯度（lat）を 10\.4、経度（lng）を 20\.4 にしてください/,
          ),
        }),
        expect.objectContaining({
          file: moved.file,
          field: 'location.lat',
          message: expect.stringMatching(/make the latitude \(lat\) 10\.5 and the longitude \(lng\) 20\.5$/),
        }),
      ]);
    });

    it('says only "outside" when swapping would not help', () => {
      const listing = bad.listings.find((l) => l.id === 'valid-shokudo')!;
      const far = {
        ...listing,
        data: { ...listing.data, location: { ...listing.data.location!, lat: 10.5, lng: 30 } },
      };
      const [problem] = crossCheck({ site: region(bad), schools: [], listings: [far], today: TODAY }).filter(
        (p) => p.severity === 'error',
      );
      expect(problem?.message).toMatch(/outside the region's bounds/);
      expect(problem?.message).not.toMatch(/swapped/);
    });
  });
});
