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
  const [head, ...rest] = spec.path!.split('.');
  const section = (fm as Record<string, unknown>)[head!];
  const value = rest.length === 0 ? section : (section as Record<string, unknown> | undefined)?.[rest.join('.')];
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
