/**
 * The directory map: Leaflet with tiles from site config, a shape-and-letter
 * marker per kind, clusters from supercluster, and approximate places drawn
 * only as circles around their rounded point — never as pins. Exact and
 * approximate places cluster together, and only what is in view is drawn, so
 * a move costs the same with 500 places or 50,000. Loaded on demand.
 */
import { setRubyText, withoutRuby } from '../../core/ruby.ts';
import type { Messages } from '../../i18n/messages.ts';
import L from 'leaflet';
import Supercluster, {
  type AnyProps,
  type ClusterFeature,
  type ClusterProperties,
  type PointFeature,
} from 'supercluster';
import type { LatLng } from '../../lib/geo.ts';
import type { SearchRecord } from '../../lib/search/search-data.ts';
import type { Kind } from '../../schema/vocabulary.ts';
import { baseMap, kindIcon, labelled, type AreaConfig, type TileConfig } from '../map/leaflet-base.ts';
import { markerSpreader } from '../map/spread-markers.ts';

export interface MapConfig {
  tiles: TileConfig;
  map: AreaConfig;
  kindLabels: Record<Kind, string>;
  /** The directory's live words in the page's language (count, marker names). */
  words: Messages['directoryLive'];
  records: SearchRecord[];
  /** Display names by listing id, as the cards show them. */
  names: ReadonlyMap<string, string>;
  listingUrl(id: string): string;
  /** A tap on the map chooses the point to sort by distance from. */
  onPick(point: LatLng): void;
}

export interface DirectoryMap {
  /** Shows only these listings. */
  show(ids: ReadonlySet<string>): void;
  setOrigin(point: LatLng | undefined): void;
  /** Recomputes the size after the container was hidden. */
  refresh(): void;
}

/** `approximate`: drawn as a circle of its radius, never as a pin. */
type PointProps = { id: string; approximate: boolean };

/**
 * Points closer than a cluster icon (38 px) and its clear space become one
 * cluster. Supercluster counts its radius in 512 px tiles, twice Leaflet's
 * 256 px ones, so 88 is 44 px on screen.
 */
const CLUSTERING = { radius: 88, maxZoom: 16 };

function popupContent(record: SearchRecord, config: MapConfig, name: string): HTMLElement {
  // Built from text nodes: listing text never becomes markup.
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = config.listingUrl(record.id);
  link.textContent = name;
  const kind = document.createElement('p');
  setRubyText(kind, config.kindLabels[record.kind] + (record.radiusM ? config.words.approximate : ''));
  box.append(link, kind);
  return box;
}

export async function createDirectoryMap(container: HTMLElement, config: MapConfig): Promise<DirectoryMap> {
  const map = await baseMap(container, config.tiles, config.map);

  const nameOf = (id: string) => config.names.get(id) ?? id;

  const placed = config.records.filter((r) => r.lat !== undefined && r.lng !== undefined);
  const byId = new Map(config.records.map((r) => [r.id, r]));

  const markers = L.layerGroup().addTo(map);
  let visible: ReadonlySet<string> = new Set(config.records.map((r) => r.id));
  let index = new Supercluster<PointProps>(CLUSTERING);
  // Clusters keep markers apart only roughly, and not at all past their maxZoom (places in one building).
  const spread = markerSpreader(map);

  /** Markers and circles on the map by cluster or listing id; a redraw adds and removes only the difference. */
  let drawn = new Map<string, L.Marker | L.Circle>();

  function makeMarker(feature: ClusterFeature<AnyProps> | PointFeature<PointProps>): L.Marker | L.Circle {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as Partial<ClusterProperties> & Partial<PointProps>;
    if (props.cluster) {
      const count = props.point_count ?? 0;
      const clusterId = props.cluster_id!;
      const marker = L.marker([lat, lng], {
        icon: L.divIcon({ className: 'map-cluster', html: String(count), iconSize: [38, 38] }),
        keyboard: true,
      });
      labelled(marker, withoutRuby(config.words.cluster(count)));
      marker.on('click', () => map.setView([lat, lng], Math.min(index.getClusterExpansionZoom(clusterId), 18)));
      return marker;
    }
    const record = byId.get(props.id!)!;
    const name = nameOf(record.id);
    if (props.approximate) {
      const circle = L.circle([lat, lng], {
        radius: record.radiusM!,
        className: `map-area map-area--${record.kind}`,
        weight: 2,
        dashArray: '4 4',
        fillOpacity: 0.12,
      });
      circle.bindPopup(() => popupContent(record, config, name));
      return circle;
    }
    const marker = L.marker([lat, lng], { icon: kindIcon(record.kind), keyboard: true, riseOnHover: true });
    labelled(marker, withoutRuby(config.words.markerName(name, config.kindLabels[record.kind])));
    marker.bindPopup(() => popupContent(record, config, name));
    return marker;
  }

  function drawMarkers() {
    const b = map.getBounds();
    const zoom = Math.round(map.getZoom());
    const next = new Map<string, L.Marker | L.Circle>();
    for (const feature of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)) {
      const props = feature.properties as Partial<ClusterProperties> & Partial<PointProps>;
      // Cluster ids encode the zoom level, so a kept key means an identical cluster.
      const key = props.cluster ? `c${props.cluster_id}:${props.point_count}` : `p${props.id}`;
      const marker = drawn.get(key) ?? makeMarker(feature);
      next.set(key, marker);
    }
    for (const [key, marker] of drawn) if (!next.has(key)) markers.removeLayer(marker);
    for (const [key, marker] of next) if (!drawn.has(key)) markers.addLayer(marker);
    drawn = next;
    spread([...drawn.values()].filter((layer): layer is L.Marker => layer instanceof L.Marker));
  }

  function rebuild() {
    markers.clearLayers();
    drawn = new Map();
    index = new Supercluster<PointProps>(CLUSTERING);
    index.load(
      placed
        .filter((r) => visible.has(r.id))
        .map((r) => ({
          type: 'Feature' as const,
          properties: { id: r.id, approximate: Boolean(r.radiusM) },
          geometry: { type: 'Point' as const, coordinates: [r.lng!, r.lat!] },
        })),
    );
    drawMarkers();
  }

  let originMarker: L.CircleMarker | undefined;
  map.on('moveend', drawMarkers);
  map.on('click', (event: L.LeafletMouseEvent) => config.onPick({ lat: event.latlng.lat, lng: event.latlng.lng }));
  rebuild();

  return {
    show(ids) {
      visible = ids;
      rebuild();
    },
    setOrigin(point) {
      originMarker?.remove();
      originMarker = point
        ? L.circleMarker([point.lat, point.lng], { radius: 8, className: 'map-origin', weight: 3 }).addTo(map)
        : undefined;
    },
    refresh() {
      map.invalidateSize();
    },
  };
}
