/**
 * The form's state apart from its looks: where the draft starts (the browser's
 * stored draft, or the listing being corrected with `?edit=<id>`), keeping it
 * as it is typed, checking it, and which problems stop 次へ on which step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { tokyoToday, type CivilDate } from '../../core/civil-date.ts';
import { useWords } from './words.tsx';
import type { ListingFrontMatter } from '../../schema/listing.ts';
import { KIND_VALUES, type Kind } from '../../schema/vocabulary.ts';
import { emptyDraft, type SubmissionDraft } from '../../lib/submission/draft.ts';
import { draftFromListing, type EditData } from '../../lib/submission/from-listing.ts';
import { STEP_IDS, fieldsOfStep, stepOfPath, type StepId } from '../../lib/submission/field-catalogue.ts';
import { suggestId } from '../../lib/submission/suggest-id.ts';
import { validateDraft, type FieldErrors } from '../../lib/submission/to-listing.ts';
import { clearDraft, draftKey, readDraft, writeDraft } from './draft-store.ts';
import type { FieldState } from './fields.tsx';
import type { KnownIds } from './submit-config.ts';

/** The steps in order, each with the draft fields the catalogue puts in it. */
export const STEPS: ReadonlyArray<{ key: StepId; fields: readonly string[] }> = STEP_IDS.map((key) => ({
  key,
  fields: fieldsOfStep(key),
}));

/** The step a draft field (or a problem's path, `rules.0.closes`) is on; an unknown field throws. */
export function stepOf(field: string): number {
  return STEP_IDS.indexOf(stepOfPath(field));
}

function editIdFromUrl(): string | undefined {
  const id = new URLSearchParams(window.location.search).get('edit');
  return id && /^[a-z0-9-]{1,100}$/.test(id) ? id : undefined;
}

/**
 * A new listing opened from a district of the gap view (`?kind=…&district=…`):
 * the kind and school district chosen for the person, only if both are values
 * the site knows, so a crafted link can put nothing else into the form. The
 * district can only be checked once the schools' ids have arrived.
 */
function kindFromUrl(): Partial<SubmissionDraft> {
  const kind = new URLSearchParams(window.location.search).get('kind');
  return kind && (KIND_VALUES as readonly string[]).includes(kind) ? { kind: kind as Kind } : {};
}
function districtFromUrl(schools: ReadonlySet<string>): string | undefined {
  const district = new URLSearchParams(window.location.search).get('district');
  return district && schools.has(district) ? district : undefined;
}

interface KnownIdSets {
  listings: ReadonlySet<string>;
  schools: ReadonlySet<string>;
}

/**
 * The published ids, fetched once: `undefined` while on the way, `null` if they
 * could not be had (offline). Without them the form still works; the id is
 * checked again when the submission becomes a file.
 */
function useKnownIds(url: string): KnownIdSets | null | undefined {
  const [known, setKnown] = useState<KnownIdSets | null | undefined>(undefined);
  useEffect(() => {
    void fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<KnownIds>) : Promise.reject()))
      .then((ids) => setKnown({ listings: new Set(ids.listings), schools: new Set(ids.schools) }))
      .catch(() => setKnown(null));
  }, [url]);
  return known;
}

const NO_IDS: ReadonlySet<string> = new Set();

export type LoadState =
  { status: 'loading' } | { status: 'ready'; restored: boolean } | { status: 'missing'; id: string };

export interface DraftSource {
  /** `…/submit/known-ids.json`. */
  knownIds: string;
  /** `…/submit/edit/` where `<id>.json` holds a listing's public data. */
  editBase: string;
}

