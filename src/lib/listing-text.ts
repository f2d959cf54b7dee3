/**
 * A listing's own words on a page of one language. Listing text is content:
 * the site never translates it. A field the listing translates shows the
 * translation; one it does not shows the Japanese, flagged, so the page marks
 * it `lang="ja"` (screen readers switch voice) and says in a short note that
 * it is not translated. Only the published translations are read
 * (`publicTranslations`), so a translation can never show a private note.
 */
import type { Locale } from '../i18n/locales.ts';
import type { PublicListing } from './privacy/public-listing.ts';
import { descriptionText, renderDescription } from './markdown.ts';

/** One field's words and the language they are in. */
export interface LocalizedText {
  value: string;
  /** The `lang` attribute the words need: `en` for English, `ja` for both Japanese forms. */
  lang: 'ja' | 'en';
  /** The page's language has no translation of this field, so `value` is the Japanese. */
  untranslated: boolean;
}

export interface LocalizedDescription extends LocalizedText {
  /** Safe HTML rendered from the Markdown (src/lib/markdown.ts). */
  html: string;
  /** As plain text, for meta descriptions. */
  text: string;
}

export interface ListingText {
  name: LocalizedText;
  summary?: LocalizedText;
  description?: LocalizedDescription;
  placeName?: LocalizedText;
  area?: LocalizedText;
  access?: LocalizedText;
  accessibility?: LocalizedText;
  /** Fields shown in Japanese on a page of another language: the page says so once when any is. */
  untranslated: Array<Exclude<keyof ListingText, 'untranslated'>>;
}

/**
 * Each text field of a public listing for a page in `locale`: the
 * translation in that language when the listing has one, else the Japanese
 * with `lang: 'ja'` and `untranslated: true`. Fields the listing does not
 * have (no summary, no place) are absent.
 */
export function listingText(listing: PublicListing, locale: Locale): ListingText {
  const translation = locale === 'ja' ? undefined : listing.translations?.[locale];
  const translatedLang = locale === 'en' ? 'en' : 'ja';
  const untranslated: ListingText['untranslated'] = [];
  const pick = (key: Exclude<keyof ListingText, 'untranslated'>, japanese: string | undefined) => {
    if (!japanese) return undefined;
    const value = translation?.[key];
    if (value) return { value, lang: translatedLang, untranslated: false } satisfies LocalizedText;
    if (locale !== 'ja') untranslated.push(key);
    return { value: japanese, lang: 'ja', untranslated: locale !== 'ja' } satisfies LocalizedText;
  };
  const place = listing.place;
  const out: ListingText = { name: pick('name', listing.name)!, untranslated };
  const fields = {
    summary: pick('summary', listing.summary),
    placeName: pick('placeName', place?.precision === 'exact' ? place.placeName : undefined),
    area: pick('area', place?.precision === 'approximate' ? place.area : undefined),
    access: pick('access', place?.precision === 'exact' ? place.access : undefined),
    accessibility: pick('accessibility', place?.accessibility),
  };
  for (const [key, value] of Object.entries(fields)) if (value) out[key as keyof typeof fields] = value;
  // A description may be written in another language only (the body is not front matter, so nothing asks for it).
  const description = pick('description', listing.descriptionSource || translation?.description);
  if (description) {
    out.description = translation?.description
      ? { ...description, html: renderDescription(description.value), text: descriptionText(description.value) }
      : { ...description, html: listing.descriptionHtml, text: listing.descriptionText };
  }
  return out;
}
