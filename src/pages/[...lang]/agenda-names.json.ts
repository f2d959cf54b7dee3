/**
 * /en/agenda-names.json, /easy/agenda-names.json: how that language names every
 * listing on the agenda. The agenda redrawn from every listing's rules
 * (/agenda-data.json, in Japanese) takes its names from here on those pages, so
 * a filtered agenda names places as the page built for the day does. Japanese
 * needs none: /agenda-data.json names them already. Built from public listings
 * only (see src/lib/privacy/public-listing.ts).
 */
import type { APIRoute } from 'astro';
import { localContent } from '../../data/entries.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { json } from '../../data/search-files.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { isOnAgenda } from '../../lib/schedule/agenda.ts';
import { agendaName, type AgendaNames } from '../../lib/search/search-data.ts';

export const getStaticPaths = () => localePaths().filter((path) => path.params.lang !== undefined);

export const GET: APIRoute = async ({ params }) => {
  const locale: Locale = LOCALES.find((l) => l === params.lang) ?? 'ja';
  const { listings } = await localContent(locale);
  const data: AgendaNames = Object.fromEntries(
    listings
      .filter((listing) => isOnAgenda({ status: listing.status, schedule: listing }))
      .map((listing) => [listing.id, agendaName(listing).display]),
  );
  return json(data);
};
