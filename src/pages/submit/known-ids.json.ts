/**
 * /submit/known-ids.json: the ids the form checks against, fetched when the
 * form opens rather than written into the page, because the page would
 * otherwise grow with every listing (582 KB at 20,000). Published listings'
 * ids (for the suggested id and "this id is taken") and schools' ids (for a
 * gap view link that names a district). Nothing here is not already on a page.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../../data/entries.ts';
import { json } from '../../data/search-files.ts';
import type { KnownIds } from '../../components/submit/submit-config.ts';

export const GET: APIRoute = async () => {
  const { listings, schools } = await getContent();
  const ids: KnownIds = { listings: listings.map((l) => l.id), schools: schools.map((s) => s.id) };
  return json(ids);
};
