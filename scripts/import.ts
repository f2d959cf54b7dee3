/**
 * `npm run import -- <file> [options]`: a ward's own list (CSV in any common
 * encoding, or .xlsx) into listing files under CONTENT_DIR/listings/.
 *
 *   --kind <kind>          every row is this kind (a table of one kind with no 種別 column)
 *   --sheet <name|number>  the workbook sheet to read (default: the first)
 *   --mapping <file.json>  how to read a table that is not a standard layout
 *   --init-mapping         write <file>.mapping.json from the header row, for staff to fill in
 *   --phones-public        the list's phone numbers may all be published (default: kept private)
 *   --dry-run              write nothing; print what would happen
 *
 * One line per problem, `<file>:<row>:<column>: <ja / en>`, then a summary.
 * Nothing is written unless every file to write passes the validator together
 * with the rest of the folder; a row that needs attention is not written. Exit
 * status 1 when any row needs attention, 2 for a usage error, 0 otherwise.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tokyoToday } from '../src/core/civil-date.ts';
import { errorsOf, formatProblem } from '../src/core/problems.ts';
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { planImport, summaryLine } from '../src/lib/import/import-table.ts';
import { readMappingFile, MappingError } from '../src/lib/import/mapping-file.ts';
import { COLUMN_ROLES, initialMapping, recogniseLayout } from '../src/lib/import/layouts.ts';
import { readTable, TableError } from '../src/lib/import/read-table.ts';
import { KIND_VALUES, type Kind } from '../src/schema/vocabulary.ts';

function usage(message: string): never {
  console.error(message);
  console.error(
    '使い方 / Usage: npm run import -- <file.csv|file.xlsx> [--kind <kind>] [--sheet <name>] [--mapping <file>] [--init-mapping] [--phones-public] [--dry-run]',
  );
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      sheet: { type: 'string' },
      mapping: { type: 'string' },
      'init-mapping': { type: 'boolean' },
      'phones-public': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
  });
} catch (error) {
  usage(`引数が読めません / ${(error as Error).message}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) usage('取り込むファイルを1つ指定してください / Give one file to import');
const source = positionals[0]!;
const fileName = path.basename(source);
if (values.kind !== undefined && !(KIND_VALUES as readonly string[]).includes(values.kind)) {
  usage(`--kind は ${KIND_VALUES.join('・')} のどれかです / --kind must be one of ${KIND_VALUES.join(', ')}`);
}

let bytes: Uint8Array;
try {
  bytes = await readFile(source);
} catch (error) {
  usage(`${source}: ファイルを読めません / Cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
}

let table;
try {
  table = await readTable(bytes, fileName, values.sheet);
} catch (error) {
  if (error instanceof TableError) usage(error.message);
  throw error;
}

if (values['init-mapping']) {
  const header = table.rows.find((row) => row.some((cell) => typeof cell === 'string' && cell.trim())) ?? [];
  const target = `${source}.mapping.json`;
  const mapping = { columns: initialMapping(header), kinds: {} };
  await writeFile(target, `${JSON.stringify(mapping, null, 2)}\n`);
  console.log(
    `${target} を書きました。各列に ${COLUMN_ROLES.join('・')} のどれか（取り込まない列は null）を書いてください / Wrote ${target}: give each column a role (null to skip it)`,
  );
  process.exit(0);
}

let mapping;
if (values.mapping) {
  try {
    mapping = readMappingFile(values.mapping, await readFile(values.mapping, 'utf8'));
  } catch (error) {
    if (error instanceof MappingError) usage(error.message);
    usage(`${values.mapping}: 対応表を読めません / Cannot read the mapping (${(error as Error).message})`);
  }
}

const layout = recogniseLayout(table.rows, mapping?.columns);
if (!layout) {
  usage(
    mapping
      ? `${fileName}: 対応表の列名がそろった見出し行が、最初の10行にありません / No header row within the first 10 rows has every column the mapping names`
      : `${fileName}: 見出しから表の形が分かりません。--init-mapping で対応表を作り、--mapping で指定してください / Unknown layout: write a mapping with --init-mapping and pass it with --mapping`,
  );
}

const dir = contentDirFromEnv();
const content = await loadContent(dir);
if (!content.site) {
  console.error(content.problems.map(formatProblem).join('\n'));
  usage(`${dir}/site.yaml が読めないため、地域の範囲が分かりません / site.yaml is needed for the region's bounds`);
}
const today = tokyoToday();
const plan = planImport({
  table,
  layout,
  content,
  options: {
    ...(values.kind ? { kind: values.kind as Kind } : {}),
    ...(mapping?.kinds ? { kindTerms: mapping.kinds } : {}),
    bounds: content.site.map.bounds,
    phones: values['phones-public'] ? 'public' : 'private',
    today,
    sourceName: fileName,
  },
});

console.log(
  `${fileName}: ${table.encoding}${table.sheet ? `・シート「${table.sheet}」/ sheet "${table.sheet}"` : ''}・${layout.name === 'mapping' ? `対応表 ${values.mapping} / mapping` : layout.name}・見出し ${layout.headerRow} 行目 / header on row ${layout.headerRow}`,
);
if (layout.unread.length > 0) {
  console.log(`${fileName}: 取り込まない列 / Columns not imported: ${layout.unread.join('、')}`);
}
for (const row of plan.rows) {
  for (const problem of row.problems) {
    const prefix = problem.severity === 'warning' ? '警告 / warning: ' : '';
    console.log(`${fileName}:${problem.row}:${problem.column}: ${prefix}${problem.message}`);
  }
}

// Every file to write is checked with the whole folder, in memory, before any is written. A file
// that fails is left out (its row needs attention) and the rest are checked again without it.
const files = new Map(plan.files);
const rowOf = new Map(plan.rows.filter((r) => r.id).map((r) => [`listings/${r.id}.md`, r.row]));
const failedRows = new Set<number>();
const fileProblems: string[] = [];
for (;;) {
  const overlay = new Map([...files].map(([file, text]) => [file, new TextEncoder().encode(text)]));
  const checked = await loadContent(dir, { today, overlay });
  const errors = errorsOf(checked.problems).filter((p) => files.has(p.file));
  if (errors.length === 0) break;
  for (const problem of errors) {
    const row = rowOf.get(problem.file)!;
    failedRows.add(row);
    files.delete(problem.file);
    fileProblems.push(`${fileName}:${row}:${problem.field}: ${problem.message}（${problem.file}）`);
  }
}
const byRow = (line: string) => Number(line.split(':')[1]);
for (const line of fileProblems.sort((a, b) => byRow(a) - byRow(b))) console.log(line);
const rows = plan.rows.map((r) => (failedRows.has(r.row) ? { ...r, outcome: 'attention' as const } : r));
const summary = summaryLine({ files, rows });

if (values['dry-run']) {
  for (const row of rows)
    if (row.outcome !== 'attention') console.log(`${fileName}:${row.row}: ${row.outcome} → listings/${row.id}.md`);
  console.log(summary);
  console.log('--dry-run：何も書いていません / Nothing written');
} else {
  await mkdir(path.join(dir, 'listings'), { recursive: true });
  for (const [file, text] of files) await writeFile(path.join(dir, file), text);
  console.log(summary);
}
process.exit(rows.some((r) => r.outcome === 'attention') ? 1 : 0);