export function useDraft(source: DraftSource) {
  const { submit } = useWords();
  const { editBase } = source;
  const known = useKnownIds(source.knownIds);
  const taken = known?.listings ?? NO_IDS;
  const [editId] = useState(editIdFromUrl);
  const key = draftKey(editId);
  const [draft, setDraft] = useState<SubmissionDraft>(emptyDraft);
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [step, setStep] = useState(0);
  const [visited, setVisited] = useState<Set<string>>(new Set());
  const [stepAttempted, setStepAttempted] = useState<Set<number>>(new Set());
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  const today: CivilDate = useMemo(() => tokyoToday(), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const original = useRef<SubmissionDraft | undefined>(undefined);
  /** A fresh new listing from a link waits for the schools' ids to take its district. */
  const districtPending = useRef(false);

  // Start from the stored draft, or from the listing being corrected.
  useEffect(() => {
    const stored = readDraft(key);
    if (!editId) {
      // A draft in progress is never overwritten by a link's choices.
      if (stored) setDraft({ ...stored, mode: 'new' });
      else setDraft({ ...emptyDraft(), ...kindFromUrl() });
      districtPending.current = !stored;
      setLoad({ status: 'ready', restored: Boolean(stored) });
      return;
    }
    // An id that is not published has no file: the fetch fails and the form says so.
    void fetch(`${editBase}${editId}.json`)
      .then((response) =>
        response.ok ? (response.json() as Promise<EditData>) : Promise.reject(new Error(String(response.status))),
      )
      .then((data) => {
        const fresh = draftFromListing(data.id, data.data as ListingFrontMatter, data.body);
        original.current = fresh;
        setDraft(stored ? { ...stored, mode: 'correction', id: editId, publishedPoint: fresh.publishedPoint } : fresh);
        setLoad({ status: 'ready', restored: Boolean(stored) });
      })
      .catch(() => setLoad({ status: 'missing', id: editId }));
  }, [key, editId, editBase]);

  useEffect(() => {
    if (!known || !districtPending.current) return;
    districtPending.current = false;
    const schoolDistrict = districtFromUrl(known.schools);
    if (schoolDistrict) setDraft((d) => (d.schoolDistrict ? d : { ...d, schoolDistrict }));
  }, [known]);

  // Keep the draft as it is typed; an untouched form keeps nothing, so a cleared form stays cleared.
  useEffect(() => {
    if (load.status !== 'ready') return;
    if (JSON.stringify(draft) === JSON.stringify(original.current ?? emptyDraft())) {
      clearDraft(key);
      setSaved(true);
      return;
    }
    setSaved(writeDraft(key, draft));
  }, [draft, key, load.status]);

  const suggestedId = useMemo(
    () => (draft.mode === 'new' ? suggestId(draft.nameKana, taken) : draft.id),
    [draft.mode, draft.nameKana, draft.id, taken],
  );
  /** The draft as it will be sent: a new listing without a chosen id gets the suggested one. */
  const effective = useMemo(() => ({ ...draft, id: draft.id.trim() || suggestedId }), [draft, suggestedId]);
  const errors: FieldErrors = useMemo(() => {
    const found = validateDraft(effective, today);
    if (effective.mode === 'new' && taken.has(effective.id)) {
      found.id ??= submit.review.idTaken(effective.id);
    }
    return found;
  }, [effective, today, taken]);

  const update = useCallback((change: Partial<SubmissionDraft>) => setDraft((d) => ({ ...d, ...change })), []);
  const visit = useCallback((name: string) => setVisited((v) => (v.has(name) ? v : new Set(v).add(name))), []);
  /** A field shows its problem once it has been left, or once 次へ was tried on its step. */
  const field = useCallback(
    (name: string): FieldState => ({
      error: visited.has(name) || stepAttempted.has(stepOf(name)) ? errors[name] : undefined,
      onVisit: () => visit(name),
    }),
    [errors, visited, stepAttempted, visit],
  );

  const stepErrors = (index: number) => Object.entries(errors).filter(([name]) => stepOf(name) === index);
  const flagged = (index: number) => stepAttempted.has(index) && stepErrors(index).length > 0;

  const goTo = (index: number) => {
    setStep(index);
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => heading.current?.focus());
  };
  /** On to the next step, unless this one has problems: then focus the first field with one. */
  const next = () => {
    setStepAttempted((s) => new Set(s).add(step));
    if (stepErrors(step).length > 0) {
      requestAnimationFrame(() => {
        const first = document.querySelector<HTMLElement>('[data-submit-step] [aria-invalid="true"]');
        const target = first?.matches('fieldset') ? first.querySelector<HTMLElement>('input') : first;
        (target ?? document.querySelector<HTMLElement>('[data-step-problems]'))?.focus();
      });
      return;
    }
    goTo(step + 1);
  };
  /** From the review's list of problems to the step that has the field, its problems shown. */
  const goToField = (name: string) => {
    setStepAttempted((s) => new Set(s).add(stepOf(name)));
    goTo(stepOf(name));
  };

  const reset = () => {
    clearDraft(key);
    setDraft(original.current ?? emptyDraft());
    setVisited(new Set());
    setStepAttempted(new Set());
    setLoad({ status: 'ready', restored: false });
    goTo(0);
  };

  return {
    /** Whether the published ids have been checked against: `loading`, `loaded` or `failed`. */
    knownIds: known === undefined ? 'loading' : known === null ? 'failed' : 'loaded',
    draft,
    effective,
    suggestedId,
    errors,
    load,
    saved,
    step,
    today,
    heading,
    update,
    visit,
    field,
    flagged,
    currentProblems: stepAttempted.has(step) ? stepErrors(step) : [],
    goTo,
    next,
    goToField,
    reset,
  };
}

export type DraftState = ReturnType<typeof useDraft>;
