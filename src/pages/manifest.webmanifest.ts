/** /manifest.webmanifest: the site as an installable web app, at the site's base path. */
import type { APIRoute } from 'astro';
import { localSite } from '../data/entries.ts';
import { href } from '../data/urls.ts';
import { BACKGROUND_COLOR, ICONS, THEME_COLOR } from '../data/web-app.ts';

export const GET: APIRoute = async () => {
  const site = await localSite('ja');
  const manifest = {
    name: site.siteName,
    // The name under the icon: the site's own, as no shorter one is configured.
    short_name: site.siteName,
    lang: 'ja',
    start_url: href(),
    scope: href(),
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS.map((icon) => ({ ...icon, src: href(icon.src) })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
