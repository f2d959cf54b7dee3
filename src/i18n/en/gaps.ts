import type { SchoolLevel } from '../../schema/vocabulary.ts';
import type { Messages } from '../messages.ts';

/** Each level's districts, as a heading and a sentence name them. */
const districtWord: Record<SchoolLevel, string> = {
  elementary: 'Elementary school districts',
  'junior-high': 'Junior high school districts',
};
const schoolWord: Record<SchoolLevel, string> = {
  elementary: 'elementary schools',
  'junior-high': 'junior high schools',
};

/** The same districts inside a sentence. */
const districts = (level: SchoolLevel) => districtWord[level].toLowerCase();
const district = (level: SchoolLevel) => districts(level).replace(/s$/, '');
const places = (count: number) => (count === 1 ? '1 place' : `${count} places`);

/** The gap view (/gaps/, /gaps/junior-high/) and one district's page (/gaps/<school id>/). */
export const gaps: Messages['gaps'] = {
  title: 'Community resource map: what is missing where',
  // Shown beside the Japanese on Japanese pages: on an English page, a plain subtitle.
  titleEn: 'Where resources are missing',
  /** The page title of a level behind the switch: "… (Junior high school districts)". */
  levelTitle: (title: string, level: SchoolLevel) => `${title} (${districtWord[level]})`,
  districtWord,
  schoolWord,
  lead: (region: string, level: SchoolLevel) =>
    `For each of the ${districts(level)} of ${region}, this counts the kids' cafeterias, free schools, youth spaces, consultation services and helpers. ` +
    'It is for anyone who wants to start something or lend a hand where a place is missing, and for those who plan for the area.',
  countRule:
    'Only listings that are open now count (not paused or closed ones). A place belongs to a district by the boundary in the school data or, where there is no boundary, by the nearest school.',
  levelNav: 'Kind of school district',
  summaryTitle: 'Summary',
  /** "Elementary school districts with no kids' cafeteria: 3 of 12" */
  without: (kind: string, level: SchoolLevel, without: number, total: number) =>
    `${districtWord[level]} with no ${kind.toLowerCase()}: ${without} of ${total}`,
  /** 充足率 as むすびえ reports it, with how it is computed. */
  ratio: (kind: string, level: SchoolLevel, percent: string) =>
    `Coverage: ${percent} (number of ${kind.toLowerCase()} places ÷ number of ${schoolWord[level]})`,
  goal: (kind: string, level: SchoolLevel, atLeast: number) =>
    `Goal for ${kind.toLowerCase()}: at least ${atLeast} in every ${district(level)}`,
  short: (count: number) =>
    count === 0 ? 'met everywhere' : `${count === 1 ? '1 district' : `${count} districts`} short of it`,
  zeroList: (kind: string) => `Districts with no ${kind.toLowerCase()}: `,
  zeroNone: 'none',
  zeroMore: (count: number) =>
    `and ${count === 1 ? '1 more district' : `${count} more districts`} (in the table, those most in need first)`,
  percent: (ratio: number) => `${Math.round(ratio * 100)}%`,
  tableTitle: 'Counts by school district',
  tableCaption: (level: SchoolLevel) => `Listings of each kind, by ${district(level)}`,
  tableNote: 'Sort the table with the buttons in its headings. “0 (none)” marks a district with no place of that kind.',
  orderNote: 'Districts short of a goal or with “0 (none)” come first.',
  tableRange: (from: number, to: number, total: number) => ` (districts ${from}–${to} of ${total})`,
  pagedNote: (perPage: number) =>
    `The table comes in pages of ${perPage} districts, and printing prints this page's districts only. Every district is in the CSV: `,
  sortPageNote: 'The buttons in the headings sort the districts on this page only.',
  pageNav: 'Pages of the table',
  columns: {
    district: 'School district',
    area: 'Area',
    goal: 'Goal',
  },
  area: { exact: 'Boundary on record', approximate: 'Approximate area' },
  /** A zero, said in words as well as the number, so no one relies on colour or a blank. */
  count: (count: number) => (count === 0 ? '0 (none)' : String(count)),
  goalMet: 'Met',
  csvShort: 'Not met',
  csvHeader: {
    id: 'School ID',
    name: 'School name',
    nameKana: 'School name (reading)',
    level: 'Kind of district',
    area: 'District area',
  },
  goalShort: (kind: string, atLeast: number, count: number) =>
    `${kind}: ${atLeast - count === 1 ? '1 more needed' : `${atLeast - count} more needed`}`,
  noGoal: 'No goal',
  sortBy: (column: string) => `Sort by ${column}`,
  sortNumbers: { ascending: 'fewest first', descending: 'most first' },
  sortText: { ascending: 'in name order', descending: 'in reverse name order' },
  sortedBy: (column: string, order: string) => `Sorted by ${column}, ${order}`,
  sortedByOnPage: (column: string, order: string) => `Sorted this page's districts by ${column}, ${order}`,
  mapTitle: 'Map',
  mapLabel: (level: SchoolLevel) => `Map of the counts by ${district(level)}`,
  mapKind: 'Kind to colour the map by',
  mapNote:
    'Colours and patterns show how many places of that kind a district has (0, 1, 2 or more). A district outlined with a dotted line has no boundary data, so its area is approximate, worked out from where the schools are. If the map does not show, the table above tells you the same.',
  legendTitle: 'Map colours',
  legend: {
    '0': '0 (none): stripes',
    '1': '1 place',
    '2+': '2 or more places',
    approximate: 'Dotted line: approximate area',
  },
  // The visible count must be part of the link's name (WCAG 2.5.3), so 0 is said as "0 places (none)".
  mapAreaLabel: (district: string, kind: string, count: number, approximate: boolean) =>
    `${district}${approximate ? ' (approximate area)' : ''}: ${kind}, ${places(count)}${count === 0 ? ' (none)' : ''} (see details)`,
  downloadsTitle: 'Print and download',
  print: 'Print this table (A4 landscape)',
  printPage: 'Print this page of the table (A4 landscape)',
  csv: 'Download the table as CSV (opens in Excel)',
  dataPage: 'More open data',
  districtSource: 'School district boundaries: ',
  approximateSource:
    'A district with no boundary data is taken to be the area nearer its school than any other school (an approximate area, not the official school zone).',
  district: {
    title: (school: string, _level: SchoolLevel) => `${school} district`,
    breadcrumb: 'What is missing where',
    lead: (district: string) =>
      `The places in the ${district}, the kinds it is missing, and help for anyone who wants to start something.`,
    approximate:
      'This district has no boundary data, so it is taken to be the area nearer its school than any other school (an approximate area).',
    exact: 'This district follows the boundary in the school data.',
    schoolPage: (school: string) => `Places near ${school} (the school's page)`,
    countsTitle: 'Places in this district',
    countLine: (kind: string, count: number) => `${kind}: ${count === 0 ? '0 (none)' : places(count)}`,
    fromSchool: (distance: string) => `${distance} from the school`,
    noPlace: 'No place to visit (phone or online)',
    more: (hidden: number) => (hidden === 1 ? 'There is 1 more.' : `There are ${hidden} more.`),
    moreLink: 'See them in the list',
    missingTitle: 'Kinds this district is missing, and the nearest place of each',
    missingNone: 'This district has places of every kind.',
    nearestOutside: (kind: string) => `${kind}: none in this district. The nearest is`,
    noneAnywhere: (kind: string) => `${kind}: none in this district, and none listed in any other district either.`,
    helpersTitle: 'People and groups who can help (nearby)',
    helpersNote: (distance: string) =>
      `Helpers listed as “We can help”, in this district or within ${distance} of the school.`,
    helpersNone: 'None listed at the moment.',
    wantingTitle: 'Places looking for volunteers (nearby)',
    wantingNone: 'No place nearby is looking for volunteers at the moment.',
    activities: (list: string) => `What they can do or need help with: ${list}`,
    startTitle: 'Starting something in this district',
    startNoSupport:
      'Once you start a new place, add it to the list. It will appear on the map and in the list, and count for this district.',
    contactTitle: 'Who to ask',
    submitFor: (kind: string, district: string) => `Add a listing in the ${district}: ${kind}`,
    submitOther: 'Add a listing of another kind',
  },
  stale: {
    title: 'For editors: listings to confirm',
    lead: (months: number) =>
      `Listings nobody has confirmed for ${months === 1 ? '1 month' : `${months} months`} or more. Please check with the people who run them, so that out-of-date listings do not make a district look better served than it is (only public contact details are shown).`,
    none: 'There are no listings to confirm.',
    noDistrict: 'Outside every district, or with no place',
    verified: (date: string) => `last checked ${date}`,
    noContact: 'No public contact details',
    more: (hidden: number) =>
      `There ${hidden === 1 ? 'is 1 more' : `are ${hidden} more`}, on each district's page and in the monthly issue of listings to confirm (npm run stale-report).`,
  },
};
