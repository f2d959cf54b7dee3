/**
 * `npm run apply-correction -- <corrected file> [more files…]`
 *
 * For editors: a correction sent as a file (downloaded from /submit/?edit=…
 * or e-mailed) replaces content/listings/<id>.md, with the values the form
 * never saw (an approximate place's true point, address and directions, a
 * phone number kept private) taken back from the current file. The result is
 * validated with the whole content folder; nothing is written if it has errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tokyoToday } from '../src/core/civil-date.ts';
import { contentDirFromEnv } from '../src/lib/content/load-content.ts';
import { parseMarkdownFile } from '../src/lib/content/parse-file.ts';
import { errorsOf, formatProblem } from '../src/core/problems.ts';
import { restorePrivateFields } from '../src/lib/privacy/restore-private.ts';
import { replaceListing } from '../src/lib/submission/replace-listing.ts';
import { renderListingFile } from '../src/lib/submission/listing-file.ts';
import { listingSchema } from '../src/schema/listing.ts';

const dir = contentDirFromEnv();
let failed = false;
for (const source of process.argv.slice(2)) {
  const id = path.basename(source, '.md');
  const target = path.join(dir, 'listings', `${id}.md`);
  const fail = (message: string) => {
    console.error(`${source}: ${message}`);
    failed = true;
  };
  const corrected = parseMarkdownFile(source, await readFile(source));
  if (!corrected.ok) {
    corrected.problems.forEach((p) => fail(formatProblem(p)));
    continue;
  }
  let previous: Uint8Array;
  try {
    previous = await readFile(target);
  } catch {
    fail(
      `content/listings/${id}.md がありません。新しい掲載はそのまま listings/ に置いてください / No listing ${id} to correct`,
    );
    continue;
  }
  const current = parseMarkdownFile(target, previous);
  const currentData = current.ok ? listingSchema.safeParse(current.value.data) : undefined;
  const data = currentData?.success
    ? restorePrivateFields(corrected.value.data, currentData.data)
    : corrected.value.data;
  const body = corrected.value.body.trim();
  // Checked in memory with the whole folder: nothing is written unless it is clean.
  const rel = `listings/${id}.md`;
  const { written, problems } = await replaceListing(dir, rel, renderListingFile({ id, data, body }), tokyoToday());
  if (!written) {
    errorsOf(problems).forEach((p) => fail(formatProblem(p)));
    continue;
  }
  console.log(`listings/${id}.md を訂正しました / Corrected listings/${id}.md`);
}
if (failed) process.exitCode = 1;
