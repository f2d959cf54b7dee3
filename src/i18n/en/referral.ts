import type { Messages } from '../messages.ts';

/** The guide for school staff (/referral/): what to do and whom to call for each concern. */
export const referral: Messages['referral'] = {
  title: 'Referral guide for school staff',
  lead: (center: string) => [
    `When you notice a child or family you are worried about, this is where to turn. Don't carry it alone at school: think it through together with ${center}`,
    '.',
  ],
  urgent: 'If a child is in danger right now, call straight away: ',
  concerns: 'Concerns',
  steps: 'What to do',
  contacts: 'Who to contact first',
  places: 'Places to refer to',
  inDirectory: (label: string) => `See ${label} in the list`,
  nearSchool: 'See places near a school (search by school)',
};
