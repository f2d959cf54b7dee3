/** Distances, the published point of approximate places, and distance labels. */
import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_GRID_DEGREES,
  APPROXIMATE_RADIUS_M,
  approximatePoint,
  distanceMetres,
  formatDistance,
  isInside,
  nearest,
} from '../../src/lib/geo.ts';
import { seededRandom } from './support/helpers.ts';

/** Nishi Ward, Sakai: the bounds in content/site.yaml. */
const WARD = { south: 34.505, west: 135.425, north: 34.57, east: 135.51 };

const TOKYO_STATION = { lat: 35.681236, lng: 139.767125 };
const OSAKA_STATION = { lat: 34.702485, lng: 135.495951 };

describe('distanceMetres', () => {
  it('matches the WGS 84 geodesic between Tokyo and Osaka stations within 1%', () => {
    // 403.8 km by Vincenty's formula on the WGS 84 ellipsoid.
    const metres = distanceMetres(TOKYO_STATION, OSAKA_STATION);
    expect(Math.abs(metres - 403_827) / 403_827).toBeLessThan(0.01);
  });

  it('matches a short distance inside the ward within 1%', () => {
    // 2 344 m by Vincenty's formula.
    const metres = distanceMetres({ lat: 34.5378, lng: 135.463 }, { lat: 34.5583, lng: 135.4692 });
    expect(Math.abs(metres - 2344.2) / 2344.2).toBeLessThan(0.01);
  });

  it('is zero for one point, symmetric, and about 111 km per degree of latitude', () => {
    expect(distanceMetres(OSAKA_STATION, OSAKA_STATION)).toBe(0);
    expect(distanceMetres(OSAKA_STATION, TOKYO_STATION)).toBeCloseTo(distanceMetres(TOKYO_STATION, OSAKA_STATION), 6);
    expect(distanceMetres({ lat: 34, lng: 135 }, { lat: 35, lng: 135 })).toBeCloseTo(111_195, -1);
  });

  it('does not return NaN for antipodal points', () => {
    const metres = distanceMetres({ lat: 34.5, lng: 135.5 }, { lat: -34.5, lng: -44.5 });
    expect(metres).toBeCloseTo(Math.PI * 6_371_008.8, -1);
  });
});

describe('approximatePoint', () => {
  const random = seededRandom(20261124);
  const points = Array.from({ length: 5000 }, () => ({
    lat: WARD.south + random() * (WARD.north - WARD.south),
    lng: WARD.west + random() * (WARD.east - WARD.west),
  }));

  /** True when value is (n + 0.5) × grid for a whole n. */
  const isCellCentre = (value: number) => {
    const cells = value / APPROXIMATE_GRID_DEGREES - 0.5;
    return Math.abs(cells - Math.round(cells)) < 1e-6;
  };

  it('publishes a cell centre that differs from the true point and lies within the circle', () => {
    for (const point of points) {
      const published = approximatePoint(point);
      expect(isCellCentre(published.lat), `lat ${published.lat}`).toBe(true);
      expect(isCellCentre(published.lng), `lng ${published.lng}`).toBe(true);
      expect(published.lat === point.lat && published.lng === point.lng).toBe(false);
      expect(Math.abs(published.lat - point.lat)).toBeLessThanOrEqual(APPROXIMATE_GRID_DEGREES / 2 + 1e-9);
      expect(Math.abs(published.lng - point.lng)).toBeLessThanOrEqual(APPROXIMATE_GRID_DEGREES / 2 + 1e-9);
      expect(distanceMetres(point, published)).toBeLessThan(APPROXIMATE_RADIUS_M);
    }
  });

  it('gives every point of one cell the same published point, and is stable on its own output', () => {
    const cell = { lat: 34.5375, lng: 135.4625 };
    for (const [dLat, dLng] of [
      [-0.0024, -0.0024],
      [0.0024, 0.0024],
      [0, 0.001],
      [-0.001, 0.002],
    ] as const) {
      expect(approximatePoint({ lat: cell.lat + dLat!, lng: cell.lng + dLng! })).toEqual(cell);
    }
    for (const point of points.slice(0, 200)) {
      const once = approximatePoint(point);
      expect(approximatePoint(once)).toEqual(once);
    }
  });

  it('publishes short numbers without float noise', () => {
    for (const point of points.slice(0, 500)) {
      const published = approximatePoint(point);
      expect(String(published.lat)).toMatch(/^\d+\.\d{1,4}$/);
      expect(String(published.lng)).toMatch(/^\d+\.\d{1,4}$/);
    }
  });

  it('moves points in neighbouring cells to different centres', () => {
    expect(approximatePoint({ lat: 34.5349, lng: 135.46 })).not.toEqual(
      approximatePoint({ lat: 34.5351, lng: 135.46 }),
    );
  });
});

describe('isInside and nearest', () => {
  it('includes the edges of the bounds and excludes points outside', () => {
    expect(isInside({ lat: WARD.south, lng: WARD.west }, WARD)).toBe(true);
    expect(isInside({ lat: 34.54, lng: 135.47 }, WARD)).toBe(true);
    expect(isInside({ lat: 135.47, lng: 34.54 }, WARD)).toBe(false); // swapped
    expect(isInside(OSAKA_STATION, WARD)).toBe(false);
  });

  it('finds the nearest item', () => {
    const items = [
      { id: 'far', lat: 34.56, lng: 135.5 },
      { id: 'near', lat: 34.5381, lng: 135.4652 },
    ];
    expect(nearest({ lat: 34.538, lng: 135.465 }, items)?.item.id).toBe('near');
    expect(nearest({ lat: 34.538, lng: 135.465 }, [])).toBeUndefined();
  });
});

describe('formatDistance', () => {
  it.each([
    [0, '約 50 m'],
    [10, '約 50 m'],
    [74, '約 50 m'],
    [76, '約 100 m'],
    [420, '約 400 m'],
    [430, '約 450 m'],
    [949, '約 950 m'],
    [1000, '約 1.0 km'],
    [1049, '約 1.0 km'],
    [1051, '約 1.1 km'],
    [2344, '約 2.3 km'],
    [12_345, '約 12.3 km'],
  ])('%d m → %s', (metres, label) => {
    expect(formatDistance(metres)).toBe(label);
  });

  it.each([975, 999])('%d m is shown in kilometres', (metres) => {
    expect(formatDistance(metres)).toBe('約 1.0 km');
  });
});
