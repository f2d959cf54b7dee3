/**
 * The directory's pages without JavaScript: the whole list, each kind, each
 * school district (area) and the paused or closed places, each cut into pages
 * of `directory.pageSize` places (src/lib/pagination.ts), in every locale.
 */
import { DEFAULT_DIRECTORY_PAGE_SIZE } from '../schema/site.ts';
import { KIND_VALUES, type Kind } from '../schema/vocabulary.ts';
import { laterPages } from '../lib/pagination.ts';
import { getContent, isCounted, localContent, oncePerLocale, type PublicListing } from './entries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { inEveryLocale } from './locale-paths.ts';

export async function directoryPageSize(): Promise<number> {
  return (await getContent()).site.directory?.pageSize ?? DEFAULT_DIRECTORY_PAGE_SIZE;
}

/**
 * The places a family can go to in each school's district (elementary or
 * junior-high), in the directory's order, by school id: worked out once per
 * locale, since a filter on every area page grows with pages × listings.
 */
const areas = oncePerLocale(async (locale: Locale) => {
  const bySchool = new Map<string, PublicListing[]>();
  for (const listing of (await localContent(locale)).listings) {
    if (!isCounted(listing)) continue;
    const ids = new Set(Object.values(listing.districts).map((district) => district?.schoolId));
    for (const id of ids) {
      if (id === undefined) continue;
      const here = bySchool.get(id);
      if (here) here.push(listing);
      else bySchool.set(id, [listing]);
    }
  }
  return bySchool;
});

/** The places a family can go to in a school's district, as a page in `locale` shows them. */
export async function inArea(locale: Locale, schoolId: string): Promise<readonly PublicListing[]> {
  return (await areas(locale)).get(schoolId) ?? [];
}

export function ofKind(listings: readonly PublicListing[], kind: Kind, counted = true): PublicListing[] {
  return listings.filter((l) => l.kind === kind && isCounted(l) === counted);
}

export function inactive(listings: readonly PublicListing[]): PublicListing[] {
  return listings.filter((l) => !isCounted(l));
}

/** /listings/page/<n>/ */
export async function listingPagePaths() {
  const [{ listings }, size] = await Promise.all([getContent(), directoryPageSize()]);
  return inEveryLocale(laterPages(listings.filter(isCounted).length, size).map((page) => ({ params: { page } })));
}

/** /listings/inactive/page/<n>/ */
export async function inactivePagePaths() {
  const [{ listings }, size] = await Promise.all([getContent(), directoryPageSize()]);
  return inEveryLocale(laterPages(inactive(listings).length, size).map((page) => ({ params: { page } })));
}

/** /kinds/<kind>/page/<n>/ */
export async function kindPagePaths() {
  const [{ listings }, size] = await Promise.all([getContent(), directoryPageSize()]);
  return inEveryLocale(
    KIND_VALUES.flatMap((kind) =>
      laterPages(ofKind(listings, kind).length, size).map((page) => ({ params: { kind, page } })),
    ),
  );
}

/** /listings/areas/<school>/, one per school. */
export async function areaPaths() {
  const { schools } = await getContent();
  return inEveryLocale(schools.map((school) => ({ params: { school: school.id } })));
}

/** /listings/areas/<school>/page/<n>/ */
export async function areaPagePaths() {
  const [{ schools }, size] = await Promise.all([getContent(), directoryPageSize()]);
  const pages = await Promise.all(
    schools.map(async (school) =>
      laterPages((await inArea(DEFAULT_LOCALE, school.id)).length, size).map((page) => ({
        params: { school: school.id, page },
      })),
    ),
  );
  return inEveryLocale(pages.flat());
}
