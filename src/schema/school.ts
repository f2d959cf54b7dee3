/** One school, `content/schools/<id>.yaml`: the unit of "district" on the site. */
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
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates).min(1) }),
]);

export const schoolSchema = z
  .strictObject({
    name: oneLine(60),
    nameKana: kanaSchema,
    /** elementary (小学校) or junior-high (中学校). */
    level: z.enum(SCHOOL_LEVEL_VALUES),
    lat: latitudeSchema,
    lng: longitudeSchema,
    address: oneLine(120).optional(),
    website: webUrlSchema.optional(),
    /** The district's boundary, when known. */
    district: districtGeometrySchema.optional(),
    /** Demo data, not a real school. */
    sample: z.boolean().optional(),
  })
  .superRefine(...swappedLatLng());
export type School = z.infer<typeof schoolSchema>;
