/**
 * The gap view's map: each district's area filled by how many places of the
 * chosen kind it has — three classes (0, 1, 2 or more) in a colour-blind-safe
 * sequential scheme, a hatch for 0, a dashed outline for an approximate area —
 * with the count written on it as a link to the district's page, so nothing
 * is told by colour alone and every area can be reached by keyboard.
 */
import L from 'leaflet';
import type { GapMapArea } from '../../lib/gaps/map-area.ts';
import { countClass, type CountClass } from '../../lib/gaps/district-counts.ts';
import type { Kind } from '../../schema/vocabulary.ts';
import { withoutRuby } from '../../core/ruby.ts';
import { loadGaps } from '../../i18n/load-words.ts';
import { documentLocale } from '../../i18n/locales.ts';
import type { Messages } from '../../i18n/messages.ts';
import { baseMap, escapeHtml, type AreaConfig, type TileConfig } from '../map/leaflet-base.ts';

export interface GapMapConfig {
  tiles: TileConfig;
  map: AreaConfig;
  areas: GapMapArea[];
  kindLabels: Record<Kind, string>;
}

/** What the page carries: the address of its areas (gaps/areas-<level>.json) in place of the areas. */
export type GapMapPageConfig = Omit<GapMapConfig, 'areas'> & { areas: string };

/** ColorBrewer YlGnBu, three classes (colour-blind safe); 0 is the lightest, under a hatch. */
const FILL: Record<CountClass, string> = { '0': 'url(#gap-hatch)', '1': '#7fcdbb', '2+': '#2c7fb8' };

function styleFor(area: GapMapArea, kind: Kind): L.PathOptions {
  return {
    color: '#1f2328',
    weight: 2,
    dashArray: area.approximate ? '6 5' : undefined,
    fillColor: FILL[countClass(area.counts[kind])],
    fillOpacity: 0.75,
  };
}

function labelIcon(area: GapMapArea, kind: Kind, kindLabel: string, gaps: Messages['gaps']): L.DivIcon {
  const count = area.counts[kind];
  // An attribute holds base text only: furigana cannot be drawn there.
  const label = withoutRuby(gaps.mapAreaLabel(area.name, withoutRuby(kindLabel), count, area.approximate));
  return L.divIcon({
    className: 'gap-label',
    html: `<a href="${escapeHtml(area.url)}" aria-label="${escapeHtml(label)}" data-area="${escapeHtml(area.id)}">${count}</a>`,
    iconSize: [34, 34],
    iconAnchor: [17, 17],
  });
}

export async function createGapMap(
  container: HTMLElement,
  config: GapMapConfig,
  initialKind: Kind,
): Promise<{ map: L.Map; show: (kind: Kind) => void }> {
  // The whole region is the subject here: fractional zoom lets it fill the frame.
  const [map, gaps] = await Promise.all([
    baseMap(container, config.tiles, config.map, { zoomSnap: 0.25 }),
    loadGaps(documentLocale(document)),
  ]);
  const layers = config.areas.map((area) => {
    const shape = L.geoJSON(area.geometry, { style: styleFor(area, initialKind), interactive: false }).addTo(map);
    const label = L.marker([area.label.lat, area.label.lng], {
      icon: labelIcon(area, initialKind, config.kindLabels[initialKind], gaps),
      keyboard: false,
    }).addTo(map);
    return { area, shape, label };
  });
  const show = (kind: Kind) => {
    for (const { area, shape, label } of layers) {
      shape.setStyle(styleFor(area, kind));
      label.setIcon(labelIcon(area, kind, config.kindLabels[kind], gaps));
    }
    container.dataset.kind = kind;
  };
  container.dataset.kind = initialKind;
  return { map, show };
}
