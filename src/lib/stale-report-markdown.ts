/**
 * The stale-listings report as the body of a GitHub issue: a checklist per
 * school district, each line linking to the listing's page and its correction
 * form, with the operator's public contact and how to mark it confirmed.
 *
 * Everything taken from a listing is text written by whoever submitted it and
 * is rendered by GitHub, which turns more than Markdown into markup: `@name`
 * notifies a person, `#12` and `GH-12` link (and cross-reference) an issue,
 * bare `https://…` and `www.…` become links. `markdownText` makes such text
 * inert: every ASCII punctuation mark is backslash-escaped (so no link, image,
 * emphasis, HTML or code can start), and a zero-width space is put where
 * GitHub's autolinkers would otherwise match.
 */
import type { CivilDate } from '../core/civil-date.ts';
import { vocabulary } from '../i18n/ja/vocabulary.ts';
import type { StaleContact, StaleDistrictGroup, StaleListing, StaleReport } from './stale-report.ts';

/** The title of the one issue the monthly workflow keeps up to date. */
export const STALE_ISSUE_TITLE = '確認が必要な掲載';

/** GitHub refuses an issue body over 65,536 characters; this leaves room for what the workflow adds. */
export const ISSUE_BODY_LIMIT = 60_000;

/** An entity, not the character, so the Markdown source shows where the break is. */
const ZERO_WIDTH_SPACE = '&#8203;';

/**
 * Text from content, safe to place anywhere inline in GitHub Markdown: it
 * shows as written (bar line breaks and invisible controls, which become a
 * space or nothing) and makes no link, mention, reference or markup.
 */
export function markdownText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
      // Bidirectional controls can make a line read differently from what it says.
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[!-/:-@[-`{-~]/g, (mark) => `\\${mark}`)
      // @name (mentions, e-mail autolinks) and #12, owner/repo#12 (issue references).
      .replace(/\\([@#])/g, `\\$1${ZERO_WIDTH_SPACE}`)
      // https://… (a colon elsewhere, as in 10:00, is left alone).
      .replace(/\\:(?=\\\/\\\/)/g, `${ZERO_WIDTH_SPACE}\\:`)
      .replace(/(www)(\\\.)/gi, `$1${ZERO_WIDTH_SPACE}$2`)
      .replace(/\b(gh)(\\-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}$2`)
  );
}

/** Where a listing can be seen and corrected; page and edit are absent when the site has no public address. */
export interface ListingLinks {
  page?: string;
  /** The correction form, started from the published listing. */
  edit?: string;
  /** The listing's file, relative to the content folder. */
  file: string;
}

export type LinksOf = (id: string) => ListingLinks;

/**
 * Links on the public address (`site` is an origin, `base` the path prefix
 * ending in `/`, as `resolvePublicAddress` gives them): the listing page and
 * the correction form the listing page links to (`submit/?edit=<id>`).
 */
export function linksOnSite(site: string | undefined, base: string, files?: ReadonlyMap<string, string>): LinksOf {
  const at = (path: string) => (site ? new URL(`${base}${path}`, site).href : undefined);
  return (id) => {
    const page = at(`listings/${id}/`);
    const edit = at(`submit/?edit=${encodeURIComponent(id)}`);
    return { ...(page ? { page } : {}), ...(edit ? { edit } : {}), file: files?.get(id) ?? `listings/${id}.md` };
  };
}

/** A link from content as an autolink, normalised so it cannot close the brackets; else inert text. */
function urlLink(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return `<${url.href}>`;
  } catch {
    // Not a URL: shown as text below.
  }
  return markdownText(value);
}

/** How it was confirmed: a link when that is all it is (a ward's page, a flyer's URL), else text. */
function sourceText(source: string): string {
  return /^https?:\/\/\S+$/.test(source) ? urlLink(source) : markdownText(source);
}

function emailLink(value: string): string {
  return /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(value) ? `<${value}>` : markdownText(value);
}

function contactLines(contact: StaleContact): string[] {
  const lines: string[] = [];
  if (contact.phone) {
    const hours = contact.phoneHours ? `（${markdownText(contact.phoneHours)}）` : '';
    lines.push(`電話 / Phone: ${markdownText(contact.phone)}${hours}`);
  }
  if (contact.email) lines.push(`メール / E-mail: ${emailLink(contact.email)}`);
  if (contact.form) lines.push(`問い合わせフォーム / Contact form: ${urlLink(contact.form)}`);
  if (contact.line) lines.push(`LINE: ${urlLink(contact.line)}`);
  if (contact.website) lines.push(`ウェブサイト / Website: ${urlLink(contact.website)}`);
  if (lines.length === 0) {
    lines.push(
      '公開している連絡先がありません。確認元や区の担当を通して確かめてください / No public contact: confirm through the source or the ward',
    );
  }
  return lines;
}

