/** The GeoJSON export, checked by an independent GeoJSON validator (@placemarkio/check-geojson). */
import { check } from '@placemarkio/check-geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { ContentSet } from '../../src/lib/content/content-set.ts';
import { listingsGeoJson, type ListingFeatureOptions } from '../../src/lib/open-data/geojson.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { scheduleInWords } from '../../src/lib/schedule-words.ts';
import { vocabulary } from '../../src/i18n/ja/vocabulary.ts';

const { kind: KINDS } = vocabulary;

const options: ListingFeatureOptions = {
  kindLabel: (listing) => KINDS[listing.kind],
  pageUrl: (listing) => `https://example.org/listings/${listing.id}/`,
  scheduleWords: (listing) => scheduleInWords(listing),
};

let demo: ContentSet;
beforeAll(async () => {
  demo = await loadContent('content', { today: '2026-12-01' });
});

function geojson() {
  const schools = demo.schools.map((s) => ({ ...s }));
  return listingsGeoJson(
    demo.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools)),
    options,
  );
}

describe('listings GeoJSON', () => {
  it('is valid RFC 7946 GeoJSON with one feature per listing, longitude first, inside the region', () => {
    const text = JSON.stringify(geojson());
    const parsed = check(text);
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.type === 'FeatureCollection' && parsed.features).toHaveLength(demo.listings.length);
    const { south, west, north, east } = demo.site!.map.bounds;
    for (const feature of geojson().features) {
      if (!feature.geometry) continue;
      const [lng, lat] = feature.geometry.coordinates;
      expect(lng).toBeGreaterThanOrEqual(west);
      expect(lng).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
    }
  });

  it('puts an approximate place at its published circle, with the radius, and never its address or point', () => {
    const collection = geojson();
    for (const listing of demo.listings) {
      const location = listing.data.location;
      if (location?.precision !== 'approximate') continue;
      const feature = collection.features.find((f) => f.id === listing.id)!;
      expect(feature.properties.radiusM).toBeGreaterThan(0);
      expect(feature.properties.address).toBeNull();
      expect(feature.geometry!.coordinates).not.toEqual([location.lng, location.lat]);
      if (location.address) expect(JSON.stringify(feature)).not.toContain(location.address);
    }
  });

  it('publishes a phone only with consent', () => {
    const text = JSON.stringify(geojson());
    for (const listing of demo.listings) {
      const contact = listing.data.contact;
      if (contact?.phone && contact.phoneConsent !== true) expect(text).not.toContain(contact.phone);
    }
  });
});
