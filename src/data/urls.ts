/** Every internal URL goes through Astro's `base`, so the site can live under a sub-path. */

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `href('listings/abc/')` → `/listings/abc/` or `/sub/listings/abc/`. */
export function href(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export function listingHref(id: string): string {
  return href(`listings/${id}/`);
}

export function kindHref(kind: string): string {
  return href(`kinds/${kind}/`);
}

/**
 * Absolute URL for JSON-LD, QR codes and shared links, on the public address
 * (`siteUrl` in site.yaml, or SITE_URL): astro.config.mjs refuses to build without one.
 */
export function absoluteUrl(path: string, site: URL | undefined = undefined): string {
  return new URL(href(path), site ?? import.meta.env.SITE).href;
}
