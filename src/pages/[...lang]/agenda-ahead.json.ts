/**
 * /agenda-ahead.json, /en/agenda-ahead.json, /easy/agenda-ahead.json: each
 * day's first sessions for AGENDA_AHEAD_DAYS days from the build (AgendaAhead
 * in src/lib/search/search-data.ts), with the listings they show as that
 * language's page names them, so the agenda read on a later day draws without
 * expanding every listing's rules. Built from public listings only (see
 * src/lib/privacy/public-listing.ts).
 */
import type { APIRoute } from 'astro';
import { tokyoToday } from '../../core/civil-date.ts';
import { getContent, localContent } from '../../data/entries.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { json } from '../../data/search-files.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { AGENDA_AHEAD_DAYS, agenda, listedOfDay } from '../../lib/schedule/agenda.ts';
import { isJapaneseHoliday } from '../../lib/schedule/holidays.ts';
import { agendaName, type AgendaAhead } from '../../lib/search/search-data.ts';
import { DEFAULT_AGENDA_PER_DAY } from '../../schema/site.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const locale: Locale = LOCALES.find((l) => l === params.lang) ?? 'ja';
  const [{ site }, { listings }] = await Promise.all([getContent(), localContent(locale)]);
  const perDay = site.agenda?.perDay ?? DEFAULT_AGENDA_PER_DAY;
  const from = tokyoToday();
  const days = agenda(
    listings.map((listing) => ({ id: listing.id, status: listing.status, schedule: listing })),
    from,
    isJapaneseHoliday,
    AGENDA_AHEAD_DAYS,
  ).map((day) => listedOfDay(day, perDay));
  const listed = new Set(days.flatMap((day) => day.listed.map((entry) => entry.id)));
  const data: AgendaAhead = {
    from,
    perDay,
    days,
    listings: listings.filter((listing) => listed.has(listing.id)).map(agendaName),
  };
  return json(data);
};
