/**
 * One school, `content/schools/<id>.yaml`: the unit of "district" on the site.
 * Each field's `.meta({ description })` is the editors' hover help and agrees
 * with content/README.md §9.
 */
import { z } from 'astro/zod';
import {
  kanaSchema,
  latitudeSchema,
  longitudeSchema,
  looksSwapped,
  oneLine,
  rewordRangeIssue,
  swappedLatLng,
  webUrlSchema,
} from './primitives.ts';
import { SCHOOL_LEVEL_VALUES } from './vocabulary.ts';

/** A GeoJSON position: [longitude, latitude], in that order. */
const positionSchema = z
  .tuple([longitudeSchema, latitudeSchema], {
    error: '位置は [経度, 緯度] の2つの数値で書いてください / Positions are [longitude, latitude]',
  })
  .superRefine(
    (position, ctx) => {
      // Written [lat, lng], as most map apps copy a point.
      const [lng, lat] = position as unknown[];
      if (!looksSwapped(lat, lng)) return;
      rewordRangeIssue(
        ctx,
        1,
        `位置は [経度, 緯度] の順で書きます。[${String(lat)}, ${String(lng)}] と書いてください / Positions are [longitude, latitude]; write [${String(lat)}, ${String(lng)}]`,
      );
    },
    { when: (payload) => Array.isArray(payload.value) && payload.value.length === 2 },
  );

/** A closed ring: at least four positions, the last equal to the first. */
const ringSchema = z
  .array(positionSchema)
  .min(4, { error: '輪は4点以上で書いてください / A ring needs at least 4 positions' })
  .refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], {
    error: '輪の最後の点は最初の点と同じにしてください / A ring must end where it starts',
  });

const polygonCoordinates = z.array(ringSchema).min(1);

/**
 * The school district as a GeoJSON geometry (for example from 国土数値情報's
 * 小学校区 data). Without it, the district is approximated by the nearest school.
 */
export const districtGeometrySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z
      .literal('Polygon')
      .meta({ description: 'Polygon（ひとつながりの校区） / Polygon: a district in one piece' }),
    coordinates: polygonCoordinates.meta({
      description:
        '輪のリスト。各輪は [経度, 緯度] を4点以上、最後の点は最初の点と同じ。例: [[[135.45, 34.53], [135.468, 34.529], [135.47, 34.54], [135.45, 34.53]]] / Rings, each at least 4 [longitude, latitude] positions ending where it starts',
    }),
  }),
  z.strictObject({
    type: z
      .literal('MultiPolygon')
      .meta({ description: 'MultiPolygon（飛び地のある校区） / MultiPolygon: a district in several pieces' }),
    coordinates: z.array(polygonCoordinates).min(1).meta({
      description:
        "部分ごとに Polygon の coordinates（輪のリスト）を並べたリスト。位置は [経度, 緯度] / One Polygon's coordinates (a list of rings) per piece; positions are [longitude, latitude]",
    }),
  }),
]);

/**
 * 文部科学省 学校コード: two letters-and-digit of school type (B1 小学校, C1 中学校,
 * C2 義務教育学校), prefecture (2), founder (1), school number (7), check digit
 * (1). 国土数値情報 A27/A32 carry it as 学校コード, so an import can find the
 * same school again however its name is written.
 */
export const SCHOOL_CODE_PATTERN = /^(B1|C1|C2)\d{11}$/;

/** The school types each level may carry: 義務教育学校 (C2) is both. */
const CODE_TYPES_BY_LEVEL = { elementary: ['B1', 'C2'], 'junior-high': ['C1', 'C2'] } as const;

export const schoolSchema = z
  .strictObject({
    name: oneLine(60).meta({ description: '学校名（60字）。例: 浜西小学校 / School name (up to 60 characters)' }),
    nameKana: kanaSchema.meta({
      description: '学校名のよみがな（ひらがな）。例: はまにししょうがっこう / Reading of the name in hiragana',
    }),
    level: z
      .enum(SCHOOL_LEVEL_VALUES)
      .meta({ description: 'elementary（小学校）か junior-high（中学校） / elementary or junior-high school' }),
    lat: latitudeSchema.meta({
      description:
        '緯度（度・小数、世界測地系）。site.yaml の map.bounds の中。例: 34.5452 / Latitude in decimal degrees (WGS 84), inside map.bounds of site.yaml',
    }),
    lng: longitudeSchema.meta({
      description:
        '経度（度・小数、世界測地系）。緯度と逆にしない。例: 135.4451 / Longitude in decimal degrees (WGS 84); do not swap it with lat',
    }),
    address: oneLine(120).optional().meta({ description: '住所（120字） / Address (up to 120 characters)' }),
    schoolCode: z
      .string({ error: '学校コードは引用符で囲んで書いてください / Write the school code as text' })
      .regex(SCHOOL_CODE_PATTERN, {
        error:
          '学校コードは B1・C1・C2 で始まる13文字（例: B127210000018）で書いてください / A school code is 13 characters starting B1, C1 or C2 (e.g. B127210000018)',
      })
      .optional()
      .meta({
        description:
          '文部科学省の学校コード（13文字。小学校は B1、中学校は C1、義務教育学校は C2 で始まる）。国土数値情報の小学校区・中学校区の取り込み（npm run import-districts）が、この学校の境界を見つけるのに使う。例: B127210000018 / The MEXT school code (13 characters: B1 elementary, C1 junior high, C2 compulsory-education school); npm run import-districts finds the school’s boundary by it',
      }),
    website: webUrlSchema
      .optional()
      .meta({ description: 'ウェブサイト（http/https）。例: https://example.jp/ / Website (http or https)' }),
    district: districtGeometrySchema.optional().meta({
      description:
        '校区の境界（GeoJSON の Polygon か MultiPolygon、位置は [経度, 緯度]）。なければ近さで校区を近似する / District boundary as a GeoJSON Polygon or MultiPolygon, positions [longitude, latitude]; without it the district is approximated by distance',
    }),
    sample: z.boolean().optional().meta({
      description:
        'デモ用の架空の学校なら true。1校でもあるとサイト全体に「デモ」の帯が出る / true for a fictional demo school; one is enough for the whole site to show the demo banner',
    }),
  })
  .superRefine(...swappedLatLng())
  .superRefine((school, ctx) => {
    if (!school.schoolCode) return;
    const allowed: readonly string[] = CODE_TYPES_BY_LEVEL[school.level];
    if (allowed.includes(school.schoolCode.slice(0, 2))) return;
    ctx.addIssue({
      code: 'custom',
      path: ['schoolCode'],
      message: `学校コード「${school.schoolCode}」は ${school.level} の学校のものではありません（${allowed.join('・')} で始まります）/ This code is not of a ${school.level} school (it starts ${allowed.join(' or ')})`,
    });
  });
export type School = z.infer<typeof schoolSchema>;
