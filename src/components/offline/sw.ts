/// <reference lib="webworker" />
/**
 * The service worker. Bundled by scripts/service-worker.ts after `astro build`;
 * workbox-build writes the precache list (the shell only) into
 * `self.__WB_MANIFEST`.
 *
 * - Pages: network first, and nothing fetched is stored. Offline, a page comes
 *   from the precache (the shell), from the family's saved listings, or else
 *   the offline page in the page's language.
 * - Precached files (CSS, scripts, icons, search and print data): from the
 *   precache, which holds one build's files together.
 * - Everything else — map tiles included — goes to the network untouched, and
 *   is never stored.
 *
 * A new build, and why pages never mix: Astro names CSS and scripts by their
 * content hash, so a build's HTML only names its own files. The worker does not
 * call skipWaiting(): a new worker waits until no tab runs the old one, so an
 * open page keeps the old precache (its HTML, CSS and scripts of one build)
 * until it is closed; on activation workbox removes entries of the old
 * revision and old caches are deleted. clientsClaim() only takes pages that
 * no worker controlled (the first visit, or after the old worker is gone),
 * which were loaded from the network with the same build's files.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { SAVED_CACHE } from './saved-store.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const base = new URL(self.registration.scope).pathname;

/** The locale folder of a path under the base: '', 'en/' or 'easy/'. */
function localeFolder(pathname: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : '';
  const first = rest.split('/')[0];
  return first === 'en' || first === 'easy' ? `${first}/` : '';
}

const network = new NetworkOnly();

/** A file the family saved, by its path; never opens (and so never creates) the saved cache. */
function savedCopy(key: string): Promise<Response | undefined> {
  return caches.match(key, { cacheName: SAVED_CACHE });
}

async function offlinePage(url: URL): Promise<Response> {
  // A page of this build, then a page the family saved (its path, never its query).
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const cached =
    (await matchPrecache(`${path}index.html`)) ?? (await matchPrecache(path)) ?? (await savedCopy(url.origin + path));
  if (cached) return cached;
  const fallback = await matchPrecache(`${base}${localeFolder(url.pathname)}offline/index.html`);
  return fallback ?? Response.error();
}

// Navigations first, so precached pages are still fetched fresh while online.
registerRoute(
  new NavigationRoute(async ({ request, url, event }) => {
    try {
      return await network.handle({ request, event });
    } catch {
      return offlinePage(url);
    }
  }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Same-origin files a saved listing needs: the network, else the saved copy. Nothing is stored here.
setCatchHandler(async ({ request }) => {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return Response.error();
  const saved = await savedCopy(url.origin + url.pathname);
  return saved ?? Response.error();
});
registerRoute(({ url, request }) => request.method === 'GET' && url.origin === self.location.origin, network);

// Caches an older worker made under other names; workbox itself drops the old revision's precache entries.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SAVED_CACHE]);
      for (const key of await caches.keys()) {
        if (keep.has(key) || key.startsWith('workbox-precache-v2-')) continue;
        await caches.delete(key);
      }
    })(),
  );
});

clientsClaim();