function listingEntry(listing: StaleListing, links: ListingLinks): string {
  const name = markdownText(listing.name);
  const title = links.page ? `[${name}](<${links.page}>)` : name;
  const kind = `${vocabulary.kind[listing.kind]} / ${vocabulary.kindEnglish[listing.kind]}`;
  const by = `${vocabulary.verifiedBy[listing.verified.by]} / ${listing.verified.by}`;
  const parts = [
    `- [ ] **${title}** — ${kind}`,
    `  - 最終確認 / Last confirmed: ${listing.verified.date}（${listing.monthsSince} か月前 / ${listing.monthsSince} months ago・${by}・${sourceText(listing.verified.source)}）`,
    ...contactLines(listing.contact).map((line) => `  - ${line}`),
    `  - ファイル / File: \`${links.file}\`${links.edit ? `・[訂正フォーム / Correction form](<${links.edit}>)` : ''}`,
  ];
  return parts.join('\n');
}

function groupHeading(group: StaleDistrictGroup): string {
  const n = group.listings.length;
  const count = `${n} 件 / ${n} ${n === 1 ? 'listing' : 'listings'}`;
  if (!group.school) {
    return [
      `## 校区なし / No district（${count}）`,
      '',
      '場所のない掲載（オンライン・電話など）や、どの校区の境界にも入らない掲載です。 / Listings with no place (online, by phone) or outside every known district boundary.',
    ].join('\n');
  }
  const name = markdownText(group.school.name);
  return `## ${name}区 / ${name} district（${count}）`;
}

function howToConfirm(today: CivilDate): string {
  return [
    '### 確認したら / Once confirmed',
    '',
    '1. 運営者に連絡して、開く日・場所・対象・連絡先が今も正しいか確かめます。 / Ask the operator whether the days, place, audience and contact are still right.',
    '2. 掲載ファイルの `verified` を、確認した日・相手（`operator`・`official`）・方法に書き換えます。変わったところがあれば、ほかの項目も直します。 / Update `verified` in the listing file with the day, who confirmed it and how; correct anything that changed.',
    '',
    '   ```yaml',
    `   verified: { date: ${today}, by: operator, source: 運営者への電話 }`,
    '   ```',
    '',
    '3. 変更をプルリクエストにしてマージすると、次の更新でこの一覧から消えます。各行の「訂正フォーム」から送ることもできます。 / Merge the change as a pull request and the listing leaves this list at the next update; the correction form on each line sends it too.',
    '4. 終わった・休んでいる場所は `status` を `closed`・`paused` にします（この一覧には出なくなります）。 / A place that has closed or paused gets `status: closed` or `paused` and leaves the list.',
  ].join('\n');
}

export interface MarkdownOptions {
  linksOf: LinksOf;
  /** The day the report is made; defaults to the day staleness was judged on. */
  generatedOn?: CivilDate;
  /** Longest body to return; listings beyond it are counted, not listed. */
  maxLength?: number;
}

export function staleReportMarkdown(report: StaleReport, options: MarkdownOptions): string {
  const { linksOf, generatedOn = report.today, maxLength = ISSUE_BODY_LIMIT } = options;
  const months = report.staleAfterMonths;
  const level = `${vocabulary.schoolLevel[report.level]}区`;
  const head = [
    `# ${STALE_ISSUE_TITLE} / Listings to confirm`,
    '',
    report.total === 0
      ? `${report.today} の時点で、すべての掲載が ${months} か月以内に確認されています。 / As of ${report.today}, every active listing was confirmed within the last ${months} months.`
      : [
          `最後の確認から ${months} か月（\`site.yaml\` の \`staleAfterMonths\`）を過ぎた、開催中の掲載が **${report.total} 件** あります（${report.today} の時点、${level}ごと・確認の古い順）。運営者に確かめてください。`,
          `**${report.total}** active listing(s) were last confirmed more than ${months} months ago (\`staleAfterMonths\` in \`site.yaml\`) as of ${report.today}, by ${report.level} school district, oldest first. Please check them with their operators.`,
        ].join('\n'),
  ].join('\n');
  const foot = [
    ...(report.total > 0 ? [howToConfirm(generatedOn), ''] : []),
    '---',
    '',
    `作成日 / Generated: ${generatedOn}（\`npm run stale-report\`）`,
  ].join('\n');

  const sections: string[] = [];
  let length = head.length + foot.length + 200;
  let omitted = 0;
  for (const group of report.groups) {
    const heading = groupHeading(group);
    const entries: string[] = [];
    for (const listing of group.listings) {
      const entry = listingEntry(listing, linksOf(listing.id));
      const cost = entry.length + 1 + (entries.length === 0 ? heading.length + 4 : 0);
      if (omitted > 0 || length + cost > maxLength) {
        omitted++;
        continue;
      }
      entries.push(entry);
      length += cost;
    }
    if (entries.length > 0) sections.push(`${heading}\n\n${entries.join('\n')}`);
  }
  if (omitted > 0) {
    sections.push(
      `ほかに ${omitted} 件あります。すべては \`npm run stale-report\` で見られます。 / ${omitted} more not listed here; \`npm run stale-report\` lists them all.`,
    );
  }
  return `${[head, ...sections, foot].join('\n\n')}\n`;
}
