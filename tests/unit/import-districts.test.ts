/** The pure parts of the district import: names, regions, geometry, the school code, the credit line. */
import { describe, expect, it } from 'vitest';
import polygonClipping from 'polygon-clipping';
import { tidyDistrict } from '../../src/lib/import/district-geometry.ts';
import { addressInRegion, cityCode, readDistrictFile, schoolNameKey } from '../../src/lib/import/districts.ts';
import { setSchoolDistrict } from '../../src/lib/import/school-yaml.ts';
import { districtSourceCredit, hasDistrictBoundaries } from '../../src/lib/schools/district-source.ts';
import { schoolSchema } from '../../src/schema/school.ts';

describe('school names as the data writes them', () => {
  it.each([
    ['堺市立浜寺小学校', '浜寺小学校'],
    ['浜寺小', '浜寺小学校'],
    ['鳳ケ丘小学校', '鳳ヶ丘小学校'],
    ['鳳が丘小学校', '鳳ヶ丘小学校'],
    ['ｈａｍａ　小学校', 'hama小学校'],
    ['ﾊﾏﾃﾞﾗ小学校', 'はまでら小学校'],
    ['大阪府立 みなと中学校', 'みなと中学校'],
  ])('%s folds like %s', (a, b) => {
    expect(schoolNameKey(a)).toBe(schoolNameKey(b));
  });

  it('keeps names apart that differ', () => {
    expect(schoolNameKey('浜寺小学校')).not.toBe(schoolNameKey('浜寺東小学校'));
    expect(schoolNameKey('市小学校')).not.toBe(schoolNameKey('町小学校'));
  });
});

describe('the region by address and code', () => {
  it('reads an address with or without the prefecture, in any width', () => {
    expect(addressInRegion('大阪府堺市西区鳳東町1丁', '大阪府堺市西区')).toBe(true);
    expect(addressInRegion('堺市西区鳳東町1丁', '大阪府堺市西区')).toBe(true);
    expect(addressInRegion('大阪府 堺市西区', '堺市西区')).toBe(true);
    expect(addressInRegion('大阪府堺市中区', '大阪府堺市西区')).toBe(false);
    expect(addressInRegion('大阪府高石市', '大阪府堺市西区')).toBe(false);
    expect(addressInRegion(undefined, '大阪府堺市西区')).toBe(false);
  });

  it('takes a 行政区域コード with or without its check digit', () => {
    expect(cityCode('27140')).toBe('27140');
    expect(cityCode('271403')).toBe('27140');
    expect(cityCode('２７１４０')).toBe('27140');
    expect(cityCode('堺市')).toBeUndefined();
  });
});

describe('reading the data', () => {
  const feature = (properties: Record<string, unknown>, coordinates: unknown) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Polygon', coordinates },
  });
  const ring = [
    [135.44, 34.54],
    [135.45, 34.54],
    [135.45, 34.55],
    [135.44, 34.54],
  ];

  it('tells A27, A32, the 2010 edition and the API’s _ja names apart', () => {
    const props = {
      A27_001: 27140,
      A27_002: '堺市立',
      A27_003: 'B127200000011',
      A27_004: '浜西小学校',
      A27_005: '堺市西区',
    };
    const a27 = readDistrictFile(
      JSON.stringify({ type: 'FeatureCollection', features: [feature(props, [ring])] }),
      'x',
    );
    expect(a27.layout.id).toBe('A27');
    expect(a27.features[0]).toMatchObject({ index: 1, code: 'B127200000011', city: '27140', name: '浜西小学校' });
    const old = { A27_005: '27140', A27_006: '堺市', A27_007: '浜西小学校', A27_008: '堺市西区' };
    const a2010 = readDistrictFile(
      JSON.stringify({ type: 'FeatureCollection', features: [feature(old, [ring])] }),
      'x',
    );
    expect(a2010.layout.id).toBe('A27-2010');
    expect(a2010.features[0]).not.toHaveProperty('code');
    const api = {
      A32_001: '27140',
      A32_002: '堺市立',
      A32_003: 'C127200000011',
      A32_004_ja: 'あかつき中学校',
      A32_005: '堺市西区',
    };
    const a32 = readDistrictFile(JSON.stringify({ type: 'FeatureCollection', features: [feature(api, [ring])] }), 'x');
    expect(a32.layout).toMatchObject({ id: 'A32', level: 'junior-high' });
    expect(a32.features[0]!.name).toBe('あかつき中学校');
  });

  it('turns [lat, lng] positions round, and says it did', () => {
    const props = { A27_001: '27140', A27_002: '', A27_003: 'B127200000011', A27_004: '浜西小学校', A27_005: '' };
    const swapped = ring.map(([lng, lat]) => [lat, lng]);
    const file = readDistrictFile(
      JSON.stringify({ type: 'FeatureCollection', features: [feature(props, [swapped])] }),
      'x',
    );
    expect(file.swapped).toBe(true);
    expect(file.features[0]!.geometry.coordinates).toEqual([ring]);
  });
});

