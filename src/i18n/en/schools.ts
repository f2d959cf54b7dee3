import type { Messages } from '../messages.ts';

const places = (count: number) => (count === 1 ? '1 place' : `${count} places`);

/** Places by school: the school list (/schools/) and a school's page. */
export const schools: Messages['schools'] = {
  schoolTitle: (school: string) => `Places near ${school}`,
  /** A place shown in full under an earlier need: " (Kids' cafeteria): " and a link back to it. */
  refKind: (kind: string) => ` (${kind}): `,
  refLink: (need: string) => `details under “${need}”`,
  /** The credit for district boundaries (site.yaml schoolDistrictSource), wherever boundaries are shown. */
  districtSource: {
    label: 'Source of the school district boundaries',
    separator: ': ',
    sentenceEnd: '. ',
    note: 'The boundaries are a guide. For the official school zones, please ask the board of education.',
  },
  index: {
    title: 'Search by school',
    lead: [
      'For each school, see the places in its district and within ',
      ' of the school, grouped under meals, study, after school, when school is hard, and someone to talk to.' +
        ' Teachers and school social workers can use it when they suggest places to a family.',
    ],
    referral: 'For school staff: who to turn to when you are worried about a child',
    gaps: 'See which kinds each school district is missing (community resource map)',
    count: (count: number) => ` (${places(count)})`,
  },
  page: {
    embedTitle: (school: string) => `Kids' cafeterias, youth spaces and consultation services near ${school}`,
    // Spaced: one template writes it between words with no space of their own.
    breadcrumbSeparator: ' › ',
    lead: (school: string, radius: string) => [
      `Places in the ${school} district and within ${radius}`,
      ' of the school (in a straight line), nearest first. When you suggest one to a family, ask them to check the day and time with its contact before they go.',
    ],
    print: 'Print this page',
    districtApproximate: (level: string) =>
      `There is no boundary data for this district, so “In the district” means nearer this school than any other ${level.toLowerCase()} (an approximate area).`,
    districtExact: '“In the district” follows the district boundary in the school data.',
    mapTitle: 'Map',
    mapLabel: (school: string) => `Map of ${school} and the places near it`,
    mapNote: (school: string, radius: string) =>
      `The “S” marker is ${school}; the dotted circle shows ${radius} around the school. `,
    mapDistrict: 'The thick line is the district boundary. ',
    mapNoteAfter: 'Even if the map images do not show, the list below works as it is.',
    /** The school's own map marker. */
    schoolSymbol: 'S',
    needNav: 'Sections of this page',
    needLink: (need: string, count: number) => `${need} (${count})`,
    remoteLink: (count: number) => `Phone and online (${count})`,
    none: [
      'Nothing is listed near here. Try ',
      'the list for the whole ward',
      ', or ask one of the consultation services below.',
    ],
    more: (shown: number, hidden: number) =>
      `Showing the nearest ${places(shown)}. There ${hidden === 1 ? 'is 1 more' : `are ${hidden} more`}. `,
    moreLink: 'See the list of places in the district (every kind)',
    moreLinkFiltered: (need: string) => `See every place for “${need}”`,
    areaNote: (outside: number, hidden: number) =>
      `${outside === hidden ? (hidden === 1 ? 'It is' : 'All of them are') : `${outside} of them ${outside === 1 ? 'is' : 'are'}`} outside the district, so not on the district's list. `,
    remoteMore: (shown: number, hidden: number) =>
      `Showing ${places(shown)}. There ${hidden === 1 ? 'is 1 more' : `are ${hidden} more`}: `,
    remoteTitle: 'Places you can use by phone or online',
    remoteNote:
      'Consultation and learning you can use by phone, LINE or online, without going anywhere. They serve every area.',
    qr: (school: string) => `QR code for the page of ${school}`,
    thisPage: (url: string) => `This page (${url})`,
    embedSection: "Put this on your school's website",
    embedText:
      "Paste this code into your school's website to show this page's contents (without this site's header and menu). Its links open in a new tab.",
    embedLink: 'See the page to embed',
  },
};
