/**
 * Reads a whole content folder — site config, schools, listings — and checks
 * every file and every rule that spans files. Used by the validator script and
 * by the Astro content loader, so both report exactly the same problems.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { ID_PATTERN } from '../../core/ids.ts';
import { listingSchema } from '../../schema/listing.ts';
import { hasRubyMarks } from '../../schema/primitives.ts';
import { schoolSchema } from '../../schema/school.ts';
import { siteSchema, type SiteConfig } from '../../schema/site.ts';
import type { ContentSet, ListingEntry, SchoolEntry } from './content-set.ts';
import { synonymsSchema, type Synonyms } from '../../schema/synonyms.ts';
import { tokyoToday, type CivilDate } from '../../core/civil-date.ts';
import { crossCheck } from './cross-checks.ts';
import { parseMarkdownFile, parseYamlFile } from './parse-file.ts';
import { WHOLE_FILE, sortProblems, type Problem } from '../../core/problems.ts';
import { issuesToProblems, volunteerErrorMap } from '../../schema/error-map.ts';
import { helpLinesSchema } from '../../schema/help-lines.ts';
import { HELP_LINES_DIR, crossCheckHelpLines, type HelpLinesEntry } from './help-lines.ts';

export interface LoadOptions {
  /** The day to judge freshness and future dates by; defaults to today in Tokyo. */
  today?: CivilDate;
  /**
   * Files to read as if they were in the folder (path relative to it → bytes),
   * for checking changes before anything is written: an import or a correction
   * is validated with the whole folder in memory, and written only if it passes.
   */
  overlay?: ReadonlyMap<string, Uint8Array>;
}

export { contentDirFromEnv } from './content-dir.ts';
export type { ContentSet, ListingEntry, SchoolEntry } from './content-set.ts';
export type { HelpLinesEntry } from './help-lines.ts';

async function listFiles(root: string, sub: string, overlay?: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const dir = path.join(root, sub);
  let entries: { isDirectory(): boolean; parentPath: string; name: string }[];
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    entries = [];
  }
  const onDisk = entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const added = [...(overlay?.keys() ?? [])].filter((rel) => rel.startsWith(`${sub}/`));
  return [...new Set([...onDisk, ...added])].filter((rel) => !rel.split('/').some((part) => part.startsWith('.'))).sort();
}

function idFromFile(rel: string, extension: string): string {
  return path.posix.basename(rel, extension);
}

function checkId(file: string, id: string, problems: Problem[]): boolean {
  if (ID_PATTERN.test(id)) return true;
  problems.push({
    file,
    field: WHOLE_FILE,
    message: `ファイル名「${id}」は ID として使えません。半角の小文字英字・数字・ハイフンだけにしてください（例: hamadera-kodomo-shokudo.md）/ The file name is not a valid id: use lowercase ASCII letters, digits and hyphens`,
    severity: 'error',
  });
  return false;
}

async function readBytes(
  root: string,
  rel: string,
  problems: Problem[],
  overlay?: ReadonlyMap<string, Uint8Array>,
): Promise<Uint8Array | undefined> {
  const pending = overlay?.get(rel);
  if (pending) return pending;
  try {
    // A link could publish a file from outside the content folder.
    if ((await lstat(path.join(root, rel))).isSymbolicLink()) {
      problems.push({
        file: rel,
        field: WHOLE_FILE,
        message: 'シンボリックリンクは使えません。ファイルそのものを置いてください / Symbolic links are not allowed; add the file itself',
        severity: 'error',
      });
      return undefined;
    }
    return await readFile(path.join(root, rel));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({
      file: rel,
      field: WHOLE_FILE,
      message:
        code === 'ENOENT'
          ? 'ファイルがありません / The file is missing'
          : `ファイルを読めません / Cannot read the file (${code ?? String(error)})`,
      severity: 'error',
    });
    return undefined;
  }
}

/** A YAML file read, parsed and checked against its schema; its problems go to `problems`, and nothing is returned unless it passed. */
async function readYamlEntry<T>(
  dir: string,
  rel: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  overlay?: ReadonlyMap<string, Uint8Array>,
): Promise<T | undefined> {
  const bytes = await readBytes(dir, rel, problems, overlay);
  if (!bytes) return undefined;
  const parsed = parseYamlFile(rel, bytes);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  problems.push(...parsed.warnings);
  const result = schema.safeParse(parsed.value, { error: volunteerErrorMap });
  if (result.success) return result.data;
  problems.push(...issuesToProblems(rel, schema, result.error.issues));
  return undefined;
}

