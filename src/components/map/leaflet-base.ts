/**
 * What every map on the site shares: Leaflet's stylesheet fetched on demand,
 * tiles and attribution from site config, gestures that let a phone scroll
 * past the map, kind markers, and labels that screen readers announce.
 */
import L from 'leaflet';
// Leaflet's stylesheet is fetched when a map opens, not with the page, so it never blocks the first paint.
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import { withoutRuby } from '../../core/ruby.ts';
import { loadMapWords } from '../../i18n/load-words.ts';
import { documentLocale } from '../../i18n/locales.ts';
import type { LatLng } from '../../lib/geo.ts';
import { kindSymbol } from '../../lib/kinds.ts';
import type { Kind } from '../../schema/vocabulary.ts';

export interface TileConfig {
  url: string;
  attribution: string;
  attributionUrl: string;
  maxZoom: number;
}

export interface AreaConfig {
  center: LatLng;
  zoom: number;
  bounds: { south: number; west: number; north: number; east: number };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

/** A Leaflet map in `container`, over the area's bounds, with the configured tiles. */
export async function baseMap(
  container: HTMLElement,
  tiles: TileConfig,
  area: AreaConfig,
  options: Pick<L.MapOptions, 'zoomSnap'> = {},
): Promise<L.Map> {
  const [words] = await Promise.all([loadMapWords(documentLocale(document)), loadStylesheet(leafletCssUrl)]);
  container.replaceChildren();
  const { bounds } = area;
  const map = L.map(container, {
    center: [area.center.lat, area.center.lng],
    zoom: area.zoom,
    maxZoom: tiles.maxZoom,
    // One finger scrolls the page past the map on phones; two fingers move it.
    dragging: !L.Browser.mobile,
    scrollWheelZoom: false,
    maxBounds: L.latLngBounds([bounds.south - 0.05, bounds.west - 0.05], [bounds.north + 0.05, bounds.east + 0.05]),
    // Leaflet's own zoom buttons are titled in English; ours speak the page's language.
    zoomControl: false,
    ...options,
  });
  L.control.zoom({ zoomInTitle: withoutRuby(words.zoomIn), zoomOutTitle: withoutRuby(words.zoomOut) }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.fitBounds(L.latLngBounds([bounds.south, bounds.west], [bounds.north, bounds.east]), { animate: false });
  L.tileLayer(tiles.url, {
    maxZoom: tiles.maxZoom,
    attribution: `<a href="${escapeHtml(tiles.attributionUrl)}">${escapeHtml(tiles.attribution)}</a>`,
  }).addTo(map);
  return map;
}

/** The shape-and-letter marker of a kind (see map-legend.astro), with the page's language's letter. */
export function kindIcon(kind: Kind): L.DivIcon {
  return L.divIcon({
    className: `map-pin map-pin--${kind}`,
    html: `<span>${escapeHtml(kindSymbol(kind, documentLocale(document)))}</span>`,
    iconSize: [30, 30],
    iconAnchor: [15, 15],
    popupAnchor: [0, -14],
  });
}

/** Gives a marker an accessible name once it is on the map (Leaflet's `title` is not announced well). */
export function labelled<T extends L.Marker>(marker: T, label: string): T {
  marker.on('add', () => {
    const el = marker.getElement();
    el?.setAttribute('aria-label', label);
    el?.removeAttribute('title');
  });
  return marker;
}
