/** The installed web app's colours, said once for the manifest and the page's theme-color. */
export const THEME_COLOR = '#9a3412';
export const BACKGROUND_COLOR = '#fffdf8';

/** Icons under public/icons/, made by scripts/make-icons.ts. */
export const ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;
