/**
 * The words the directory's script writes in the browser: the live count
 * announced to screen readers, sorting, distances and the location messages.
 * A section of their own, so a page's script loads them, in its language,
 * without the rest of the directory's words.
 */
import { directory } from './directory.ts';

export const directoryLive = {
  count: directory.count,
  sortedFrom: directory.sortedFrom,
  sortedByMatch: directory.sortedByMatch,
  alsoInactive: directory.alsoInactive,
  filterCount: directory.filterCount,
  distanceFrom: directory.distanceFrom,
  approximate: directory.approximate,
  showMoreRemaining: directory.showMoreRemaining,
  agendaLink: directory.agendaLink,
  agendaLinkFiltered: directory.agendaLinkFiltered,
  mapOpen: directory.mapOpen,
  mapClose: directory.mapClose,
  sortedFromSchool: directory.sortedFromSchool,
  sortedByName: directory.sortedByName,
  noGeolocation: directory.noGeolocation,
  locating: directory.locating,
  here: directory.here,
  sortedFromHere: directory.sortedFromHere,
  locationFailed: directory.locationFailed,
  mapPoint: directory.mapPoint,
  sortedFromMapPoint: directory.sortedFromMapPoint,
  /** The map's markers, named for screen readers. */
  cluster: directory.cluster,
  markerName: directory.markerName,
} as const;
