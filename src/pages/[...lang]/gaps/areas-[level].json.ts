/**
 * /gaps/areas-<level>.json (and /en/…, /easy/…): what the gap map draws for
 * one school level — every district's area, label point and counts. Apart
 * from the page, whose table says the same without a script, so the page
 * does not carry a region's worth of polygons that only the map reads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { gapLevels, gapMapAreas } from '../../../data/gaps.ts';
import { inEveryLocale } from '../../../data/locale-paths.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';

export const getStaticPaths = (async () =>
  inEveryLocale((await gapLevels('ja')).map((entry) => ({ params: { level: entry.level } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale: Locale = LOCALES.find((l) => l === params.lang) ?? 'ja';
  const current = (await gapLevels(locale)).find((entry) => entry.level === params.level)!;
  return new Response(JSON.stringify(await gapMapAreas(current, locale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
