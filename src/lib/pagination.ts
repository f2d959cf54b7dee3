/**
 * The pages of a long list without JavaScript: the first page at the list's
 * own address, the others at `<list>/page/<n>/`, so every page stays small
 * however many places the directory holds.
 */

export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item on the page; 0 when empty. */
  from: number;
  to: number;
  total: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pages = pageCount(items.length, size);
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page,
    pages,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: items.length,
  };
}

/** A page's path inside its locale: `pagePath('listings/', 1)` → `listings/`, `(…, 3)` → `listings/page/3/`. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The `page` parameter of every page after the first. */
export function laterPages(total: number, size: number): string[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => String(i + 2));
}

/** The first `limit` of a list, and how many are left out. */
export interface Bounded<T> {
  items: T[];
  /** How many more there are than `items` shows. */
  hidden: number;
}

/**
 * The first `limit` of `list` and a count of the rest: a page that shows a
 * handout's worth (a school page's needs, `referral.perNeed`; the consultation
 * page's windows) says how many more there are and links to where all are
 * listed, so it stays the same size however many places the region has.
 */
export function bounded<T>(list: readonly T[], limit = Infinity): Bounded<T> {
  const max = Math.max(0, Math.floor(limit));
  return { items: list.slice(0, max), hidden: Math.max(0, list.length - max) };
}
