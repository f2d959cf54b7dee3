/**
 * Every field of the submission form, said once: where it sits in the listing
 * file (its schema path), which step of the form edits it, its label, how the
 * issue forms carry it, its vocabulary and its empty value. The empty draft,
 * the draft ↔ file mapping, the issue forms, the issue-body reader and the
 * form's error gating are all derived from this list, so adding a field means
 * the schema, one entry in fields/<step>.ts and its words in
 * src/i18n/ja/submit.ts.
 *
 * A path that names no field is a mistake in the catalogue, not a user's: the
 * lookups below throw rather than put a message beside some other input.
 */
import { linesOf, type SubmissionDraft } from './draft-types.ts';
import { text } from './file-values.ts';
import type { FieldKey, FieldSpec, StepId } from './fields/field.ts';
import { ABOUT_FIELDS } from './fields/about.ts';
import { AUDIENCE_FIELDS } from './fields/audience.ts';
import { CONTACT_FIELDS, MESSAGE_FIELDS } from './fields/contact.ts';
import { COST_FIELDS } from './fields/cost.ts';
import { LANGUAGE_FIELDS } from './fields/languages.ts';
import { PLACE_FIELDS } from './fields/place.ts';
import { ID_FIELDS, PRESERVED_FIELDS } from './fields/review.ts';
import { SCHEDULE_FIELDS } from './fields/schedule.ts';

export * from './fields/field.ts';

/**
 * Every field, in the order of the issue forms: the file name first, then
 * step by step, then what rides along and the message for the editors.
 */
export const FIELDS: readonly FieldSpec[] = [
  ...ID_FIELDS,
  ...ABOUT_FIELDS,
  ...LANGUAGE_FIELDS,
  ...PLACE_FIELDS,
  ...SCHEDULE_FIELDS,
  ...AUDIENCE_FIELDS,
  ...COST_FIELDS,
  ...CONTACT_FIELDS,
  ...PRESERVED_FIELDS,
  ...MESSAGE_FIELDS,
];

/**
 * Schema fields no form field edits, and why. They ride along in `preserved`
 * (the issue's 「そのほかの項目」), so a correction keeps them; problems with
 * them are shown there.
 */
export const FORM_LESS: Readonly<Record<string, string>> = {
  alert: 'a dated notice the editors write themselves',
  sample: 'marks demo data; set by hand in demo content only',
  sourceId: "the place's id in the ward's list it was imported from; written by npm run import",
};

/**
 * Sections of the file written only when the draft says so; `keepEmpty`
 * sections are written even with nothing in them, so the schema asks for
 * their fields rather than for the section.
 */
export const SECTIONS: Readonly<Record<string, { when(draft: SubmissionDraft): boolean; keepEmpty?: true }>> = {
  location: { when: (d) => d.placeType === 'place' },
  reservation: { when: (d) => d.reservation !== '' },
  food: { when: (d) => d.allergy !== '' },
  // Written only with something in it: a free school whose facts are unknown has no section (to-listing.ts
  // still asks a new submission for them).
  freeSchool: { when: (d) => d.kind === 'free-school' },
  consultation: { when: (d) => d.kind === 'consultation' },
  volunteer: { when: (d) => d.kind === 'volunteer', keepEmpty: true },
  volunteering: {
    when: (d) => d.volunteersWanted || linesOf(d.volunteerRoles).length > 0 || text(d.volunteeringNote) !== undefined,
  },
};

const BY_KEY = new Map(FIELDS.map((spec) => [spec.key, spec]));

export function specOf(key: string): FieldSpec {
  const spec = BY_KEY.get(key as FieldKey);
  if (!spec) throw new Error(`No form field "${key}" in the field catalogue`);
  return spec;
}

/** The draft with nothing typed yet. */
export function emptyDraft(): SubmissionDraft {
  const draft: Record<string, unknown> = { mode: 'new' };
  for (const spec of FIELDS) draft[spec.key] = structuredClone(spec.empty);
  return draft as unknown as SubmissionDraft;
}

/** Top-level front-matter keys the form edits; every other key rides along in `preserved`. */
export const FORM_KEYS: ReadonlySet<string> = new Set(
  FIELDS.flatMap((spec) => (spec.path ? [spec.path.split('.')[0]!] : [])),
);

/** Draft fields holding vocabulary values, and the values each may hold: what a stored draft is checked against. */
export const VOCABULARY_LISTS: ReadonlyArray<{ key: FieldKey; values: readonly string[] }> = FIELDS.filter(
  (spec) => spec.kind === 'list',
).map((spec) => ({ key: spec.key, values: Object.keys(spec.vocabulary ?? {}) }));

/** Draft fields edited on a step. */
export function fieldsOfStep(step: StepId): FieldKey[] {
  return FIELDS.filter((spec) => spec.step === step).map((spec) => spec.key);
}

/** The step of a draft field or an error key under one (`rules.0.opens` → `schedule`). */
export function stepOfPath(path: string): StepId {
  return specOf(path.split('.')[0]!).step;
}

const BY_SCHEMA_PATH = new Map<string, FieldSpec>();
for (const spec of FIELDS) {
  for (const path of [...(spec.path ? [spec.path] : []), ...(spec.errorsOf ?? [])]) {
    if (BY_SCHEMA_PATH.has(path)) throw new Error(`Two form fields claim the schema path ${path}`);
    BY_SCHEMA_PATH.set(path, spec);
  }
}

/** Where a problem inside a list goes: `rules.0.opens` for schedule[0].opens. */
function itemField(spec: FieldSpec, rest: readonly string[]): string {
  const items = spec.items;
  const [index, key] = rest;
  if (!items) return spec.key;
  if (index === undefined) return items.self ?? items.list;
  if (!/^\d+$/.test(index)) throw new Error(`${spec.path}.${index} is not an item of the list ${spec.key}`);
  if (!items.whole && !items.keys && !items.same) return items.indexed ? `${items.list}.${index}` : items.list;
  if (key === undefined) return items.whole ? `${items.list}.${index}.${items.whole}` : `${items.list}.${index}`;
  const mapped = items.keys?.[key] ?? (items.same?.includes(key) ? key : undefined);
  if (!mapped) throw new Error(`No draft field for ${spec.path}.${index}.${key}`);
  return `${items.list}.${index}.${mapped}`;
}

/**
 * The draft field (or item of one) a schema problem belongs to:
 * `['reservation', 'methods', 0]` → `reservationMethods`, `['schedule', 0, 'closes']` → `rules.0.closes`.
 * Form-less fields go to `preserved`; a path of no field at all throws.
 */
export function fieldOfSchemaPath(path: readonly PropertyKey[]): string {
  const segments = path.map(String);
  // Skip the first "closedDates" index, the "options" of "cost", …: the longest known prefix wins.
  for (let n = segments.length; n > 0; n--) {
    const prefix = segments.slice(0, n).join('.');
    const spec = BY_SCHEMA_PATH.get(prefix);
    if (spec) return spec.path === prefix ? itemField(spec, segments.slice(n)) : spec.key;
    if (n === 1 && prefix in FORM_LESS) return 'preserved';
  }
  throw new Error(`No form field for the schema path "${segments.join('.')}"`);
}