describe('tidying a boundary', () => {
  it('makes a self-crossing ring valid', () => {
    const bowtie = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [135.44, 34.54],
          [135.45, 34.55],
          [135.45, 34.54],
          [135.44, 34.55],
          [135.44, 34.54],
        ],
      ],
    };
    const tidy = tidyDistrict(bowtie, { toleranceDeg: 0 })!;
    // Two triangles meeting at a point: the union splits them into valid pieces.
    const pieces = tidy.geometry.type === 'MultiPolygon' ? tidy.geometry.coordinates : [tidy.geometry.coordinates];
    expect(pieces.length).toBeGreaterThanOrEqual(1);
    // A valid shape is its own union.
    expect(polygonClipping.union(pieces as polygonClipping.MultiPolygon)).toHaveLength(pieces.length);
  });

  it('keeps a hole, and drops a sliver smaller than the rounding', () => {
    const withHole = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [135.44, 34.54],
          [135.46, 34.54],
          [135.46, 34.56],
          [135.44, 34.56],
          [135.44, 34.54],
        ],
        [
          [135.449, 34.549],
          [135.449, 34.551],
          [135.451, 34.551],
          [135.451, 34.549],
          [135.449, 34.549],
        ],
      ],
    };
    const tidy = tidyDistrict(withHole)!;
    expect(tidy.geometry.type).toBe('Polygon');
    expect(tidy.geometry.coordinates).toHaveLength(2);
    const sliver = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [135.44, 34.54],
          [135.4400001, 34.54],
          [135.4400001, 34.5400001],
          [135.44, 34.54],
        ],
      ],
    };
    expect(tidyDistrict(sliver)).toBeUndefined();
  });
});

describe('the school code', () => {
  const school = {
    name: '浜西小学校',
    nameKana: 'はまにししょうがっこう',
    level: 'elementary',
    lat: 34.5452,
    lng: 135.4451,
  };

  it('is 13 characters of a school type this site knows, matching the level', () => {
    expect(schoolSchema.safeParse({ ...school, schoolCode: 'B127200000011' }).success).toBe(true);
    expect(schoolSchema.safeParse({ ...school, schoolCode: 'C227200000011' }).success).toBe(true);
    expect(schoolSchema.safeParse({ ...school, schoolCode: 'B12720000001' }).success).toBe(false);
    expect(schoolSchema.safeParse({ ...school, schoolCode: 'D127200000011' }).success).toBe(false);
    const wrongLevel = schoolSchema.safeParse({ ...school, schoolCode: 'C127200000011' });
    expect(wrongLevel.success).toBe(false);
    expect(wrongLevel.error!.issues[0]!.path).toEqual(['schoolCode']);
  });

  it('is written beside the level, and a district replaces the old one in place', () => {
    const text =
      '# a comment\nname: 浜西小学校\nlevel: elementary # inline\nlat: 34.5450\nlng: 135.4451\ndistrict: { type: Polygon, coordinates: [] }\nsample: true\n';
    const out = setSchoolDistrict(text, {
      schoolCode: 'B127200000011',
      district: { type: 'Polygon', coordinates: [ring()] },
    });
    expect(out).toBe(
      '# a comment\nname: 浜西小学校\nlevel: elementary # inline\nschoolCode: B127200000011\nlat: 34.5450\nlng: 135.4451\ndistrict:\n  type: Polygon\n  coordinates:\n    - - [135.44, 34.54]\n      - [135.45, 34.54]\n      - [135.45, 34.55]\n      - [135.44, 34.54]\nsample: true\n',
    );
    function ring(): [number, number][] {
      return [
        [135.44, 34.54],
        [135.45, 34.54],
        [135.45, 34.55],
        [135.44, 34.54],
      ];
    }
  });
});

describe('the credit for district boundaries', () => {
  it('is one line with the source, its link and that the lines are a guide', () => {
    const credit = districtSourceCredit({
      schoolDistrictSource: {
        attribution: '「国土数値情報（小学校区データ）」（国土交通省）をもとに編集チームが加工して作成',
        url: 'https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A27.html',
      },
    })!;
    expect(credit.text).toBe(
      '校区の境界の出典：「国土数値情報（小学校区データ）」（国土交通省）をもとに編集チームが加工して作成（https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A27.html）。校区の境界は目安です。正式な通学区域は、教育委員会にご確認ください。',
    );
    expect(credit.url).toBe('https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A27.html');
    expect(districtSourceCredit({})).toBeUndefined();
    expect(hasDistrictBoundaries([{}, { district: { type: 'Polygon', coordinates: [] } }])).toBe(true);
    expect(hasDistrictBoundaries([{}])).toBe(false);
  });
});
