import type { Messages } from '../messages.ts';

/** Words the listing views share: the listing page, its card, the school entry, the print entry, the form preview. */
export const listing: Messages['listing'] = {
  facts: {
    kind: 'Kind',
    when: 'When',
    place: 'Where',
    audience: 'Who for',
    cost: 'Cost',
    reservation: 'Booking',
    services: 'What they offer',
    phone: 'Phone',
  },
  placeFacts: {
    venue: 'Venue',
    address: 'Address',
    access: 'Getting there',
    area: 'Area',
    accessibility: 'Accessibility',
  },
  /** "○○小学校 district", or "near the ○○小学校 district" when the district is only the nearest school's. */
  district: (schoolName: string, nearest: boolean) => `${nearest ? 'Near the ' : ''}${schoolName} district`,
  approximateSuffix: ' (approximate location)',
  volunteeringWanted: 'Volunteers wanted',
  contact: {
    line: 'Contact on LINE',
    form: 'Open the contact form',
    email: 'Send an e-mail',
  },
  status: {
    paused: 'This place is taking a break (paused) at the moment.',
    closed: 'This place has closed for good.',
    pausedHint: ' To ask when it will start again, please get in touch with its contact.',
  },
  where: {
    heading: 'Where',
    approximateNote:
      'At the request of the people who run it, the exact location is not published. Please ask the contact where it is.',
    online: 'You can take part or use it online.',
    unknown: 'Please ask the contact where it is.',
    district: (schoolName: string) => `School district: ${schoolName}`,
    districtEstimated: ' (estimated from the nearest elementary school)',
    newTab: ' (opens in a new tab)',
  },
  /** On a school page: "about 300 m from ○○小学校". */
  fromSchool: (schoolName: string, distance: string) => `${distance} from ${schoolName}`,
  inDistrict: 'In the district',
  /** Between the lines of a schedule written on one line. */
  scheduleSeparator: ' / ',
  qrLabel: (name: string) => `QR code for the page of ${name}`,
  /** The listing page (/listings/<id>/) around its sections. */
  page: {
    breadcrumbs: 'Breadcrumbs',
    listings: 'All listings',
    about: 'More about this place',
    untranslated: 'Parts of this listing are shown in Japanese: they have not been translated yet.',
  },
  header: {
    organization: (name: string) => `Run by ${name}`,
    call: 'Call',
    next: 'Next',
    area: 'Area',
    place: 'Where',
    more: ' (details)',
  },
  contactSection: {
    heading: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    line: 'LINE',
    lineAdd: 'Add as a friend on LINE',
    form: 'Contact form',
    formOpen: 'Open the form',
    none: 'No contact details are published.',
  },
  kindSections: {
    freeSchool: 'About this free school',
    grades: 'Grades',
    attendanceCredit: 'Counts as school attendance',
    visits: 'Visits',
    visitsYes: 'You can visit to have a look',
    visitsNo: 'Visits are not possible',
    online: 'Online',
    onlineYes: 'You can take part online too',
    onlineNo: 'In person only',
    consultation: 'What you can talk about',
    anonymous: 'You can talk to them without giving your name.',
    rolesWanted: (roles: string) => `Looking for people to help with: ${roles}.`,
  },
  alert: {
    /** Under a paused or closed banner: "Notice of 1 April 2026:". */
    dated: (date: string) => `Notice of ${date}:`,
    heading: (date: string) => `Notice (${date})`,
  },
  verified: {
    heading: 'When this was checked',
    lastChecked: (date: string, by: string, source: string) => `Last checked: ${date}. ${by} (${source}).`,
    stale: (months: number) =>
      `This information has not been checked for ${months === 1 ? '1 month' : `${months} months`} or more.`,
    staleHint: ' It may have changed. Please check with the contact before you go.',
    state: (label: string) => `Status: ${label}`,
    correct: 'Report a correction',
    correctHint: ' (opens the correction form with the current details filled in), or ',
    mail: 'tell us by e-mail',
    mailAfter: ' instead.',
    /** The correction e-mail; not shown on the page. */
    mailSubject: (name: string, id: string) => `[Correction] ${name} (${id})`,
    mailListing: (name: string) => `Listing: ${name}`,
    mailPage: (url: string) => `Page: ${url}`,
    mailWhat: 'What to correct (which item, and how it is different):',
    mailWho: 'Your name and contact details (optional; say so if you run the place):',
  },
  when: {
    heading: 'When',
    extraDates: 'Extra dates',
    calendar: 'Add to your calendar (.ics)',
    calendarHint:
      ' Adds all of this place’s dates to the calendar app on your phone or computer, closed days included.',
    closedDates: 'Closed days',
  },
  who: {
    heading: 'Who for, cost and booking',
    guardianRequired: 'Young children need to come with a parent or carer.',
    districtOnly: 'For people who live in the school district.',
    allergy: 'Allergies',
    languages: 'Languages other than Japanese',
  },
  previewPending: 'Fix the entries, and how the listing will look on the site appears here.',
};
