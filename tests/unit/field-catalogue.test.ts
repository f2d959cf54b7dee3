/**
 * The field catalogue covers the listing schema: every schema field is a form
 * field or is marked form-less with a reason, every catalogue path exists,
 * and a path no field owns fails loudly instead of landing beside some other
 * input. The fields the form lacked (links, languages, a known school
 * district) travel draft → file → draft and issue → draft.
 */
import { describe, expect, it } from 'vitest';
import { submit } from '../../src/i18n/ja/submit.ts';
import { emptyDraft, type SubmissionDraft } from '../../src/lib/submission/draft.ts';
import {
  FIELDS,
  FORM_KEYS,
  FORM_LESS,
  SECTIONS,
  STEP_IDS,
  VOCABULARY_LISTS,
  fieldOfSchemaPath,
  fieldsOfStep,
  specOf,
  stepOfPath,
} from '../../src/lib/submission/field-catalogue.ts';
import { draftFromListing } from '../../src/lib/submission/from-listing.ts';
import { draftFromIssueBody } from '../../src/lib/submission/issue-body.ts';
import { ISSUE_FIELDS, issueFieldOfDraft } from '../../src/lib/submission/issue-fields.ts';
import { schemaPaths } from '../../src/lib/submission/schema-paths.ts';
import { draftToListing, parseListing, validateDraft } from '../../src/lib/submission/to-listing.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { issueBody } from './support/issue-body.ts';

const TODAY = '2026-11-24';
const SCHEMA_PATHS = schemaPaths();

/** The paths the catalogue claims: its fields' paths and the sections whose problems they take. */
const CLAIMED = new Set(FIELDS.flatMap((spec) => [...(spec.path ? [spec.path] : []), ...(spec.errorsOf ?? [])]));

function covered(path: string): boolean {
  const parts = path.split('.');
  return parts.some((_, i) => {
    const prefix = parts.slice(0, i + 1).join('.');
    return FIELDS.some((spec) => spec.path === prefix) || (i === 0 && prefix in FORM_LESS);
  });
}

function filled(): SubmissionDraft {
  return {
    ...emptyDraft(),
    id: 'otori-test',
    kind: 'kodomo-shokudo',
    name: 'テスト食堂',
    nameKana: 'てすとしょくどう',
    summary: '毎週土曜のお昼ごはん',
    precision: 'exact',
    address: '堺市西区鳳東町1-1',
    lat: '34.5391',
    lng: '135.4652',
    rules: [{ ...emptyDraft().rules[0]!, days: ['SA'], opens: '11:00', closes: '14:00' }],
    audience: ['elementary'],
    isOperator: 'yes',
  };
}

