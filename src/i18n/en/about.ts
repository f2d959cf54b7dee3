import type { Messages } from '../messages.ts';

/** The page about the site (/about/): what it is, where its data comes from, privacy, contact. */
export const about: Messages['about'] = {
  title: 'About this site',
  lead: (siteName: string, region: string) =>
    `${siteName} gathers the places in ${region} that support children and families — ` +
    "kids' cafeterias, free schools, youth spaces, consultation services, and the volunteers and people who want to start a new place — " +
    'so that anyone can find them. Teachers and school social workers can use it too, when they look for somewhere to refer a family.',
  dataTitle: 'About the listings',
  sources: (publisher: string) => [
    `The listings are gathered by ${publisher}`,
    ' from the people who run each place and from official sources. Every page says when it was last checked, and by whom.',
  ],
  stale:
    ' months without a check is when a listing starts to show a warning. Before you go, please check with its contact.',
  submit: {
    before: 'You can add a new place with the ',
    form: 'listing form',
    after: '. If you spot a mistake, use “Report a correction” on its page, or e-mail ',
    email: 'with the details.',
  },
  licenceBefore: 'The listings are published under',
  licenceAfter: (siteName: string) =>
    `. You are free to use them as long as you credit the source (${siteName}). Files for spreadsheets and map tools are on the `,
  dataLink: 'open data',
  dataAfter: ' page.',
  code: "This site's code is published under the MIT licence, so other wards and cities can use it too.",
  privacyTitle: 'Privacy policy',
  privacy: {
    noTracking:
      'There is no analytics, no advertising and no social media buttons: nothing that tracks you. The site sets no cookies.',
    tilesBefore: 'The site loads only its own files. Only when you show the map does it load the map images (',
    tilesFrom: ') from the servers of ',
    tilesAfter: '.',
    search: 'What you type into the search or the filters is used on your device only and sent nowhere.',
    approximate:
      'For a place held in someone’s home, the site shows only its area, never the exact location, as the people who run it asked. A phone number is shown only when they agreed.',
  },
  contactTitle: 'Contact',
  contactSeparator: ':',
  consultation: 'For questions about raising children or about a child, see the consultation services',
};
