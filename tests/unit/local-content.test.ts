/**
 * Content as a page of another language shows it: translated text where the
 * listing has it, the rest marked Japanese, and nothing changed on Japanese pages.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inLanguage, resolveLanguageMarksInHtml } from '../../src/core/language-marks.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { listingIn, schoolIn } from '../../src/lib/local-content.ts';
import { toPublicListing, type PublicListing } from '../../src/lib/privacy/public-listing.ts';
import { siteIn } from '../../src/lib/site-text.ts';
import type { SiteConfig } from '../../src/schema/site.ts';
import { REPO_ROOT } from './support/helpers.ts';

let listings: PublicListing[];
let site: SiteConfig;
beforeAll(async () => {
  const demo = await loadContent(path.join(REPO_ROOT, 'content'));
  site = demo.site!;
  listings = demo.listings.map((l) => toPublicListing(l.id, l.data, l.body, demo.schools));
});
const byId = (id: string) => listings.find((l) => l.id === id)!;

describe('a listing on another language’s page', () => {
  it('shows its English translation, unmarked on an English page', () => {
    const shown = listingIn(byId('ebaraji-kodomo-shokudo-hoshizora'), 'en');
    expect(shown.name).toBe(inLanguage('en', byId('ebaraji-kodomo-shokudo-hoshizora').translations!.en!.name!));
    expect(resolveLanguageMarksInHtml(`<h1>${shown.name}</h1>`, 'en')).toBe(
      `<h1>${byId('ebaraji-kodomo-shokudo-hoshizora').translations!.en!.name}</h1>`,
    );
  });

  it('marks what it does not translate as Japanese', () => {
    const original = listings.find((l) => !l.translations && l.place?.precision === 'exact' && l.summary)!;
    const shown = listingIn(original, 'en');
    expect(resolveLanguageMarksInHtml(`<h1>${shown.name}</h1>`, 'en')).toBe(
      `<h1><span lang="ja">${original.name}</span></h1>`,
    );
    expect(shown.summary).toBe(inLanguage('ja', original.summary!));
    expect(shown.place?.precision === 'exact' && shown.place.address).toBe(
      original.place?.precision === 'exact' && inLanguage('ja', original.place.address),
    );
    for (const [level, district] of Object.entries(shown.districts)) {
      expect(district.schoolName).toBe(inLanguage('ja', original.districts[level as 'elementary']!.schoolName));
    }
  });

  it('is the listing itself on a Japanese page', () => {
    const listing = byId('ebaraji-kodomo-shokudo-hoshizora');
    expect(listingIn(listing, 'ja')).toBe(listing);
  });

  it('keeps Japanese text Japanese on やさしい日本語 pages, with no visible mark', () => {
    const original = listings.find((l) => !l.translations?.easy)!;
    const shown = listingIn(original, 'easy');
    expect(resolveLanguageMarksInHtml(`<p>${shown.name}</p>`, 'ja')).toBe(`<p>${original.name}</p>`);
  });
});

describe('schools and the site config', () => {
  it('mark a school’s name and address Japanese', () => {
    const school = { name: 'みなと台小学校', address: '堺市西区' };
    expect(schoolIn(school, 'en')).toEqual({
      name: inLanguage('ja', school.name),
      address: inLanguage('ja', school.address),
    });
    expect(schoolIn(school, 'ja')).toBe(school);
  });

  it('name the site and region in English from site.yaml, and mark the publisher', () => {
    const english = siteIn(site, 'en');
    expect(english.siteName).toBe(inLanguage('en', site.siteNameEn!));
    expect(english.region.name).toBe(inLanguage('en', site.region.nameEn!));
    expect(english.publisher).toBe(inLanguage('ja', site.publisher));
    expect(siteIn(site, 'easy').siteName).toBe(inLanguage('ja', site.siteName));
  });
});