describe('the field catalogue', () => {
  it('walks a schema that has fields at all', () => {
    expect(SCHEMA_PATHS).toContain('reservation.methods');
    expect(SCHEMA_PATHS).toContain('location.lat');
    expect(SCHEMA_PATHS.length).toBeGreaterThan(50);
  });

  it('covers every schema field, or marks it form-less with a reason', () => {
    // Sections are covered through their fields.
    const leaves = SCHEMA_PATHS.filter((path) => !SCHEMA_PATHS.some((other) => other.startsWith(`${path}.`)));
    expect(leaves.filter((path) => !covered(path))).toEqual([]);
    for (const reason of Object.values(FORM_LESS)) expect(reason.length).toBeGreaterThan(10);
    for (const spec of FIELDS.filter((s) => !s.path && !s.inBody)) expect(spec.formOnly).toBeTruthy();
  });

  it('names only paths the schema has', () => {
    expect([...CLAIMED].filter((path) => !SCHEMA_PATHS.includes(path))).toEqual([]);
    expect(Object.keys(FORM_LESS).filter((path) => !SCHEMA_PATHS.includes(path))).toEqual([]);
    expect(Object.keys(SECTIONS).filter((path) => !SCHEMA_PATHS.includes(path))).toEqual([]);
  });

  it('has one entry per draft field, each with a step, a label and an issue field', () => {
    const keys = FIELDS.map((spec) => spec.key);
    expect(new Set(keys).size).toBe(keys.length);
    const draftKeys = Object.keys(emptyDraft()).filter((key) => key !== 'mode');
    expect([...keys].sort()).toEqual(draftKeys.sort());
    for (const spec of FIELDS) {
      expect(STEP_IDS).toContain(spec.step);
      expect(submit.fields[spec.label]).toBeTruthy();
      expect(issueFieldOfDraft(spec.key).label).toBeTruthy();
    }
    expect(STEP_IDS.flatMap((step) => fieldsOfStep(step)).sort()).toEqual([...keys].sort());
  });

  it('gives each issue field one unique id and heading', () => {
    const ids = ISSUE_FIELDS.map((f) => f.id);
    const labels = ISSUE_FIELDS.map((f) => f.label);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('knows the step of every draft field and of items inside lists', () => {
    expect(stepOfPath('reservationMethods')).toBe('cost');
    expect(stepOfPath('rules.0.opens')).toBe('schedule');
    expect(stepOfPath('costs.1.yen')).toBe('cost');
    expect(stepOfPath('links')).toBe('contact');
    expect(stepOfPath('schoolDistrict')).toBe('place');
    expect(stepOfPath('preserved')).toBe('review');
  });

  it('puts a schema problem beside the field that caused it', () => {
    expect(fieldOfSchemaPath(['reservation', 'methods', 0])).toBe('reservationMethods');
    expect(fieldOfSchemaPath(['schedule', 0, 'closes'])).toBe('rules.0.closes');
    expect(fieldOfSchemaPath(['schedule', 1])).toBe('rules.1.days');
    expect(fieldOfSchemaPath(['schedule'])).toBe('scheduleType');
    expect(fieldOfSchemaPath(['cost', 'options', 1, 'yen'])).toBe('costs.1.yen');
    expect(fieldOfSchemaPath(['cost', 'note'])).toBe('costNote');
    expect(fieldOfSchemaPath(['closedDates', 2])).toBe('closedDates.2');
    expect(fieldOfSchemaPath(['extraDates', 0])).toBe('extraDates.0.date');
    expect(fieldOfSchemaPath(['location'])).toBe('placeType');
    expect(fieldOfSchemaPath(['verified', 'date'])).toBe('isOperator');
    expect(fieldOfSchemaPath(['links', 0, 'url'])).toBe('links');
    expect(fieldOfSchemaPath(['alert', 'text'])).toBe('preserved');
  });

  it('throws for a path no field owns, rather than guessing', () => {
    expect(() => fieldOfSchemaPath(['nonsense'])).toThrow(/nonsense/);
    expect(() => fieldOfSchemaPath([])).toThrow();
    expect(() => fieldOfSchemaPath(['schedule', 0, 'colour'])).toThrow(/colour/);
    expect(() => stepOfPath('nonsense')).toThrow(/nonsense/);
    expect(() => stepOfPath('nonsense.0')).toThrow();
    expect(() => specOf('mode')).toThrow();
    expect(() => issueFieldOfDraft('nonsense')).toThrow();
  });

  it('lists the vocabulary fields a stored draft is checked against', () => {
    const reservation = VOCABULARY_LISTS.find((list) => list.key === 'reservationMethods');
    expect(reservation?.values).toContain('phone');
    expect(VOCABULARY_LISTS.map((list) => list.key).sort()).toEqual([
      'audience',
      'grades',
      'reservationMethods',
      'services',
    ]);
  });

  it('edits the new fields in the form instead of carrying them along', () => {
    for (const key of ['links', 'languages', 'schoolDistrict']) expect(FORM_KEYS.has(key)).toBe(true);
  });
});

describe('the fields the form lacked', () => {
  const draft: SubmissionDraft = {
    ...filled(),
    links: '活動の記録 https://example.jp/blog\nチラシ https://example.jp/flyer.pdf',
    languages: 'en、zh',
    schoolDistrict: 'otori-elementary',
  };

  it('are written into the file in the schema shape', () => {
    const file = draftToListing(draft, TODAY);
    expect(file.data.links).toEqual([
      { label: '活動の記録', url: 'https://example.jp/blog' },
      { label: 'チラシ', url: 'https://example.jp/flyer.pdf' },
    ]);
    expect(file.data.languages).toEqual(['en', 'zh']);
    expect(file.data.schoolDistrict).toBe('otori-elementary');
    expect(parseListing(file).success).toBe(true);
  });

  it('come back from the file unchanged', () => {
    const file = draftToListing(draft, TODAY);
    const parsed = listingSchema.parse(file.data);
    const again = draftFromListing(file.id, parsed, file.body);
    expect(again.links).toBe(draft.links);
    expect(again.languages).toBe(draft.languages);
    expect(again.schoolDistrict).toBe(draft.schoolDistrict);
    expect(again.preserved).toEqual({});
    expect(draftToListing({ ...again, isOperator: 'yes' }, TODAY).data).toEqual(file.data);
  });

  it('are read from an issue body', () => {
    const reading = draftFromIssueBody(issueBody('new', draft));
    expect(reading.problems).toEqual([]);
    expect(reading.draft.links).toBe(draft.links);
    expect(reading.draft.languages).toBe('en、zh');
    expect(reading.draft.schoolDistrict).toBe('otori-elementary');
  });

  it('are taken from 「そのほかの項目」 when an older or hand-written issue puts them there', () => {
    const body = issueBody('new', filled(), {
      'other-fields':
        'links:\n  - label: 活動の記録\n    url: https://example.jp/blog\nlanguages:\n  - en\nalert:\n  date: 2026-11-01\n  text: 12月は休みます',
    });
    const { draft: read, problems } = draftFromIssueBody(body);
    expect(problems).toEqual([]);
    expect(read.links).toBe('活動の記録 https://example.jp/blog');
    expect(read.languages).toBe('en');
    expect(Object.keys(read.preserved)).toEqual(['alert']);
    expect(draftToListing(read, TODAY).data.links).toEqual([{ label: '活動の記録', url: 'https://example.jp/blog' }]);
  });

  it('report their problems beside themselves', () => {
    const errors = validateDraft({ ...draft, links: 'https://example.jp/only-url', languages: 'English' }, TODAY);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['links', 'languages']));
  });

  it('leave nothing in the file when left blank', () => {
    const file = draftToListing(filled(), TODAY);
    expect(file.data).not.toHaveProperty('links');
    expect(file.data).not.toHaveProperty('languages');
    expect(file.data).not.toHaveProperty('schoolDistrict');
  });
});

