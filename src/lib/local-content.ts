/**
 * Content as a page of one language shows it. A school's name and address,
 * and a listing's text where it has no translation, are Japanese content:
 * on a page of another language they are marked `lang="ja"`
 * (src/core/language-marks.ts), so a Japanese name inside an English sentence
 * is read in a Japanese voice. Marks vanish from attributes, titles and
 * scripts and on Japanese pages, so the objects can go wherever the plain
 * ones go in a page; data files read the plain content.
 */
import { inLanguage } from '../core/language-marks.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SchoolLevel } from '../schema/vocabulary.ts';
import { listingText, type LocalizedText } from './listing-text.ts';
import type { PublicDistrict, PublicDistricts, PublicListing } from './privacy/public-listing.ts';

/** A school, or a listing's reference to one, with its Japanese words marked for a page in `locale`. */
export function schoolIn<S extends { name: string; address?: string | undefined }>(school: S, locale: Locale): S {
  if (locale === 'ja') return school;
  return {
    ...school,
    name: inLanguage('ja', school.name),
    ...(school.address ? { address: inLanguage('ja', school.address) } : {}),
  };
}

/**
 * A listing as a page in `locale` shows it: each text the listing translates
 * in that language, the rest in Japanese, marked. The description's HTML is
 * the translation's when there is one; a page that shows an untranslated
 * description says so (`listingText(…).untranslated`).
 */
export function listingIn(listing: PublicListing, locale: Locale): PublicListing {
  if (locale === 'ja') return listing;
  const text = listingText(listing, locale);
  const shown = (field: LocalizedText | undefined, fallback: string | undefined) =>
    field ? inLanguage(field.lang, field.value) : fallback && inLanguage('ja', fallback);
  const place = listing.place;
  const districts: PublicDistricts = {};
  for (const [level, district] of Object.entries(listing.districts) as [SchoolLevel, PublicDistrict][]) {
    districts[level] = { ...district, schoolName: inLanguage('ja', district.schoolName) };
  }
  return {
    ...listing,
    name: shown(text.name, listing.name)!,
    ...(listing.summary ? { summary: shown(text.summary, listing.summary) } : {}),
    ...(listing.organization ? { organization: inLanguage('ja', listing.organization) } : {}),
    ...(listing.scheduleNote ? { scheduleNote: inLanguage('ja', listing.scheduleNote) } : {}),
    ...(place?.precision === 'exact'
      ? {
          place: {
            ...place,
            address: inLanguage('ja', place.address),
            ...(place.placeName ? { placeName: shown(text.placeName, place.placeName) } : {}),
            ...(place.access ? { access: shown(text.access, place.access) } : {}),
            ...(place.accessibility ? { accessibility: shown(text.accessibility, place.accessibility) } : {}),
          },
        }
      : place
        ? {
            place: {
              ...place,
              area: shown(text.area, place.area)!,
              ...(place.accessibility ? { accessibility: shown(text.accessibility, place.accessibility) } : {}),
            },
          }
        : {}),
    districts,
    // Rule labels and extra dates' notes are the listing's own words, shown inside the schedule's.
    ...(listing.schedule
      ? {
          schedule: listing.schedule.map((rule) =>
            rule.label ? { ...rule, label: inLanguage('ja', rule.label) } : rule,
          ),
        }
      : {}),
    ...(listing.extraDates
      ? {
          extraDates: listing.extraDates.map((date) =>
            date.note ? { ...date, note: inLanguage('ja', date.note) } : date,
          ),
        }
      : {}),
    // Price rows' labels and the note are the listing's own words, never translated: Japanese, marked.
    ...(listing.cost
      ? {
          cost: {
            ...listing.cost,
            options: listing.cost.options.map((option) =>
              option.label ? { ...option, label: inLanguage('ja', option.label) } : option,
            ),
            ...(listing.cost.note ? { note: inLanguage('ja', listing.cost.note) } : {}),
          },
        }
      : {}),
    ...(listing.contact?.phoneHours
      ? { contact: { ...listing.contact, phoneHours: inLanguage('ja', listing.contact.phoneHours) } }
      : {}),
    ...(text.description ? { descriptionHtml: text.description.html, descriptionText: text.description.text } : {}),
  };
}
