import type { Kind } from '../../schema/vocabulary.ts';
import type { Messages } from '../messages.ts';

/** What each kind is, in a line, on the home page's kind tiles. */
const kindIntro: Record<Kind, string> = {
  'kodomo-shokudo': 'Free or low-cost meals, eaten together',
  'free-school': 'Children who find school hard learn and spend time at their own pace',
  ibasho: 'A safe place to spend time after school and on days off',
  consultation: 'Someone to talk to about raising children or about a child',
  volunteer: 'Volunteers, and people and groups who want to start a new place',
};

const places = (count: number) => (count === 1 ? '1 place' : `${count} places`);

/** The home page (/). */
export const home: Messages['home'] = {
  lead: (region: string) =>
    `Find kids' cafeterias, free schools, youth spaces and consultation services in ${region}: near you, on a day you can go.`,
  searchAll: (count: number) => `Search the list (${places(count)})`,
  schedule: 'This week and next',
  urgent: 'Need to talk to someone right now? ',
  urgentMore: 'All consultation services',
  kindsTitle: 'Search by kind',
  kindIntro,
  kindCount: (count: number) => places(count),
  updates: {
    title: 'New and updated',
    empty: 'Nothing yet.',
    feed: 'Follow new and updated listings in a feed (Atom)',
    data: 'Every listing as a file (open data)',
  },
  joinTitle: 'Share information or lend a hand',
  joinButton: 'Add a listing or send information',
  join: {
    before:
      'If you run a kids’ cafeteria or a youth space, want to start one, or want to help, you can sign up on your phone with the ',
    form: 'listing form',
    after:
      '. If something listed is wrong, tell us with “Report a correction” on its page. If the form does not work for you, you can also e-mail ',
    email: 'instead.',
  },
  gaps: {
    before: 'To see which school districts are missing what, go to ',
    link: 'What is missing where (counts and a map by school district)',
    after: '. There is help there for anyone who wants to start something, too.',
  },
  volunteer: {
    before: 'Find places looking for volunteers under ',
    listings: '“Volunteers wanted” in the list',
    between: ' or in the list of ',
    after: '.',
  },
};
