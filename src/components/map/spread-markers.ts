/**
 * Keeps every marker a target of its own. Markers on the same spot, or so
 * close that their icons would touch at the current zoom, are drawn apart in
 * a ring around where they are, each with a thin line back to its true point,
 * so each icon keeps at least its full size clear of the others (WCAG 2.2,
 * 2.5.8 asks for 24×24 CSS px; our icons are 30 px or more). Only the icon is
 * moved, through its margins: the marker's point, its label and its place in
 * the keyboard order stay as they are. The layout is redone on every zoom.
 */
import L from 'leaflet';
import { spreadFootprints, type Footprint } from './marker-layout.ts';

/**
 * A function that lays out the given markers for the map's current zoom
 * (`fixed` ones, such as the school, are avoided but never moved), and does
 * so again after each zoom. The map's container carries the zoom of the last
 * layout as `data-spread-zoom`.
 */
export function markerSpreader(map: L.Map): (movable: readonly L.Marker[], fixed?: readonly L.Marker[]) => void {
  const legs = L.layerGroup().addTo(map);
  // What Leaflet set before any offset: margins per icon element (a marker added again gets a new
  // one), popup anchors per icon.
  const margins = new WeakMap<HTMLElement, L.PointTuple>();
  const popupAnchors = new WeakMap<L.Icon | L.DivIcon, L.Point>();
  let last: { movable: readonly L.Marker[]; fixed: readonly L.Marker[] } = { movable: [], fixed: [] };

  function footprint(marker: L.Marker, fixed: boolean): Footprint {
    const options = marker.options.icon!.options;
    const size = L.point(options.iconSize ?? [30, 30]);
    const anchor = options.iconAnchor ? L.point(options.iconAnchor) : size.divideBy(2).round();
    const centre = map.latLngToLayerPoint(marker.getLatLng()).subtract(anchor).add(size.divideBy(2));
    return { x: centre.x, y: centre.y, width: size.x, height: size.y, fixed };
  }

  function layout() {
    legs.clearLayers();
    const onMap = last.movable.filter((m) => m.getElement());
    const fixed = last.fixed.filter((m) => m.getElement());
    const offsets = spreadFootprints([
      ...onMap.map((m) => footprint(m, false)),
      ...fixed.map((m) => footprint(m, true)),
    ]);
    onMap.forEach((marker, i) => {
      const el = marker.getElement()!;
      const icon = marker.options.icon!;
      if (!margins.has(el))
        margins.set(el, [parseFloat(el.style.marginLeft) || 0, parseFloat(el.style.marginTop) || 0]);
      if (!popupAnchors.has(icon)) popupAnchors.set(icon, L.point(icon.options.popupAnchor ?? [0, 0]));
      const [left, top] = margins.get(el)!;
      const { dx, dy } = offsets[i]!;
      el.style.marginLeft = `${left + dx}px`;
      el.style.marginTop = `${top + dy}px`;
      // A popup opens at the icon that was chosen.
      icon.options.popupAnchor = popupAnchors.get(icon)!.add([dx, dy]);
      if (marker.isPopupOpen()) marker.getPopup()!.update();
      if (dx === 0 && dy === 0) return;
      const point = marker.getLatLng();
      const drawnAt = map.layerPointToLatLng(map.latLngToLayerPoint(point).add([dx, dy]));
      legs.addLayer(L.polyline([point, drawnAt], { className: 'map-spread-leg', weight: 2, interactive: false }));
      legs.addLayer(L.circleMarker(point, { className: 'map-spread-point', radius: 3, weight: 1, interactive: false }));
    });
    map.getContainer().dataset.spreadZoom = String(map.getZoom());
  }

  // The lines are in map units and the offsets in pixels: hide the lines while the zoom animates.
  map.on('zoomstart', () => legs.clearLayers());
  map.on('zoomend', layout);
  return (movable, fixed = []) => {
    last = { movable, fixed };
    layout();
  };
}
