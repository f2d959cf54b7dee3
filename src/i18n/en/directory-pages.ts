/** The directory's pages without JavaScript, in English. */
import type { Messages } from '../messages.ts';

export const directoryPages: Messages['directoryPages'] = {
  navLabel: 'Pages of the list',
  previous: 'Previous page',
  next: 'Next page',
  pageNumber: (page: number) => `Page ${page}`,
  pageOfPages: (page: number, pages: number) => ` (page ${page} of ${pages})`,
  range: (from: number, to: number, total: number) => `${from}–${to} of ${total} (by the reading of their names)`,
  areasLink: 'Find by school district',
  areasTitle: 'Find by school district',
  areasIntro: 'For each school’s district, the places in it.',
  areaTitle: (school: string) => `${school} district`,
  areaCount: (count: number) => `${count} ${count === 1 ? 'place' : 'places'}`,
  areaNone: 'No place in this district is open at the moment.',
  inactiveLink: (count: number) => `Paused and closed places (${count})`,
  inactiveTitle: 'Paused and closed places',
  allListings: 'All places',
};
