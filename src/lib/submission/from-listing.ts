/**
 * A draft that starts from an existing listing, for corrections
 * (`/submit/?edit=<id>`). The form only ever sees the published listing: an
 * approximate place arrives as its area and its published circle's centre
 * (which lies outside the place's grid cell), and a phone number
 * without consent not at all (`editDataOf` in src/lib/privacy/). The issue
 * script puts the private values back from the file (`restorePrivateFields`).
 */
import type { ListingFrontMatter } from '../../schema/listing.ts';
import type { SubmissionDraft } from './draft-types.ts';
import { FIELDS, FORM_KEYS, emptyDraft, type FieldSpec } from './field-catalogue.ts';
import { answerOf } from './file-values.ts';

/** The draft value of a field whose kind says it all. */
function draftValueOf(spec: FieldSpec, fm: ListingFrontMatter): unknown {
  let value: unknown = fm;
  for (const key of spec.path!.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  switch (spec.kind) {
    case 'text':
      return value ?? '';
    case 'choice':
      return value ?? spec.empty;
    case 'list':
      return [...((value as unknown[] | undefined) ?? [])];
    case 'lines':
      return ((value as string[] | undefined) ?? []).join('\n');
    case 'answer':
      return answerOf(value as boolean | undefined);
    case 'flag':
      return value ?? false;
    case 'rich':
      throw new Error(`The field ${spec.key} needs its own fromFile`);
  }
}

/** A correction draft from front matter (public or full) and the description. */
export function draftFromListing(id: string, fm: ListingFrontMatter, body: string): SubmissionDraft {
  const draft = emptyDraft() as unknown as Record<string, unknown>;
  for (const spec of FIELDS) {
    if (spec.fromFile) draft[spec.key] = spec.fromFile(fm, body);
    else if (spec.path) draft[spec.key] = draftValueOf(spec, fm);
  }
  draft.mode = 'correction';
  draft.id = id;
  draft.preserved = Object.fromEntries(Object.entries(fm).filter(([key]) => !FORM_KEYS.has(key)));
  const location = fm.location;
  if (location?.precision === 'approximate') draft.publishedPoint = { lat: location.lat, lng: location.lng };
  return draft as unknown as SubmissionDraft;
}

export { editDataOf, type EditData } from '../privacy/restore-private.ts';

/**
 * Moves values the form now edits out of `preserved` into their fields: an
 * issue written by hand, or a draft kept in a browser from before the form
 * had the field, may carry them there, and the file is written from the
 * fields. A field already filled in keeps its value.
 */
export function absorbPreserved(draft: SubmissionDraft): SubmissionDraft {
  const heads = Object.keys(draft.preserved).filter((key) => FORM_KEYS.has(key));
  if (heads.length === 0) return draft;
  const partial = Object.fromEntries(heads.map((key) => [key, draft.preserved[key]])) as ListingFrontMatter;
  const out = { ...draft, preserved: { ...draft.preserved } } as unknown as Record<string, unknown>;
  for (const spec of FIELDS) {
    const head = spec.path?.split('.')[0];
    if (!head || !heads.includes(head)) continue;
    if (JSON.stringify(out[spec.key]) !== JSON.stringify(spec.empty)) continue;
    out[spec.key] = spec.fromFile ? spec.fromFile(partial, '') : draftValueOf(spec, partial);
  }
  for (const head of heads) delete (out.preserved as Record<string, unknown>)[head];
  return out as unknown as SubmissionDraft;
}
