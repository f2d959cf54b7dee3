/**
 * Every page is one template under src/pages/[...lang]/, built once per
 * locale: Japanese at the root (`lang` undefined), the others in their folder.
 * Pages list their paths explicitly rather than relying on Astro's i18n
 * fallback, which does not cover data-driven routes reliably.
 */
import { LOCALES, localePrefix, type Locale } from '../i18n/index.ts';

/** The `[...lang]` parameter of a locale: undefined for Japanese, `en`, `easy`. */
export function langParam(locale: Locale): string | undefined {
  const prefix = localePrefix(locale);
  return prefix ? prefix.slice(0, -1) : undefined;
}

/** The paths of a page that has one version per locale and no other parameter. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/** A data-driven page's paths, repeated for every locale. */
export function inEveryLocale<P extends { params: Record<string, string | undefined> }>(paths: readonly P[]) {
  return LOCALES.flatMap((locale) =>
    paths.map((path) => ({ ...path, params: { ...path.params, lang: langParam(locale) } })),
  );
}
