/**
 * The catalogue's fields of the section 「ほかの言語（任意）」 on the step
 * 「どんな場所か」 (about): the name, summary and description in English and
 * やさしい日本語 (`translations` in the file). The translated place notes
 * are written in the file by hand; a correction carries them along unchanged.
 */
import { TRANSLATION_LOCALES, type ListingFrontMatter, type TranslationLocale } from '../../../schema/listing.ts';
import type { OtherTranslations, SubmissionDraft } from '../draft-types.ts';
import { text } from '../file-values.ts';
import { field, type FieldSpec } from './field.ts';

/** The translated keys the form edits; every other key of a translation rides in `otherTranslations`. */
export const FORM_TRANSLATED_KEYS = ['name', 'summary', 'description'] as const;

/** The Japanese each place note translates: a note whose Japanese was removed goes too, so no orphan is left. */
const PLACE_NOTE_SOURCE: Readonly<Record<string, (draft: SubmissionDraft) => string>> = {
  placeName: (d) => d.placeName,
  area: (d) => d.area,
  access: (d) => d.access,
  accessibility: (d) => d.accessibility,
};

function otherTranslationsOf(fm: ListingFrontMatter): OtherTranslations {
  const out: OtherTranslations = {};
  for (const locale of TRANSLATION_LOCALES) {
    const rest = Object.entries(fm.translations?.[locale] ?? {}).filter(
      ([key, value]) => !(FORM_TRANSLATED_KEYS as readonly string[]).includes(key) && typeof value === 'string',
    );
    if (rest.length > 0) out[locale] = Object.fromEntries(rest) as Record<string, string>;
  }
  return out;
}

function otherTranslationsToFile(draft: SubmissionDraft): Record<string, Record<string, string>> | undefined {
  const out: Record<string, Record<string, string>> = {};
  for (const locale of TRANSLATION_LOCALES) {
    const kept = Object.entries(draft.otherTranslations[locale] ?? {}).filter(([key, value]) => {
      const source = PLACE_NOTE_SOURCE[key];
      return (
        text(value) !== undefined && (!source || (draft.placeType === 'place' && text(source(draft)) !== undefined))
      );
    });
    if (kept.length > 0) out[locale] = Object.fromEntries(kept.map(([key, value]) => [key, value.trim()]));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const LANGUAGE_WORDS: Record<TranslationLocale, { heading: string; suffix: string }> = {
  en: { heading: '英語 / English', suffix: 'en' },
  easy: { heading: 'やさしい日本語 / Easy Japanese', suffix: 'easy' },
};

function translatedFields(locale: TranslationLocale, keys: { name: string; summary: string; description: string }) {
  const { heading, suffix } = LANGUAGE_WORDS[locale];
  return [
    field({
      key: keys.name as 'nameEn',
      step: 'about',
      label: keys.name as 'nameEn',
      kind: 'text',
      empty: '',
      path: `translations.${locale}.name`,
      issue: {
        id: `name-${suffix}`,
        heading: `名前（${heading}）`,
        description: '任意。機械翻訳は使わないでください',
      },
    }),
    field({
      key: keys.summary as 'summaryEn',
      step: 'about',
      label: keys.summary as 'summaryEn',
      kind: 'text',
      empty: '',
      path: `translations.${locale}.summary`,
      issue: { id: `summary-${suffix}`, heading: `ひとこと紹介（${heading}）`, description: '任意（120字まで）' },
    }),
    field({
      key: keys.description as 'descriptionEn',
      step: 'about',
      label: keys.description as 'descriptionEn',
      kind: 'text',
      empty: '',
      path: `translations.${locale}.description`,
      // Line breaks as the Japanese body has them, however the text came (a spreadsheet cell, an issue).
      toFile: (draft) => text(draft[keys.description as 'descriptionEn'].replace(/\r\n?/g, '\n')),
      issue: {
        id: `description-${suffix}`,
        heading: `紹介文（${heading}）`,
        description: '任意。Markdown が使えます',
        type: 'textarea',
      },
    }),
  ];
}

export const LANGUAGE_FIELDS: readonly FieldSpec[] = [
  field({
    key: 'otherTranslations',
    step: 'place',
    label: 'otherTranslations',
    kind: 'rich',
    empty: {},
    path: 'translations',
    fromFile: otherTranslationsOf,
    toFile: otherTranslationsToFile,
    // Never typed into an issue: a correction from an issue starts from the file, which holds them.
    issue: { in: 'other-fields' },
  }),
  ...translatedFields('en', { name: 'nameEn', summary: 'summaryEn', description: 'descriptionEn' }),
  ...translatedFields('easy', { name: 'nameEasy', summary: 'summaryEasy', description: 'descriptionEasy' }),
];
