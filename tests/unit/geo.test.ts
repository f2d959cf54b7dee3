/** Distances, the published point of approximate places, and distance labels. */
import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_GRID_DEGREES,
  APPROXIMATE_MIN_OFFSET_M,
  approximateCircle,
  cellCentre,
  cellOfCircle,
  circleForPin,
  distanceMetres,
  isPublishedCentre,
  measuringPoint,
  formatDistance,
  isInside,
  nearest,
  type Bounds,
  type LatLng,
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

describe('approximateCircle', () => {
  const G = APPROXIMATE_GRID_DEGREES;
  /** Sakai's ward, then the equator, the tropics, a northern city, far north and the southern hemisphere. */
  const REGIONS = [
    { name: 'Nishi Ward', ...WARD },
    { name: 'equator', south: -0.05, west: 9.95, north: 0.05, east: 10.05 },
    { name: 'Okinawa', south: 26.15, west: 127.6, north: 26.3, east: 127.75 },
    { name: 'Sapporo', south: 43.0, west: 141.25, north: 43.1, east: 141.4 },
    { name: 'Helsinki', south: 60.1, west: 24.85, north: 60.25, east: 25.05 },
    { name: 'Tromsø', south: 69.6, west: 18.85, north: 69.7, east: 19.05 },
    { name: 'Cape Town', south: -34.0, west: 18.35, north: -33.85, east: 18.55 },
  ];
  const random = seededRandom(20261124);
  const inRegion = (r: Bounds) => ({
    lat: r.south + random() * (r.north - r.south),
    lng: r.west + random() * (r.east - r.west),
  });
  const samples = REGIONS.map((region) => ({
    region,
    points: Array.from({ length: 2000 }, () => inRegion(region)),
  }));
  const cellOf = (point: LatLng) => ({
    south: Math.floor(point.lat / G) * G,
    west: Math.floor(point.lng / G) * G,
  });
  /** A random point of the cell `point` lies in, edges and corners included now and then. */
  const elsewhereInCell = (point: LatLng): LatLng => {
    const { south, west } = cellOf(point);
    const pick = () => {
      const r = random();
      return r < 0.05 ? 1e-9 : r > 0.95 ? 1 - 1e-9 : r;
    };
    return { lat: south + pick() * G, lng: west + pick() * G };
  };

  it('puts the centre at least 150 m from the true point, and the true point inside the circle', () => {
    const problems: string[] = [];
    for (const { region, points } of samples) {
      for (const point of points) {
        const circle = approximateCircle(point);
        const metres = distanceMetres(point, circle);
        if (!(metres >= APPROXIMATE_MIN_OFFSET_M && metres < circle.radiusM))
          problems.push(`${region.name} ${point.lat},${point.lng}: ${metres} m, radius ${circle.radiusM} m`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds the whole cell, corners included, with room to spare and no more than it needs', () => {
    for (const { region, points } of samples) {
      for (const point of points.slice(0, 300)) {
        const circle = approximateCircle(point);
        const { south, west } = cellOf(point);
        const corners = [
          { lat: south, lng: west },
          { lat: south + G, lng: west },
          { lat: south, lng: west + G },
          { lat: south + G, lng: west + G },
        ];
        const farthest = Math.max(...corners.map((c) => distanceMetres(c, circle)));
        const nearestEdge = Math.min(
          distanceMetres({ lat: circle.lat, lng: west }, circle),
          distanceMetres({ lat: circle.lat, lng: west + G }, circle),
        );
        expect(circle.radiusM % 50, region.name).toBe(0);
        expect(circle.radiusM - farthest, region.name).toBeGreaterThanOrEqual(9);
        expect(circle.radiusM - farthest, region.name).toBeLessThanOrEqual(60);
        expect(nearestEdge, region.name).toBeGreaterThanOrEqual(APPROXIMATE_MIN_OFFSET_M);
      }
    }
  });

  it('gives every point of a cell the same circle: only the cell is revealed', () => {
    const problems: string[] = [];
    for (const { region, points } of samples) {
      for (const point of points.slice(0, 200)) {
        const circle = JSON.stringify(approximateCircle(point));
        for (let i = 0; i < 20; i++) {
          const other = elsewhereInCell(point);
          if (JSON.stringify(approximateCircle(other)) !== circle)
            problems.push(`${region.name}: ${other.lat},${other.lng} and ${point.lat},${point.lng}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is published by whole cells only: the true one (in the far north, maybe one more)', () => {
    for (const { region, points } of samples) {
      for (const point of points.slice(0, 50)) {
        const circle = approximateCircle(point);
        const { south, west } = cellOf(point);
        // Every cell that could publish this circle lies within a few cells of it.
        const preimage: LatLng[] = [];
        for (let dRow = -3; dRow <= 3; dRow++) {
          for (let dCol = -6; dCol <= 6; dCol++) {
            const centre = { lat: south + (dRow + 0.5) * G, lng: west + (dCol + 0.5) * G };
            if (JSON.stringify(approximateCircle(centre)) === JSON.stringify(circle)) preimage.push(centre);
          }
        }
        expect(preimage.length, region.name).toBeGreaterThanOrEqual(1);
        // Two only where the offset reaches a whole cell, north of 70°.
        expect(preimage.length, region.name).toBeLessThanOrEqual(Math.abs(point.lat) > 70 ? 2 : 1);
        expect(preimage.some((c) => c.lat === south + 0.5 * G && c.lng === west + 0.5 * G)).toBe(true);
        // Each is a whole cell: any of its points publishes the circle.
        for (const centre of preimage) {
          for (let i = 0; i < 10; i++) expect(approximateCircle(elsewhereInCell(centre))).toEqual(circle);
        }
      }
    }
  });

  it('stays the same from build to build', () => {
    // Pinned values: a change here moves every approximate place's circle on the site.
    expect(approximateCircle({ lat: 34.5296, lng: 135.4748 })).toEqual({ lat: 34.5275, lng: 135.4682, radiusM: 700 });
    expect(approximateCircle({ lat: 34.5548, lng: 135.447 })).toEqual({ lat: 34.5525, lng: 135.4518, radiusM: 700 });
    const point = { lat: 34.54123, lng: 135.46789 };
    expect(approximateCircle(point)).toEqual(approximateCircle({ ...point }));
  });

  it('leans east for some cells and west for others', () => {
    let east = 0;
    let cells = 0;
    for (let lat = WARD.south; lat < WARD.north; lat += G) {
      for (let lng = WARD.west; lng < WARD.east; lng += G) {
        const centre = cellCentre({ lat: lat + G / 2, lng: lng + G / 2 });
        cells++;
        if (approximateCircle(centre).lng > centre.lng) east++;
      }
    }
    expect(cells).toBeGreaterThan(150);
    expect(east / cells).toBeGreaterThan(0.35);
    expect(east / cells).toBeLessThan(0.65);
  });

  it('publishes short numbers without float noise', () => {
    for (const { points } of samples) {
      for (const point of points.slice(0, 200)) {
        const circle = approximateCircle(point);
        expect(String(circle.lat)).toMatch(/^-?\d+(\.\d{1,4})?$/);
        expect(String(circle.lng)).toMatch(/^-?\d+(\.\d{1,4})?$/);
        expect(Number.isInteger(circle.radiusM)).toBe(true);
      }
    }
  });
});

describe('cellCentre and circleForPin', () => {
  const random = seededRandom(7);
  const points = Array.from({ length: 2000 }, () => ({
    lat: WARD.south + random() * (WARD.north - WARD.south),
    lng: WARD.west + random() * (WARD.east - WARD.west),
  }));

  it('a cell centre publishes the same circle as the true point, and is never a published centre', () => {
    const publishedCentres = new Set(points.map((p) => approximateCircle(p)).map((c) => `${c.lat},${c.lng}`));
    for (const point of points) {
      const centre = cellCentre(point);
      expect(approximateCircle(centre)).toEqual(approximateCircle(point));
      expect(cellCentre(centre)).toEqual(centre);
      // A public issue carries cell centres; the issue script must never mistake one for an unmoved pin.
      expect(publishedCentres.has(`${centre.lat},${centre.lng}`)).toBe(false);
    }
  });

  it('no published centre is a cell centre, at any latitude', () => {
    const centres: number[] = [];
    for (let lat = -80; lat <= 80; lat += APPROXIMATE_GRID_DEGREES) {
      for (const lng of [135.4611, 135.4663]) {
        const circle = approximateCircle({ lat, lng });
        const units = Math.round(circle.lng * 10_000);
        if (((units % 50) + 50) % 50 === 25) centres.push(lat);
      }
    }
    expect(centres).toEqual([]);
  });

  it('finds the cell from the circle alone, to measure distances from', () => {
    for (const point of points.slice(0, 500)) {
      const circle = approximateCircle(point);
      expect(cellOfCircle(circle)).toEqual(cellCentre(point));
      expect(measuringPoint(circle, true)).toEqual(cellCentre(point));
      expect(measuringPoint(point, false)).toEqual(point);
    }
  });

  it('tells a published centre from any other point', () => {
    for (const point of points.slice(0, 500)) {
      const circle = approximateCircle(point);
      expect(isPublishedCentre({ lat: circle.lat, lng: circle.lng })).toBe(true);
      expect(isPublishedCentre(point)).toBe(false);
      expect(isPublishedCentre(cellCentre(point))).toBe(false);
    }
  });

  it('a pin left on the published centre keeps its circle; a moved pin publishes from where it is', () => {
    for (const point of points.slice(0, 500)) {
      const circle = approximateCircle(point);
      const centre = { lat: circle.lat, lng: circle.lng };
      expect(circleForPin(centre, centre)).toEqual(circle);
      const moved = { lat: point.lat + 0.0001, lng: point.lng };
      expect(circleForPin(moved, centre)).toEqual(approximateCircle(moved));
      expect(circleForPin(point)).toEqual(circle);
      // Only a real published centre is kept as one: a true point passed as "published" is not.
      expect(circleForPin(point, point)).toEqual(circle);
    }
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
