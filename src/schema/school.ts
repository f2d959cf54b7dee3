/** One school, `content/schools/<id>.yaml`: the unit of "district" on the site. */
import { z } from 'astro/zod';
import { kanaSchema, latitudeSchema, longitudeSchema, oneLine, webUrlSchema } from './primitives.ts';
import { SCHOOL_LEVEL_VALUES } from './vocabulary.ts';

export const schoolSchema = z.strictObject({
  name: oneLine(60),
  nameKana: kanaSchema,
  /** elementary (小学校) or junior-high (中学校). */
  level: z.enum(SCHOOL_LEVEL_VALUES),
  lat: latitudeSchema,
  lng: longitudeSchema,
  address: oneLine(120).optional(),
  website: webUrlSchema.optional(),
  /** Demo data, not a real school. */
  sample: z.boolean().optional(),
});
export type School = z.infer<typeof schoolSchema>;
