/**
 * The listings a family chose to keep on this device, in one named cache the
 * page and the service worker share. Nothing else a visitor opens is stored:
 * on a shared family phone a cache of visited pages would tell the next person
 * what someone looked at. Keys are plain paths, never queries.
 */
export const SAVED_CACHE = 'kodomo-map-saved-v1';

/** What was kept and when, stored beside the pages so one `caches.delete` removes both. */
export interface SavedIndex {
  /** ISO date-time the pages were stored. */
  savedAt: string;
  /** Listing page paths, as links. */
  pages: Array<{ href: string; name: string }>;
}

export function indexUrl(base: string): string {
  return `${base}offline-saved.json`;
}

export async function readSaved(base: string): Promise<SavedIndex | undefined> {
  if (!('caches' in self)) return undefined;
  try {
    // caches.match, not caches.open: reading must not create the cache after it was deleted.
    const response = await caches.match(indexUrl(base), { cacheName: SAVED_CACHE });
    return response ? ((await response.json()) as SavedIndex) : undefined;
  } catch {
    return undefined;
  }
}

/** The same-origin files a saved page needs (its CSS and scripts), so it looks right offline after a new build. */
function assetsOf(html: string, pageUrl: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const urls = [
    ...[...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    ),
    ...[...doc.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.getAttribute('src')),
  ]
    .filter((u): u is string => !!u)
    .map((u) => new URL(u, pageUrl))
    .filter((u) => u.origin === location.origin)
    .map((u) => u.origin + u.pathname);
  return [...new Set(urls)];
}

/** Fetches and stores each page and what it needs; replaces whatever was kept before. */
export async function savePages(base: string, pages: SavedIndex['pages']): Promise<SavedIndex> {
  await caches.delete(SAVED_CACHE);
  const cache = await caches.open(SAVED_CACHE);
  const assets = new Set<string>();
  for (const page of pages) {
    const url = new URL(page.href, location.href);
    const response = await fetch(url.origin + url.pathname, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
    const html = await response.clone().text();
    await cache.put(url.origin + url.pathname, response);
    for (const asset of assetsOf(html, url.href)) assets.add(asset);
  }
  await cache.addAll([...assets]);
  const index: SavedIndex = { savedAt: new Date().toISOString(), pages };
  await cache.put(
    indexUrl(base),
    new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } }),
  );
  return index;
}

/** Removes every kept page; with `everything`, the worker and its shell too, as if the site was never opened. */
export async function removeSaved(everything: boolean): Promise<void> {
  await caches.delete(SAVED_CACHE);
  if (!everything) return;
  for (const key of await caches.keys()) await caches.delete(key);
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
}
