/**
 * The examples the submission form shows beside its place fields, from the
 * region's own settings, so a fork never shows another city's hall, station
 * or a point outside its own map.
 */
import type { SiteConfig } from '../schema/site.ts';

export interface FormExamples {
  placeName: string;
  address: string;
  area: string;
  access: string;
  /** Latitude and longitude as the form expects them typed: the map's centre. */
  lat: string;
  lng: string;
}

export function formExamples(site: Pick<SiteConfig, 'region' | 'map' | 'submissions'>): FormExamples {
  const given = site.submissions.examples ?? {};
  return {
    placeName: given.placeName ?? '○○会館 2階 和室',
    address: given.address ?? `${site.region.addressPrefix}○○町1丁目2-3`,
    area: given.area ?? '○○町付近',
    access: given.access ?? '○○駅から徒歩5分',
    lat: site.map.center.lat.toFixed(4),
    lng: site.map.center.lng.toFixed(4),
  };
}
