/** How problems are worded (zod-messages) and printed (problems). */
import { describe, expect, it } from 'vitest';
import {
  WHOLE_FILE,
  ContentError,
  errorsOf,
  fieldPath,
  formatProblem,
  sortProblems,
  yamlLineField,
  type Problem,
} from '../../src/core/problems.ts';
import { issuesToProblems, volunteerErrorMap } from '../../src/schema/error-map.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { expectBilingual } from './support/helpers.ts';

function problemsOf(value: unknown): Problem[] {
  const result = listingSchema.safeParse(value, { error: volunteerErrorMap });
  return result.success ? [] : issuesToProblems('listings/x.md', listingSchema, result.error.issues);
}

const VALID = {
  kind: 'ibasho',
  name: 'テスト',
  nameKana: 'てすと',
  summary: 'テスト用です。',
  online: true,
  audience: { groups: ['everyone'] },
  status: 'active',
  verified: { date: '2026-10-01', by: 'operator', source: '運営者への電話' },
};

describe('unknown fields', () => {
  it.each([
    [{ nmae: 'x' }, 'nmae', 'name'],
    [{ sumary: 'x' }, 'sumary', 'summary'],
    [{ Status: 'x' }, 'Status', 'status'],
    [{ schoolDistict: 'x' }, 'schoolDistict', 'schoolDistrict'],
    [{ verified: { ...VALID.verified, sauce: 'x' } }, 'verified.sauce', 'source'],
    [{ audience: { groups: ['everyone'], grups: ['x'] } }, 'audience.grups', 'groups'],
    [
      { schedule: [{ freq: 'weekly', byDay: ['MO'], opens: '10:00', closes: '12:00', opnes: '10:00' }] },
      'schedule[0].opnes',
      'opens',
    ],
    [
      { location: { lat: 34.54, lng: 135.47, precision: 'approximate', area: 'x', aera: 'y' } },
      'location.aera',
      'area',
    ],
  ])('%j → did you mean', (extra, field, hint) => {
    const problems = problemsOf({ ...VALID, ...extra });
    const problem = problems.find((p) => p.field === field);
    expect(problem?.message).toBe(
      `不明な項目です。${hint} の書き間違いではありませんか / Unknown field; did you mean ${hint}?`,
    );
  });

  it('lists the allowed fields when nothing is close', () => {
    const [problem] = problemsOf({ ...VALID, verified: { ...VALID.verified, zzzzzzzz: 1 } });
    expect(problem).toMatchObject({ field: 'verified.zzzzzzzz', severity: 'error' });
    expect(problem?.message).toContain('Unknown field (allowed: date, by, source)');
  });
});

describe('volunteerErrorMap', () => {
  it('words wrong types, enums and empty lists for volunteers', () => {
    const problems = problemsOf({
      ...VALID,
      online: 'yes',
      status: 'open',
      audience: { groups: [] },
      services: 'meal',
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField.online).toMatch(/Write true for yes/);
    expect(byField.status).toMatch(/Must be one of: active, paused, closed/);
    expect(byField['audience.groups']).toMatch(/Choose at least one group/);
    expect(byField.services).toMatch(/Write a list, in \[ \] even for one value: services: \[meal\]/);
    for (const p of problems) expectBilingual(p.message);
  });

  it('says "required" for a missing field whose schema has no message of its own', () => {
    const { verified: _verified, ...noVerified } = VALID;
    expect(problemsOf(noVerified)).toEqual([
      {
        file: 'listings/x.md',
        field: 'verified',
        message: '必須の項目がありません / This field is required',
        severity: 'error',
      },
    ]);
    const { nameKana: _nameKana, ...noKana } = VALID;
    expect(problemsOf(noKana).map((p) => p.message)).toEqual(['必須の項目がありません / This field is required']);
  });

  it.each([['name'], ['nameKana'], ['status'], ['kind']])('says "required" for a missing %s', (field) => {
    const listing: Record<string, unknown> = { ...VALID };
    delete listing[field];
    expect(problemsOf(listing).find((p) => p.field === field)?.message).toMatch(/必須.* \/ .*required/);
  });
});

describe('problem lines', () => {
  it('builds dotted field paths with indexes', () => {
    expect(fieldPath(['schedule', 0, 'byDay', 1])).toBe('schedule[0].byDay[1]');
    expect(fieldPath(['location', 'lat'])).toBe('location.lat');
    expect(fieldPath([])).toBe(WHOLE_FILE);
    expect(yamlLineField(12)).toBe('(YAML 12行目 / line 12)');
  });

  it('formats errors and warnings as "<file>: <field>: <message>"', () => {
    const error: Problem = { file: 'listings/a.md', field: 'name', message: 'メッセージ / message', severity: 'error' };
    expect(formatProblem(error)).toBe('listings/a.md: name: メッセージ / message');
    expect(formatProblem({ ...error, severity: 'warning' })).toBe(
      'listings/a.md: name: 警告 / warning: メッセージ / message',
    );
  });

  it('sorts by file, then errors before warnings, then field', () => {
    const p = (file: string, field: string, severity: Problem['severity']): Problem => ({
      file,
      field,
      severity,
      message: '',
    });
    const sorted = sortProblems([
      p('b.md', 'a', 'error'),
      p('a.md', 'z', 'warning'),
      p('a.md', 'y', 'error'),
      p('a.md', 'b', 'error'),
    ]);
    expect(sorted.map((x) => `${x.file}:${x.field}`)).toEqual(['a.md:b', 'a.md:y', 'a.md:z', 'b.md:a']);
    expect(errorsOf(sorted)).toHaveLength(3);
  });

  it('keeps a problem about a strange key on one printable line', () => {
    const lines = problemsOf({ ...VALID, 'a\nb\u001b[31m': 1 }).map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).not.toContain('\u001b');
  });

  it('puts only errors into the build error', () => {
    const problems: Problem[] = [
      { file: 'a.md', field: 'name', message: 'エラー / error', severity: 'error' },
      { file: 'b.md', field: 'name', message: '警告 / warn', severity: 'warning' },
    ];
    const error = new ContentError(problems);
    expect(error.message).toBe('コンテンツに 1 件のエラーがあります / 1 content error(s):\na.md: name: エラー / error');
    expect(error.problems).toBe(problems);
  });
});
