/**
 * The "where" step's map: tap to put the pin, drag to move it. Latitude and
 * longitude stay as plain inputs beside it, so the step works by keyboard, by
 * screen reader, and when the map tiles do not load. For an approximate place
 * the map also shows the circle that is all the site will publish.
 */
import { useEffect, useRef, useState } from 'react';
import type L from 'leaflet';
import { APPROXIMATE_RADIUS_M, approximatePoint } from '../../lib/geo.ts';
import type { AreaConfig, TileConfig } from '../map/leaflet-base.ts';

export interface PointPickerProps {
  lat: string;
  lng: string;
  approximate: boolean;
  tiles: TileConfig;
  area: AreaConfig;
  onPick: (lat: number, lng: number) => void;
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
    const lat = Number(props.lat);
    const lng = Number(props.lng);
    const valid =
      props.lat.trim() !== '' &&
      props.lng.trim() !== '' &&
      Number.isFinite(lat) &&
      Number.isFinite(lng) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lng) <= 180;
    if (!valid) {
      state.marker?.remove();
      state.circle?.remove();
      state.marker = state.circle = undefined;
      return;
    }
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
    if (props.approximate) {
      const shown = approximatePoint({ lat, lng });
      state.circle = state.L.circle([shown.lat, shown.lng], {
        radius: APPROXIMATE_RADIUS_M,
        color: '#b45309',
        weight: 2,
        fillOpacity: 0.12,
        interactive: false,
      }).addTo(state.map);
    }
  }, [props.lat, props.lng, props.approximate, ready]);

  return (
    <div className="submit-map-wrap">
      <section aria-label="場所を選ぶ地図">
        <div ref={container} className="submit-map" data-point-map data-ready={ready ? 'true' : undefined} />
      </section>
      <p className="submit-hint">
        地図をタップすると、そこにピンを立てます。ピンは指で動かせます。地図が出ないときは、下の緯度・経度に数字を入れてください。
        {props.approximate ? ' オレンジの円が、サイトに出る「だいたいの場所」です。' : ''}
      </p>
    </div>
  );
}
