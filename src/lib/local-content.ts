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

/** A school, or a listing's reference to one, with its Japanese words marked for a page in `locale`. */
export function schoolIn<S extends { name: string; address?: string | undefined }>(school: S, locale: Locale): S {
  if (locale === 'ja') return school;
  return {
    ...school,
    name: inLanguage('ja', school.name),
    ...(school.address ? { address: inLanguage('ja', school.address) } : {}),
  };
}
