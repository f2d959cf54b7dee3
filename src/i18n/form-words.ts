/**
 * The words the submission form shows, for one locale. The form is one
 * React island; importing messages() would ship every page's words (and every
 * locale's) with it, so it takes only its own sections. Japanese is in the
 * form's script anyway — the file, the issue and the e-mail are written in
 * it — and English and やさしい日本語 are fetched as their own small chunks.
 */
import { submit as jaSubmit } from './ja/submit.ts';
import { vocabulary as jaVocabulary } from './ja/vocabulary.ts';
import { listing as jaListing } from './ja/listing.ts';
import { facts as jaFacts } from './ja/facts.ts';
import type { Locale } from './locales.ts';
import type { Messages } from './messages.ts';

export interface FormWords {
  locale: Locale;
  submit: Messages['submit'];
  vocabulary: Messages['vocabulary'];
  listing: Messages['listing'];
  facts: Messages['facts'];
}

export const JA_FORM_WORDS: FormWords = {
  locale: 'ja',
  submit: jaSubmit,
  vocabulary: jaVocabulary,
  listing: jaListing,
  facts: jaFacts,
};

export async function loadFormWords(locale: Locale): Promise<FormWords> {
  if (locale === 'en') {
    const [{ submit }, { vocabulary }, { listing }, { facts }] = await Promise.all([
      import('./en/submit.ts'),
      import('./en/vocabulary.ts'),
      import('./en/listing.ts'),
      import('./en/facts.ts'),
    ]);
    return { locale, submit, vocabulary, listing, facts };
  }
  if (locale === 'easy') {
    const [{ submit }, { vocabulary }, { listing }, { facts }] = await Promise.all([
      import('./easy/submit.ts'),
      import('./easy/vocabulary.ts'),
      import('./easy/listing.ts'),
      import('./easy/facts.ts'),
    ]);
    return { locale, submit, vocabulary, listing, facts };
  }
  return JA_FORM_WORDS;
}