export async function loadContent(dir: string, options: LoadOptions = {}): Promise<ContentSet> {
  const problems: Problem[] = [];
  const today = options.today ?? tokyoToday();

  // Site config.
  const site: SiteConfig | undefined = await readYamlEntry(dir, 'site.yaml', siteSchema, problems, options.overlay);

  // Search synonyms (optional file).
  let synonyms: Synonyms = { groups: [] };
  const synonymsFile = 'search-synonyms.yaml';
  const synonymsBytes = await readFile(path.join(dir, synonymsFile)).catch(() => undefined);
  if (synonymsBytes) {
    const parsed = parseYamlFile(synonymsFile, synonymsBytes);
    if (!parsed.ok) problems.push(...parsed.problems);
    else {
      problems.push(...parsed.warnings);
      const result = synonymsSchema.safeParse(parsed.value, { error: volunteerErrorMap });
      if (result.success) synonyms = result.data;
      else problems.push(...issuesToProblems(synonymsFile, synonymsSchema, result.error.issues));
    }
  }

  // Schools.
  const schools: SchoolEntry[] = [];
  const schoolIds = new Map<string, string>();
  for (const rel of await listFiles(dir, 'schools', options.overlay)) {
    if (!rel.endsWith('.yaml')) {
      problems.push({
        file: rel,
        field: WHOLE_FILE,
        message: 'schools/ には .yaml ファイルだけを置いてください / Only .yaml files belong in schools/',
        severity: 'error',
      });
      continue;
    }
    const id = idFromFile(rel, '.yaml');
    if (!checkId(rel, id, problems)) continue;
    if (schoolIds.has(id)) {
      problems.push({
        file: rel,
        field: WHOLE_FILE,
        message: `学校 ID「${id}」が ${schoolIds.get(id)} と重複しています / Duplicate school id (also ${schoolIds.get(id)})`,
        severity: 'error',
      });
      continue;
    }
    schoolIds.set(id, rel);
    const school = await readYamlEntry(dir, rel, schoolSchema, problems, options.overlay);
    if (school) schools.push({ ...school, id, file: rel });
  }

  // Listings.
  const listings: ListingEntry[] = [];
  const listingIds = new Map<string, string>();
  const listingFiles = await listFiles(dir, 'listings', options.overlay);
  for (const rel of listingFiles) {
    if (!rel.endsWith('.md')) {
      problems.push({
        file: rel,
        field: WHOLE_FILE,
        message:
          'listings/ には .md ファイルだけを置いてください（このファイルは掲載されません）/ Only .md files belong in listings/ (this file would not be published)',
        severity: 'error',
      });
      continue;
    }
    const id = idFromFile(rel, '.md');
    const validId = checkId(rel, id, problems);
    if (validId && listingIds.has(id)) {
      problems.push({
        file: rel,
        field: WHOLE_FILE,
        message: `ID「${id}」が ${listingIds.get(id)} と重複しています。ファイル名を変えてください / Duplicate id (also ${listingIds.get(id)}); rename one file`,
        severity: 'error',
      });
    } else if (validId) {
      listingIds.set(id, rel);
    }
    const bytes = await readBytes(dir, rel, problems, options.overlay);
    if (!bytes) continue;
    const parsed = parseMarkdownFile(rel, bytes);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    problems.push(...parsed.warnings);
    const result = listingSchema.safeParse(parsed.value.data, { error: volunteerErrorMap });
    if (!result.success) {
      problems.push(...issuesToProblems(rel, listingSchema, result.error.issues));
      continue;
    }
    if (hasRubyMarks(parsed.value.body)) {
      problems.push({
        file: rel,
        field: '本文 / body',
        message:
          '本文に私用領域の文字（U+E000〜U+E002）が含まれています。消してください / The body contains private-use characters (U+E000–U+E002); remove them',
        severity: 'error',
      });
      continue;
    }
    if (validId && listingIds.get(id) === rel) listings.push({ id, file: rel, data: result.data, body: parsed.value.body });
  }

  // Help-line texts, one file per language (optional folder: without it the site has no /help/ pages).
  const helpLines: HelpLinesEntry[] = [];
  for (const rel of await listFiles(dir, HELP_LINES_DIR, options.overlay)) {
    if (!rel.endsWith('.yaml') || rel.split('/').length !== 2) {
      problems.push({
        file: rel,
        field: WHOLE_FILE,
        message: `${HELP_LINES_DIR}/ には言語ごとの .yaml ファイル（例: vi.yaml）だけを置いてください / Only one .yaml file per language (such as vi.yaml) belongs in ${HELP_LINES_DIR}/`,
        severity: 'error',
      });
      continue;
    }
    const data = await readYamlEntry(dir, rel, helpLinesSchema, problems, options.overlay);
    if (data) helpLines.push({ key: idFromFile(rel, '.yaml'), file: rel, data });
  }
  problems.push(...crossCheckHelpLines(site, helpLines, today));

  if (listingFiles.length === 0) {
    problems.push({
      file: 'listings/',
      field: WHOLE_FILE,
      message: '掲載情報が1件もありません / No listings found',
      severity: 'error',
    });
  }

  problems.push(...crossCheck({ site, schools, listings, today }));
  return {
    dir,
    site,
    synonyms,
    schools,
    listings,
    helpLines,
    listingFileCount: listingFiles.length, problems: sortProblems(problems) };
}
