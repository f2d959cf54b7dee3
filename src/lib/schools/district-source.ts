/**
 * The credit line for school-district boundaries that 国土数値情報's terms
 * (and most municipal data's) require wherever the boundaries are shown:
 * the source as the site config names it, and a reminder that the lines are
 * a guide, not the official 通学区域. School pages, /data/, /about/ and any
 * view of districts build their text here, so every page says the same.
 */
import { messages } from '../../i18n/index.ts';
import type { SiteConfig } from '../../schema/site.ts';

export interface DistrictSourceCredit {
  /** 「校区の境界の出典」: what the line is. */
  label: string;
  /** The site's attribution text, as written in site.yaml. */
  attribution: string;
  /** The source's page, when the site names one. */
  url?: string;
  /** That the boundaries are a guide and the board of education decides. */
  note: string;
  /** The whole credit as one plain line (for CSV notes, print, alt text). */
  text: string;
}

/** Whether any boundary is shown at all: a credit with no boundary to credit would say nothing true. */
export function hasDistrictBoundaries(schools: ReadonlyArray<{ district?: unknown }>): boolean {
  return schools.some((school) => school.district !== undefined);
}

export function districtSourceCredit(
  site: Pick<SiteConfig, 'schoolDistrictSource'>,
  words = messages('ja').schools.districtSource,
): DistrictSourceCredit | undefined {
  const source = site.schoolDistrictSource;
  if (!source) return undefined;
  const text = `${words.label}${words.separator}${source.attribution}${source.url ? `（${source.url}）` : ''}${words.sentenceEnd}${words.note}`;
  return {
    label: words.label,
    attribution: source.attribution,
    ...(source.url ? { url: source.url } : {}),
    note: words.note,
    text,
  };
}
