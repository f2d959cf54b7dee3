/**
 * The site config as a page of one language shows it. The site's name and
 * its region's name have English forms in site.yaml (`siteNameEn`,
 * `region.nameEn`); everything else the config says is Japanese content and,
 * on a page of another language, is marked `lang="ja"` (src/core/language-marks.ts),
 * so every page that reads `site.siteName` names the site in its reader's
 * language without knowing how.
 */
import { inLanguage } from '../core/language-marks.ts';
import { htmlLang, type Locale } from '../i18n/locales.ts';
import type { SiteConfig } from '../schema/site.ts';

export function siteIn(site: SiteConfig, locale: Locale): SiteConfig {
  if (locale === 'ja') return site;
  const english = locale === 'en';
  const shown = (japanese: string, translation: string | undefined) =>
    translation ? inLanguage(htmlLang(locale), translation) : inLanguage('ja', japanese);
  return {
    ...site,
    siteName: shown(site.siteName, english ? site.siteNameEn : undefined),
    region: { ...site.region, name: shown(site.region.name, english ? site.region.nameEn : undefined) },
    publisher: inLanguage('ja', site.publisher),
  };
}
