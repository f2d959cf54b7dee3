/**
 * `npm run stale-report [-- --format=markdown|json] [--today YYYY-MM-DD]`:
 * the active listings of the content folder (CONTENT_DIR, default ./content)
 * not confirmed within `staleAfterMonths`, by elementary-school district,
 * with the operator's public contact. Markdown (the default) is the body of
 * the issue 「確認が必要な掲載」 that .github/workflows/stale-listings.yml keeps
 * up to date; JSON is the same report, with each listing's links.
 *
 * Links go to the public address (siteUrl in site.yaml, or SITE_URL and
 * BASE_PATH), as the built site's own links do.
 *
 * Exit status 0 whenever the report was made, stale listings or not; 1 when
 * it could not be (no valid site.yaml, an unreadable folder); 2 for a usage error.
 */
import { parseArgs } from 'node:util';
import { errorsOf } from '../src/core/problems.ts';
import { isRealDate, parseCivil, tokyoToday } from '../src/core/civil-date.ts';
import { contentDirFromEnv, loadContent } from '../src/lib/content/load-content.ts';
import { resolvePublicAddress } from '../src/lib/content/public-address.ts';
import { toPublicListing } from '../src/lib/privacy/public-listing.ts';
import { staleReport } from '../src/lib/stale-report.ts';
import { linksOnSite, staleReportMarkdown } from '../src/lib/stale-report-markdown.ts';

const USAGE = '使い方 / Usage: npm run stale-report -- [--format=markdown|json] [--today YYYY-MM-DD]';
const FORMATS = ['markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

function options(args: string[]): { format: Format; today: string } | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { format: { type: 'string', default: 'markdown' }, today: { type: 'string' } },
    });
  } catch (error) {
    return `引数が読めません / ${(error as Error).message}`;
  }
  const { format, today } = parsed.values;
  if (!(FORMATS as readonly string[]).includes(format)) {
    return `--format は markdown か json にしてください / --format must be markdown or json (got "${format}")`;
  }
  if (today !== undefined) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(today) ? parseCivil(today) : undefined;
    if (!date || !isRealDate(date.year, date.month, date.day))
      return `--today は 2026-12-01 のような実在する日付にしてください / --today must be a real date like 2026-12-01 (got "${today}")`;
  }
  return { format: format as Format, today: today ?? tokyoToday() };
}

async function main(): Promise<number> {
  const chosen = options(process.argv.slice(2));
  if (typeof chosen === 'string') {
    console.error(chosen);
    console.error(USAGE);
    return 2;
  }
  const dir = contentDirFromEnv();
  const content = await loadContent(dir, { today: chosen.today });
  if (!content.site) {
    console.error(
      `${dir}/site.yaml を読めないため、確認の期限（staleAfterMonths）がわかりません。npm run validate で直してください / site.yaml could not be read, so there is no staleAfterMonths; run npm run validate`,
    );
    return 1;
  }
  const errors = errorsOf(content.problems).length;
  if (errors > 0) {
    // Reported all the same: each listing in it is valid on its own, and an editor should still hear of it.
    console.error(
      `内容にエラーが ${errors} 件あります。npm run validate で確かめてください / The content has ${errors} error(s); run npm run validate`,
    );
  }
  const listings = content.listings.map((l) => toPublicListing(l.id, l.data, l.body, content.schools));
  const report = staleReport({ site: content.site, schools: content.schools, listings }, chosen.today);
  const address = resolvePublicAddress();
  const linksOf = linksOnSite(address.site, address.base, new Map(content.listings.map((l) => [l.id, l.file])));

  if (chosen.format === 'json') {
    const groups = report.groups.map((group) => ({
      ...group,
      listings: group.listings.map((listing) => ({ ...listing, links: linksOf(listing.id) })),
    }));
    console.log(JSON.stringify({ ...report, groups }, null, 2));
  } else {
    process.stdout.write(staleReportMarkdown(report, { linksOf }));
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`確認の一覧を作れませんでした / The report could not be made: ${(error as Error).message}`);
  process.exitCode = 1;
}
