/** The directory's live words in English: counts say one place or many. */
import type { Messages } from '../messages.ts';

export const directoryLive: Messages['directoryLive'] = {
  count: (going: number) => (going === 1 ? '1 place' : `${going} places`),
  sortedFrom: (origin: string) => `, nearest to ${origin} first`,
  sortedByMatch: ', best matches first',
  alsoInactive: '. Paused and closed places are listed too, marked as such',
  filterCount: (count: number) => ` (${count} ${count === 1 ? 'filter' : 'filters'})`,
  distanceFrom: (origin: string, distance: string) => `${distance} from ${origin}`,
  approximate: ' (approximate location)',
  showMoreRemaining: (count: number) => `Show more (${count} left)`,
  agendaLink: 'See this week and next, day by day',
  agendaLinkFiltered: 'See these places’ dates for this week and next, day by day',
  mapOpen: 'Show on a map',
  mapClose: 'Close the map',
  sortedFromSchool: (school: string) => `Sorted by distance from ${school}.`,
  sortedByName: 'Sorted by name again.',
  noGeolocation: 'This device cannot use your location. Choose a school, or tap the map.',
  locating: 'Finding your location…',
  here: 'your location',
  sortedFromHere: 'Sorted by distance from your location. Your location is not sent anywhere.',
  locationFailed:
    'Your location could not be used. Instead, choose a school to sort by, or open the map and tap a place.',
  mapPoint: 'the point chosen on the map',
  cluster: (count: number) => `A group of ${count} places. Choose it to zoom in`,
  markerName: (name: string, kind: string) => `${name} (${kind})`,
  sortedFromMapPoint: 'Sorted by distance from the point chosen on the map.',
};
