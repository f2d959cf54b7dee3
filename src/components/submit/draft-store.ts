/**
 * The draft kept in this browser as it is typed, so a reload or a closed tab
 * loses nothing. Nothing is sent anywhere until the volunteer chooses a way
 * to send it. Whatever is read back is checked field by field against an
 * empty draft: a damaged or hostile value is dropped, never trusted.
 */
import { emptyCost, emptyDraft, emptyRule, type SubmissionDraft } from '../../lib/submission/draft.ts';
import { VOCABULARY_LISTS } from '../../lib/submission/field-catalogue.ts';
import { absorbPreserved } from '../../lib/submission/from-listing.ts';

const PREFIX = 'kodomo-map:submit:';

export function draftKey(editId: string | undefined): string {
  return editId ? `${PREFIX}edit:${editId}` : `${PREFIX}new`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function sameShape(template: unknown, value: unknown): boolean {
  if (Array.isArray(template)) return Array.isArray(value);
  if (template === null || typeof template !== 'object') return typeof value === typeof template;
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `template` with the values of `value` that have the same types. */
function conform<T extends object>(template: T, value: unknown): T {
  const out = { ...template } as Record<string, unknown>;
  if (value === null || typeof value !== 'object') return out as T;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    if (key in record && sameShape(out[key], record[key])) {
      out[key] = Array.isArray(record[key])
        ? (record[key] as unknown[]).filter((v) => typeof v !== 'object')
        : record[key];
    }
  }
  return out as T;
}

/** A stored draft, with only the fields that have the expected types. */
export function readDraft(key: string): SubmissionDraft | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const draft = emptyDraft();
  const record = parsed as Record<string, unknown>;
  for (const key of Object.keys(draft) as Array<keyof SubmissionDraft>) {
    if (key in record && sameShape(draft[key], record[key]))
      (draft as unknown as Record<string, unknown>)[key] = record[key];
  }
  const point = record.publishedPoint as { lat?: unknown; lng?: unknown } | undefined;
  if (point && typeof point.lat === 'number' && typeof point.lng === 'number')
    draft.publishedPoint = { lat: point.lat, lng: point.lng };
  // Rows are rebuilt on their own defaults, so a damaged row cannot reach the form's inputs.
  draft.rules = draft.rules.map((row) => conform(emptyRule(), row));
  draft.costs = draft.costs.map((row) => conform(emptyCost(), row));
  draft.extraDates = draft.extraDates.map((row) => conform({ date: '', opens: '', closes: '', note: '' }, row));
  draft.closedDates = draft.closedDates.filter((d) => typeof d === 'string');
  for (const { key, values } of VOCABULARY_LISTS) {
    const record = draft as unknown as Record<string, unknown[]>;
    record[key] = record[key]!.filter((v) => typeof v === 'string' && values.includes(v));
  }
  return absorbPreserved(draft);
}

export function writeDraft(key: string, draft: SubmissionDraft): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Storage blocked: there is nothing kept to clear.
  }
}
