/**
 * The small map on a school page: the school, its district boundary when
 * known, the walking-distance circle, and its listings (approximate places as
 * circles, never pins). Listing text reaches the map only as text.
 */
import L from 'leaflet';
import { setRubyText, withoutRuby } from '../../core/ruby.ts';
import { loadSchoolMap } from '../../i18n/load-words.ts';
import { documentLocale } from '../../i18n/locales.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { DistrictGeometry, LatLng } from '../../lib/geo.ts';
import type { Kind } from '../../schema/vocabulary.ts';
import { baseMap, escapeHtml, kindIcon, labelled, type AreaConfig, type TileConfig } from '../map/leaflet-base.ts';
import { markerSpreader } from '../map/spread-markers.ts';

export interface SchoolMapPoint extends LatLng {
  id: string;
  name: string;
  kind: Kind;
  kindLabel: string;
  url: string;
  /** Set for approximate places: the true point is within this many metres. */
  radiusM?: number;
}

export interface SchoolMapConfig {
  tiles: TileConfig;
  map: AreaConfig;
  school: LatLng & { name: string };
  district?: DistrictGeometry;
  radiusM: number;
  points: SchoolMapPoint[];
}

type Words = Pick<Messages, 'schools' | 'directory'>;

function popup(point: SchoolMapPoint, words: Words): HTMLElement {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = point.url;
  link.textContent = point.name;
  const kind = document.createElement('p');
  setRubyText(kind, point.kindLabel + (point.radiusM ? words.directory.approximate : ''));
  box.append(link, kind);
  return box;
}

export async function createSchoolMap(container: HTMLElement, config: SchoolMapConfig): Promise<L.Map> {
  const [map, words] = await Promise.all([
    baseMap(container, config.tiles, config.map),
    loadSchoolMap(documentLocale(document)),
  ]);
  const walking = L.circle([config.school.lat, config.school.lng], {
    radius: config.radiusM,
    className: 'map-walking',
    weight: 2,
    dashArray: '6 6',
    fill: false,
    interactive: false,
  }).addTo(map);
  if (config.district) {
    L.geoJSON(config.district, {
      style: { className: 'map-district', weight: 3, fillOpacity: 0.06 },
      interactive: false,
    }).addTo(map);
  }
  const school = labelled(
    L.marker([config.school.lat, config.school.lng], {
      icon: L.divIcon({
        className: 'map-school',
        html: `<span>${escapeHtml(withoutRuby(words.schools.page.schoolSymbol))}</span>`,
        iconSize: [32, 32],
        iconAnchor: [16, 16],
      }),
      keyboard: false,
      interactive: false,
    }),
    config.school.name,
  ).addTo(map);
  // In the list's order, which is also the order the keyboard reaches them.
  const pins: L.Marker[] = [];
  for (const point of config.points) {
    if (point.radiusM) {
      L.circle([point.lat, point.lng], {
        radius: point.radiusM,
        className: `map-area map-area--${point.kind}`,
        weight: 2,
        dashArray: '4 4',
        fillOpacity: 0.12,
      })
        .bindPopup(() => popup(point, words))
        .addTo(map);
    } else {
      pins.push(
        labelled(
          L.marker([point.lat, point.lng], { icon: kindIcon(point.kind), keyboard: true }),
          withoutRuby(words.directory.markerName(point.name, withoutRuby(point.kindLabel))),
        )
          .bindPopup(() => popup(point, words))
          .addTo(map),
      );
    }
  }
  map.fitBounds(walking.getBounds(), { animate: false });
  // Places that share a building (or the school's own) would hide one another's pins.
  markerSpreader(map)(pins, [school]);
  return map;
}
