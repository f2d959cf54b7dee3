/**
 * The published listings as GeoJSON (RFC 7946: WGS 84, `[longitude, latitude]`),
 * for map tools and other sites. Public listings only: an approximate place is
 * its published circle's centre with the radius that holds the real place,
 * never the place itself; a listing without a place (online only) has a null
 * geometry, as the RFC allows, so it is still counted.
 */
import type { PublicListing } from '../privacy/public-listing.ts';

export interface ListingFeatureOptions {
  readonly kindLabel: (listing: PublicListing) => string;
  readonly pageUrl: (listing: PublicListing) => string;
  readonly scheduleWords: (listing: PublicListing) => string[];
}

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, string | number | boolean | string[] | null>;
}

/** Coordinates with six decimals (about 0.1 m), as the open-data rules ask. */
function degrees(value: number): number {
  return Number(value.toFixed(6));
}

export function listingFeature(listing: PublicListing, options: ListingFeatureOptions): Feature {
  const { place } = listing;
  return {
    type: 'Feature',
    id: listing.id,
    geometry: place ? { type: 'Point', coordinates: [degrees(place.lng), degrees(place.lat)] } : null,
    properties: {
      name: listing.name,
      nameKana: listing.nameKana,
      kind: listing.kind,
      kindLabel: options.kindLabel(listing),
      summary: listing.summary ?? null,
      status: listing.status,
      url: options.pageUrl(listing),
      precision: place?.precision ?? null,
      address: place?.precision === 'exact' ? place.address : null,
      area: place?.precision === 'approximate' ? place.area : null,
      radiusM: place?.precision === 'approximate' ? place.radiusM : null,
      online: listing.online ?? false,
      schedule: options.scheduleWords(listing),
      phone: listing.contact?.phone ?? null,
      website: listing.contact?.website ?? null,
      verified: listing.verified.date,
    },
  };
}

export function listingsGeoJson(listings: readonly PublicListing[], options: ListingFeatureOptions) {
  return { type: 'FeatureCollection' as const, features: listings.map((listing) => listingFeature(listing, options)) };
}