describe("a free school's grades, 出席扱い and 見学 in the form", () => {
  const school = (mode: 'new' | 'correction'): SubmissionDraft => ({ ...filled(), kind: 'free-school', mode });

  it('are asked of a new listing, each beside its own field', () => {
    const errors = validateDraft(school('new'), TODAY);
    expect(Object.keys(errors).sort()).toEqual(['attendanceCredit', 'grades', 'visits']);
    expect(errors.attendanceCredit).toMatch(/不明/);
    expect(
      validateDraft({ ...school('new'), grades: ['elementary'], attendanceCredit: 'unknown', visits: 'no' }, TODAY),
    ).toEqual({});
  });

  it('may stay unknown in a correction, which then writes no freeSchool section', () => {
    expect(validateDraft(school('correction'), TODAY)).toEqual({});
    const file = draftToListing(school('correction'), TODAY);
    expect(file.data).not.toHaveProperty('freeSchool');
    expect(parseListing(file).success).toBe(true);
    const partly = draftToListing({ ...school('correction'), visits: 'yes' }, TODAY);
    expect(partly.data.freeSchool).toEqual({ visits: true });
  });

  it('come back unknown from a listing that leaves them out, rather than as a default', () => {
    const file = draftToListing(school('correction'), TODAY);
    const again = draftFromListing(file.id, listingSchema.parse(file.data), file.body);
    expect([again.grades, again.attendanceCredit, again.visits]).toEqual([[], '', '']);
  });
});
