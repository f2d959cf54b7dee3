/**
 * The words of one locale for scripts that write into the page in the
 * browser: the gap view's sorting and map, the school map, the print list and
 * every map's controls. As in load-facts.ts, only that locale's sections are
 * fetched (English and やさしい日本語 as their own small chunks), never a whole
 * dictionary.
 */
import type { Locale } from './locales.ts';
import type { Messages } from './messages.ts';

/** The gap view's words (sorting, the map's area labels). */
export async function loadGaps(locale: Locale): Promise<Messages['gaps']> {
  if (locale === 'en') return (await import('./en/gaps.ts')).gaps;
  if (locale === 'easy') return (await import('./easy/gaps.ts')).gaps;
  return (await import('./ja/gaps.ts')).gaps;
}

/** The print list's words and the selection's. */
export async function loadPrint(
  locale: Locale,
): Promise<{ print: Messages['print']; selection: Messages['common']['selectButton'] }> {
  if (locale === 'en') {
    const [{ print }, { selection }] = await Promise.all([import('./en/print.ts'), import('./en/selection.ts')]);
    return { print, selection };
  }
  if (locale === 'easy') {
    const [{ print }, { selection }] = await Promise.all([import('./easy/print.ts'), import('./easy/selection.ts')]);
    return { print, selection };
  }
  const [{ print }, { selection }] = await Promise.all([import('./ja/print.ts'), import('./ja/selection.ts')]);
  return { print, selection };
}

/** The school map's words: the school's symbol and the directory's marker names. */
export async function loadSchoolMap(locale: Locale): Promise<Pick<Messages, 'schools' | 'directory'>> {
  if (locale === 'en') {
    const [{ schools }, { directory }] = await Promise.all([import('./en/schools.ts'), import('./en/directory.ts')]);
    return { schools, directory };
  }
  if (locale === 'easy') {
    const [{ schools }, { directory }] = await Promise.all([
      import('./easy/schools.ts'),
      import('./easy/directory.ts'),
    ]);
    return { schools, directory };
  }
  const [{ schools }, { directory }] = await Promise.all([import('./ja/schools.ts'), import('./ja/directory.ts')]);
  return { schools, directory };
}

/** Every map's own words (the legend, the zoom buttons). */
export async function loadMapWords(locale: Locale): Promise<Messages['common']['mapLegend']> {
  if (locale === 'en') return (await import('./en/common.ts')).common.mapLegend;
  if (locale === 'easy') return (await import('./easy/common.ts')).common.mapLegend;
  return (await import('./ja/common.ts')).common.mapLegend;
}
