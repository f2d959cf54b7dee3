/** What the page hands the form: the site's settings and what the build knows (holidays, where the ids are). */
import type { AreaConfig, TileConfig } from '../map/leaflet-base.ts';
import type { FormExamples } from '../../lib/form-examples.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface SubmitConfig {
  /** The page's locale: the form's words follow it; the file, the issue and the e-mail stay Japanese. */
  locale: Locale;
  siteName: string;
  email: string;
  repository?: string;
  tiles: TileConfig;
  area: AreaConfig;
  /** Examples beside the place fields, in the region's own words. */
  examples: FormExamples;
  /** Public holidays from the build day on, for next dates. */
  holidays: string[];
  /** `…/submit/known-ids.json`, holding {@link KnownIds}. */
  knownIds: string;
  /** `…/submit/edit/` where `<id>.json` holds a listing's public data. */
  editBase: string;
  listingBase: string;
  submitPath: string;
}

/** The ids the form checks against (`/submit/known-ids.json`). */
export interface KnownIds {
  /** Published listings: a new listing's id must be none of these. */
  listings: string[];
  /** Schools a link may name as the new listing's district (`?district=`). */
  schools: string[];
}
