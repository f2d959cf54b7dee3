/**
 * Which listings need confirming, and whom to ask: the active listings whose
 * information was last confirmed longer ago than the site allows
 * (`staleAfterMonths`), grouped by school district so an editor can work
 * through one district at a time, and so a gap that looks filled by an old
 * listing is seen for what it is. Read by the editors' section of the gap
 * view and by `npm run stale-report`, which opens the monthly issue.
 *
 * Three rules are used, never restated: staleness is `isStale` (the
 * validator's warning and the listing page's notice), the district is the
 * one carried by the public listing (`districtOf` in schools/district.ts, as
 * school pages place listings), and only counted listings are reported
 * (`isCounted`). The input is the public form of each listing, so the contact
 * offered is what the site itself publishes: a phone only with consent, and
 * nothing of an approximate place beyond what its page shows.
 */
import { addMonths, parseCivil, type CivilDate } from '../core/civil-date.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { Kind, SchoolLevel, VerifiedBy } from '../schema/vocabulary.ts';
import { isCounted } from './counting.ts';
import { isStale } from './freshness.ts';
import type { PublicListing } from './privacy/public-listing.ts';
import type { DistrictSource } from './schools/district.ts';

/** What the report needs of a school: enough to name and order its district. */
export interface StaleReportSchool {
  id: string;
  name: string;
  nameKana: string;
  level: SchoolLevel;
}

/** The loaded content, as pages get it from `getContent()` and scripts build it from `loadContent`. */
export interface StaleReportContent {
  site: Pick<SiteConfig, 'staleAfterMonths'>;
  schools: readonly StaleReportSchool[];
  listings: readonly PublicListing[];
}

/** How to reach the operator: only what the listing's public page shows. */
export interface StaleContact {
  /** Present only when the operator consented to its publication. */
  phone?: string;
  phoneHours?: string;
  email?: string;
  website?: string;
  line?: string;
  form?: string;
}

export interface StaleListing {
  id: string;
  name: string;
  nameKana: string;
  kind: Kind;
  verified: { date: CivilDate; by: VerifiedBy; source: string };
  /** Whole months from the last confirmation to the report's day. */
  monthsSince: number;
  /** How the listing's district was found; absent in the group of listings with no district. */
  districtSource?: DistrictSource;
  /** Empty when the listing publishes no way to reach its operator. */
  contact: StaleContact;
}

export interface StaleDistrictGroup {
  /** The district's school; absent for listings in no district (no place, or outside every known boundary). */
  school?: { id: string; name: string; nameKana: string };
  /** Oldest confirmation first. */
  listings: StaleListing[];
}

export interface StaleReport {
  /** The day staleness was judged on. */
  today: CivilDate;
  staleAfterMonths: number;
  level: SchoolLevel;
  /** How many listings need confirming, in every group. */
  total: number;
  /** Districts with stale listings by their school's reading; the group with no district last. */
  groups: StaleDistrictGroup[];
}

/** The public contact fields, named one by one so a field added to the public listing is not passed on unseen. */
const CONTACT_FIELDS = ['phone', 'phoneHours', 'email', 'website', 'line', 'form'] as const;

function contactOf(listing: PublicListing): StaleContact {
  const contact: StaleContact = {};
  for (const field of CONTACT_FIELDS) {
    const value = listing.contact?.[field];
    if (value) contact[field] = value;
  }
  return contact;
}

/**
 * Whole months from `from` to `to`: the largest n with `from` on or before
 * `to` less n months. Counted back from `to` as `isStale` counts, so every
 * stale listing shows at least `staleAfterMonths` months.
 */
export function monthsBetween(from: CivilDate, to: CivilDate): number {
  if (to < from) return 0;
  const a = parseCivil(from);
  const b = parseCivil(to);
  let n = (b.year - a.year) * 12 + (b.month - a.month);
  while (n > 0 && addMonths(to, -n) < from) n--;
  while (addMonths(to, -(n + 1)) >= from) n++;
  return n;
}

const collator = new Intl.Collator('ja');

export function staleReport(
  content: StaleReportContent,
  today: CivilDate,
  level: SchoolLevel = 'elementary',
): StaleReport {
  const months = content.site.staleAfterMonths;
  const schools = new Map(content.schools.filter((s) => s.level === level).map((s) => [s.id, s]));
  const byDistrict = new Map<string | undefined, StaleDistrictGroup>();

  for (const listing of content.listings) {
    if (!isCounted(listing) || !isStale(listing.verified.date, months, today)) continue;
    const district = listing.districts[level];
    const key = district?.schoolId;
    let group = byDistrict.get(key);
    if (!group) {
      const school = district && schools.get(district.schoolId);
      group = {
        ...(district
          ? {
              school: {
                id: district.schoolId,
                name: district.schoolName,
                nameKana: school?.nameKana ?? district.schoolName,
              },
            }
          : {}),
        listings: [],
      };
      byDistrict.set(key, group);
    }
    group.listings.push({
      id: listing.id,
      name: listing.name,
      nameKana: listing.nameKana,
      kind: listing.kind,
      verified: { date: listing.verified.date, by: listing.verified.by, source: listing.verified.source },
      monthsSince: monthsBetween(listing.verified.date, today),
      ...(district ? { districtSource: district.source } : {}),
      contact: contactOf(listing),
    });
  }

  const groups = [...byDistrict.values()].sort((a, b) => {
    if (!a.school || !b.school) return a.school ? -1 : b.school ? 1 : 0;
    return collator.compare(a.school.nameKana, b.school.nameKana) || a.school.id.localeCompare(b.school.id);
  });
  for (const group of groups) {
    group.listings.sort(
      (a, b) =>
        a.verified.date.localeCompare(b.verified.date) ||
        collator.compare(a.nameKana, b.nameKana) ||
        a.id.localeCompare(b.id),
    );
  }
  return {
    today,
    staleAfterMonths: months,
    level,
    total: groups.reduce((sum, group) => sum + group.listings.length, 0),
    groups,
  };
}

/**
 * How many stale listings the gap view lists, longest unconfirmed first: an
 * editor's morning's work, and the page stays the same size however many
 * there are.
 */
export const STALE_ON_GAP_VIEW = 30;

/** A stale report cut to what one page shows, with a count of the rest. */
export interface BoundedStaleReport {
  /** The groups that keep a listing, in the report's order, each oldest first. */
  groups: StaleDistrictGroup[];
  /** How many stale listings the page leaves out. */
  hidden: number;
}

/**
 * The `limit` longest-unconfirmed listings of a report, left in their
 * district groups and in the report's order, and a count of the rest: the gap
 * view and each district's page stay the same size however many listings are
 * stale, while the monthly issue (`npm run stale-report`) lists them all.
 * Ties in date go to the report's order, so the cut is the same every build.
 */
export function boundStaleReport(report: Pick<StaleReport, 'groups'>, limit: number): BoundedStaleReport {
  const ranked = report.groups
    .flatMap((group, g) => group.listings.map((listing, i) => ({ listing, g, i })))
    .sort((a, b) => a.listing.verified.date.localeCompare(b.listing.verified.date) || a.g - b.g || a.i - b.i);
  const kept = new Set(ranked.slice(0, Math.max(0, limit)).map(({ listing }) => listing));
  const groups = report.groups
    .map((group) => ({ ...group, listings: group.listings.filter((listing) => kept.has(listing)) }))
    .filter((group) => group.listings.length > 0);
  return { groups, hidden: ranked.length - kept.size };
}
