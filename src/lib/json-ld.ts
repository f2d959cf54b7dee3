/** schema.org JSON-LD for a listing page, and its safe serialisation into a script tag. */
import type { Kind } from '../schema/vocabulary.ts';
import type { PublicListing } from './listing-public.ts';
import { isFreeForChildren } from './listing-words.ts';

const SCHEMA_TYPE: Record<Kind, string> = {
  'kodomo-shokudo': 'FoodEstablishment',
  'free-school': 'EducationalOrganization',
  ibasho: 'CivicStructure',
  consultation: 'Organization',
  volunteer: 'Organization',
};

export function listingJsonLd(listing: PublicListing, pageUrl: string, addressPrefix: string): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPE[listing.kind],
    '@id': pageUrl,
    url: pageUrl,
    name: listing.name,
    alternateName: listing.nameKana,
    description: listing.summary,
  };
  if (listing.organization) data.parentOrganization = { '@type': 'Organization', name: listing.organization };
  const { place } = listing;
  if (place?.precision === 'exact') {
    data.address = { '@type': 'PostalAddress', streetAddress: place.address, addressCountry: 'JP' };
    data.geo = { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lng };
  } else if (place?.precision === 'approximate') {
    // Only the area is public; no coordinates are given for approximate places.
    data.areaServed = { '@type': 'Place', name: `${addressPrefix}${place.area}` };
  }
  if (listing.contact?.phone) data.telephone = listing.contact.phone;
  if (listing.contact?.email) data.email = listing.contact.email;
  if (listing.contact?.website) data.sameAs = listing.contact.website;
  if (isFreeForChildren(listing.cost)) data.isAccessibleForFree = true;
  if (listing.languages?.length) data.knowsLanguage = ['ja', ...listing.languages];
  return data;
}

/**
 * JSON inside <script> ends at the first "</script>", whatever the quotes say;
 * escaping <, >, & and the JavaScript line separators keeps listing text inert.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
