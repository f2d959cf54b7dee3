/**
 * A mapping file: how to read a table that is not a standard layout. Staff
 * write it once per table shape (`--init-mapping` starts it from the header):
 *
 *   { "columns": { "列1": "name", "X座標": "lng", "メモ": null },
 *     "kinds": { "食堂": "kodomo-shokudo" } }
 *
 * `columns` gives each header a column role, or null to leave the column out;
 * `kinds` maps the table's own 種別 words to kinds.
 */
import { z } from 'astro/zod';
import { KIND_VALUES, type Kind } from '../../schema/vocabulary.ts';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './layouts.ts';

export interface MappingFile {
  readonly columns: ColumnMapping;
  readonly kinds: Readonly<Record<string, Kind>>;
}

export class MappingError extends Error {
  override readonly name = 'MappingError';
}

const mappingSchema = z.strictObject({
  columns: z.record(z.string(), z.enum(COLUMN_ROLES as [ColumnRole, ...ColumnRole[]]).nullable()),
  kinds: z.record(z.string(), z.enum(KIND_VALUES)).optional(),
});

export function readMappingFile(file: string, text: string): MappingFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new MappingError(`${file}: JSON として読めません（${(error as Error).message}）/ Not valid JSON`);
  }
  const result = mappingSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.') || '(ファイル / file)';
      const hint =
        issue.path[0] === 'columns'
          ? `列の役割は ${COLUMN_ROLES.join('・')} か null です / A column's role is one of these, or null`
          : issue.path[0] === 'kinds'
            ? `種類は ${KIND_VALUES.join('・')} のどれかです / A kind is one of these`
            : issue.message;
      return `${file}: ${where}: ${hint}`;
    });
    throw new MappingError(lines.join('\n'));
  }
  const roles = Object.values(result.data.columns).filter((role): role is ColumnRole => role !== null);
  const twice = roles.filter((role, index) => roles.indexOf(role) !== index);
  if (twice.length > 0) {
    throw new MappingError(
      `${file}: columns: 同じ役割が2つの列にあります：${[...new Set(twice)].join('、')} / A role is given to two columns`,
    );
  }
  if (!roles.includes('name')) {
    throw new MappingError(`${file}: columns: 名称（name）の列を指定してください / Map a column to name`);
  }
  return { columns: result.data.columns, kinds: result.data.kinds ?? {} };
}
