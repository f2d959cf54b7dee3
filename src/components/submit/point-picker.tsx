/**
 * The "where" step's map: tap to put the pin, drag to move it. Latitude and
 * longitude stay as plain inputs beside it, so the step works by keyboard, by
 * screen reader, and when the map tiles do not load. For an approximate place
 * the map also shows the circle that is all the site will publish: the same
 * function the build uses draws it, so the preview is the site.
 */
import { useEffect, useRef, useState } from 'react';
import type L from 'leaflet';
import { approximateCircle, circleForPin, type ApproximateCircle, type LatLng } from '../../lib/geo.ts';
import type { AreaConfig, TileConfig } from '../map/leaflet-base.ts';
import { useWords, Words } from './words.tsx';
import { withoutRuby } from '../../core/ruby.ts';

export interface PointPickerProps {
  lat: string;
  lng: string;
  approximate: boolean;
  /** A correction's published circle centre: a pin left on it keeps the published circle. */
  published?: LatLng;
  tiles: TileConfig;
  area: AreaConfig;
  onPick: (lat: number, lng: number) => void;
}

/** The pin the inputs hold, if they hold one. */
function pinOf(lat: string, lng: string): LatLng | undefined {
  const point = { lat: Number(lat), lng: Number(lng) };
  const valid =
    lat.trim() !== '' &&
    lng.trim() !== '' &&
    Number.isFinite(point.lat) &&
    Number.isFinite(point.lng) &&
    Math.abs(point.lat) <= 90 &&
    Math.abs(point.lng) <= 180;
  return valid ? point : undefined;
}

/** The circle the site will show for an approximate place with this pin; undefined without a pin. */
export function publishedCircleOf(lat: string, lng: string, published?: LatLng): ApproximateCircle | undefined {
  const pin = pinOf(lat, lng);
  return pin ? circleForPin(pin, published) : undefined;
}

/** The radius the site will give the circle: of the pin's row, or before there is a pin, of the map's centre. */
export function publishedRadiusOf(lat: string, lng: string, published: LatLng | undefined, fallback: LatLng): number {
  return (publishedCircleOf(lat, lng, published) ?? approximateCircle(fallback)).radiusM;
}

/** Six decimals: about 10 cm, more than a pin on a phone can mean. */
function rounded(value: number): number {
  return Number(value.toFixed(6));
}

export function PointPicker(props: PointPickerProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ L: typeof L; map: L.Map; marker?: L.Marker; circle?: L.Circle } | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const onPick = useRef(props.onPick);
  onPick.current = props.onPick;
  const circle = props.approximate ? publishedCircleOf(props.lat, props.lng, props.published) : undefined;
  const onPublished =
    circle !== undefined &&
    props.published !== undefined &&
    circle.lat === props.published.lat &&
    circle.lng === props.published.lng;

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [{ default: Leaflet }, { baseMap }] = await Promise.all([
        import('leaflet'),
        import('../map/leaflet-base.ts'),
      ]);
      if (cancelled || !container.current) return;
      const map = await baseMap(container.current, props.tiles, props.area);
      map.on('click', (event: L.LeafletMouseEvent) =>
        onPick.current(rounded(event.latlng.lat), rounded(event.latlng.lng)),
      );
      mapRef.current = { L: Leaflet, map };
      setReady(true);
    })();
    return () => {
      cancelled = true;
      mapRef.current?.map.remove();
      mapRef.current = undefined;
    };
    // The map is made once; the pin follows the inputs below.
  }, []);

  useEffect(() => {
    const state = mapRef.current;
    if (!state) return;
    const pin = pinOf(props.lat, props.lng);
    if (!pin) {
      state.marker?.remove();
      state.circle?.remove();
      state.marker = state.circle = undefined;
      return;
    }
    const { lat, lng } = pin;
    if (!state.marker) {
      state.marker = state.L.marker([lat, lng], {
        draggable: true,
        keyboard: false,
        // A drawn pin: Leaflet's default image would be fetched from a path bundlers break.
        icon: state.L.divIcon({
          className: 'map-pin map-pin--picked',
          html: '<span>●</span>',
          iconSize: [30, 30],
          iconAnchor: [15, 15],
        }),
      }).addTo(state.map);
      state.marker.on('dragend', () => {
        const point = state.marker!.getLatLng();
        onPick.current(rounded(point.lat), rounded(point.lng));
      });
      state.marker.getElement()?.setAttribute('aria-hidden', 'true');
    } else {
      state.marker.setLatLng([lat, lng]);
    }
    state.circle?.remove();
    state.circle = undefined;
    if (circle) {
      state.circle = state.L.circle([circle.lat, circle.lng], {
        radius: circle.radiusM,
        color: '#b45309',
        weight: 2,
        fillOpacity: 0.12,
        interactive: false,
      }).addTo(state.map);
    }
  }, [props.lat, props.lng, circle?.lat, circle?.lng, circle?.radiusM, ready]);

  const t = useWords().submit.map;
  return (
    <div className="submit-map-wrap">
      <section aria-label={withoutRuby(t.label)}>
        <div
          ref={container}
          className="submit-map"
          data-point-map
          data-ready={ready ? 'true' : undefined}
          data-circle={circle ? `${circle.lat},${circle.lng},${circle.radiusM}` : undefined}
        />
      </section>
      <p className="submit-hint">
        <Words text={t.howTo} />
        {circle ? t.circle(circle.radiusM) : ''}
        {onPublished ? t.onPublished : ''}
      </p>
    </div>
  );
}
