/**
 * The listing schema's field paths, read from the zod schema itself, so the
 * file the form writes keeps the schema's key order and the catalogue's paths
 * can be checked against the schema.
 */
import type { z } from 'astro/zod';
import { listingSchema } from '../../schema/listing.ts';

type Schema = z.core.$ZodType;

/** The object schema inside optional and the like, or undefined when it is not an object. */
function objectShape(schema: Schema): Record<string, Schema> | undefined {
  let def = schema._zod.def as { type: string; innerType?: Schema; shape?: Record<string, Schema> };
  while (def.innerType && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')) {
    def = def.innerType._zod.def as typeof def;
  }
  return def.type === 'object' ? def.shape : undefined;
}

/** Keys of the object at a dot path (`''` for the top), in the schema's order. */
export function schemaKeysAt(path: string): string[] | undefined {
  let shape = objectShape(listingSchema as unknown as Schema);
  for (const key of path === '' ? [] : path.split('.')) {
    const next = shape?.[key];
    shape = next ? objectShape(next) : undefined;
  }
  return shape ? Object.keys(shape) : undefined;
}

/** Every field path of the listing schema, objects and their keys; lists count as one field. */
export function schemaPaths(): string[] {
  const out: string[] = [];
  const walk = (prefix: string) => {
    for (const key of schemaKeysAt(prefix) ?? []) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path);
      walk(path);
    }
  };
  walk('');
  return out;
}
