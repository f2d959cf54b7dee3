import type { Messages } from '../messages.ts';
import { selection } from './selection.ts';

/** Words every page shares: the skip link, the main menu, the demo banner, the footer, and the small parts many pages use. */
export const common: Messages['common'] = {
  skipLink: 'Skip to content',
  mainMenu: 'Main menu',
  language: {
    switcher: 'Language',
    readInThisLanguage: 'Read this page in English',
    dismiss: 'Close',
    furigana: 'Furigana (readings)',
  },
  nav: {
    home: 'Home',
    listings: 'Search',
    schools: 'By school',
    consultation: 'Get help',
    about: 'About',
  },
  /** The description of a page that gives none of its own. */
  defaultDescription: (region: string) =>
    `A map and list of kids' cafeterias, free schools, youth spaces and consultation services in ${region}.`,
  pageTitle: (title: string, siteName: string) => `${title} | ${siteName}`,
  /** Around the count of places on the print list: "Print list (3)". */
  selectionLink: ['Print list (', ')'],
  demoBanner: {
    strong: 'Demo data.',
    text: ' Every place, group, school and phone number on this site is made up.',
    // Shown beside the Japanese text on Japanese pages; the sentences above already say it in English.
    english: 'Demo data: every place, school and phone number shown is fictional.',
    embedText: ' Every place, school and phone number here is made up.',
  },
  footer: {
    licenceBefore: '. The listings are free to use under ',
    licenceAfter: '; the code is under the MIT licence.',
    about: 'About this site and privacy',
    consultation: 'Consultation services',
    submit: 'Add a listing',
    data: 'Open data',
    gaps: 'What is missing where (by school district)',
  },
  embedFooter: {
    providedBy: 'From',
    licence: (name: string) => ` (listings under ${name})`,
  },
  quickExit: {
    region: 'Leave quickly',
    button: 'Leave this page now',
    hint: 'Or press the Shift key three times',
  },
  helpLines: {
    heading: 'When you need help or someone to talk to',
    more: 'More consultation services',
  },
  kindFilter: {
    label: 'Filter by kind',
    all: 'All',
  },
  mapLegend: {
    label: 'Map symbols',
    approximate: 'Approximate location (somewhere inside the circle, not at its centre)',
    /** The map's zoom buttons (their title and accessible name). */
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
  },
  inactive: {
    summary: 'Also see places that are paused or closed for good',
    note: 'These places are not open now. To ask whether they will start again, contact each of them.',
  },
  selectButton: selection,
  /** Between items of a list written as one line: "Meals, Study support". */
  listSeparator: ', ',
  /** Around a parenthetical, after a word with no space of its own: " (Kids' cafeteria)". */
  parenthesised: (text: string) => ` (${text})`,
};
