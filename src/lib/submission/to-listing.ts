/**
 * A draft becomes the front matter and body of one listing file, and the
 * schema's verdict on it comes back keyed by the draft's own fields, so the
 * form can put each message beside the field that caused it.
 */
import { z } from 'astro/zod';
import { volunteerErrorMap } from '../../schema/error-map.ts';
import { ID_PATTERN } from '../../core/ids.ts';
import { listingSchema } from '../../schema/listing.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import { linesOf, type SubmissionDraft } from './draft-types.ts';
import { FIELDS, FORM_KEYS, SECTIONS, fieldOfSchemaPath, type FieldSpec } from './field-catalogue.ts';
import { text } from './file-values.ts';
import { schemaKeysAt } from './schema-paths.ts';

export { ruleToFrontMatter } from './file-values.ts';

export interface ListingFile {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** The file value of a field whose kind says it all. */
function fileValueOf(spec: FieldSpec, draft: SubmissionDraft): unknown {
  const value = draft[spec.key];
  switch (spec.kind) {
    case 'text':
      return text(value as string);
    case 'choice':
      return value === '' ? undefined : value;
    case 'list':
      return value;
    case 'lines':
      return linesOf(value as string);
    case 'answer':
      return value === '' ? undefined : value === 'yes';
    case 'flag':
      return value === true ? true : undefined;
    case 'rich':
      throw new Error(`The field ${spec.key} needs its own toFile`);
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Keys in the schema's order, unknown keys after them as they came. */
function inSchemaOrder(record: Record<string, unknown>, path: string): Record<string, unknown> {
  const known = schemaKeysAt(path) ?? [];
  const keys = [...known.filter((key) => key in record), ...Object.keys(record).filter((key) => !known.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/**
 * The listing a draft describes, field by field from the catalogue. `today`
 * dates the confirmation: the sender confirms it now, as the operator or not.
 */
export function draftToListing(draft: SubmissionDraft, today: CivilDate): ListingFile {
  const data: Record<string, unknown> = {};
  for (const spec of FIELDS) {
    if (!spec.path) continue;
    const value = spec.toFile ? spec.toFile(draft, today) : fileValueOf(spec, draft);
    if (isEmpty(value) && !(spec.keepEmpty && value !== undefined)) continue;
    // Sections nest (translations.en.name): each level is made as needed.
    const keys = spec.path.split('.');
    const last = keys.pop()!;
    let at = data;
    for (const key of keys) at = (at[key] ??= {}) as Record<string, unknown>;
    at[last] = isPlainObject(value) ? { ...(at[last] as object | undefined), ...structuredClone(value) } : value;
  }
  for (const [section, rule] of Object.entries(SECTIONS)) {
    if (!rule.when(draft)) delete data[section];
    else if (rule.keepEmpty) data[section] ??= {};
  }
  ordered(data, '');
  // Preserved fields, less any the draft holds itself.
  for (const [key, value] of Object.entries(draft.preserved)) if (!FORM_KEYS.has(key)) data[key] = value;
  const body = draft.description.replace(/\r\n?/g, '\n').trim();
  return { id: draft.id.trim(), data: inSchemaOrder(data, ''), body };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every section, and the sections inside it, in the schema's key order. */
function ordered(record: Record<string, unknown>, path: string): void {
  for (const [key, value] of Object.entries(record)) {
    if (!isPlainObject(value)) continue;
    const inner = path ? `${path}.${key}` : key;
    ordered(value, inner);
    record[key] = inSchemaOrder(value, inner);
  }
}

/** Messages keyed by draft field: `name`, `rules.0.closes`, `costs.1.yen`, `extraDates.0.date`. */
export type FieldErrors = Record<string, string>;

const ID_MESSAGE =
  'ファイル名（ID）は半角の小文字英字・数字・ハイフンだけにしてください（例: otori-minna-shokudo）/ Use lowercase ASCII letters, digits and hyphens (e.g. otori-minna-shokudo)';

/**
 * Every problem with the draft, by field. The schema's own messages are used
 * as they are, so the form says exactly what `npm run validate` would.
 */
export function validateDraft(draft: SubmissionDraft, today: CivilDate): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => {
    errors[field] ??= message;
  };
  const file = draftToListing(draft, today);
  if (!ID_PATTERN.test(file.id)) add('id', ID_MESSAGE);
  const result = listingSchema.safeParse(file.data, { error: volunteerErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        add('preserved', `不明な項目です: ${issue.keys.join(', ')} / Unknown field(s)`);
        continue;
      }
      add(fieldOfSchemaPath(issue.path), issue.message);
    }
  }
  if (draft.scheduleType === 'irregular' && draft.scheduleNote.trim() === '') {
    add(
      'scheduleNote',
      '不定期の場合は、いつ開くかの説明（例: 月1回程度、日程は LINE でお知らせ）を書いてください / For an irregular schedule, say in words when it opens',
    );
  }
  if (draft.scheduleType === 'rules') {
    draft.rules.forEach((rule, index) => {
      if (rule.pattern === 'monthly-nth' && rule.weeks.length === 0) {
        add(`rules.${index}.weeks`, '第何週かを選んでください / Choose which week(s) of the month');
      }
    });
  }
  // These say it in the form's own words, over the schema's words for file editors.
  if (draft.placeType === 'place' && (draft.lat.trim() === '' || draft.lng.trim() === '')) {
    delete errors.lat;
    add(
      'lat',
      '地図をタップするか、緯度・経度を入れて場所を示してください / Tap the map or enter latitude and longitude',
    );
  }
  if (draft.phone.trim() !== '' && draft.phoneConsent === '') {
    delete errors.phoneConsent;
    add(
      'phoneConsent',
      '電話番号をサイトに載せてよいか選んでください（選ばないと公開しません）/ Choose whether the phone number may be published',
    );
  }
  // The file may leave a free school's facts unknown (an imported list does), but whoever sends a new
  // one knows the place, and 出席扱い has its own 「不明」: so the form asks. A correction may keep them
  // unknown rather than make the sender guess to fix a phone number.
  if (draft.mode === 'new' && draft.kind === 'free-school') {
    if (draft.grades.length === 0) add('grades', '学年を1つ以上選んでください / Choose at least one grade');
    if (draft.attendanceCredit === '') {
      add(
        'attendanceCredit',
        '在籍校での出席扱いを選んでください（分からなければ「不明」）/ Choose whether the home school counts attendance (不明 if not known)',
      );
    }
    if (draft.visits === '') add('visits', '見学できるかを選んでください / Say whether visits can be arranged');
  }
  if (draft.isOperator === '') {
    add('isOperator', '運営している方かどうかを選んでください / Say whether you run this place');
  }
  return errors;
}

export function parseListing(file: ListingFile) {
  return listingSchema.safeParse(file.data, { error: volunteerErrorMap }) as z.ZodSafeParseResult<
    z.infer<typeof listingSchema>
  >;
}
