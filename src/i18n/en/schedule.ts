import type { Messages } from '../messages.ts';
import { nextDates } from './next-dates.ts';

/** Dates a place opens: the next dates of a listing and the agenda (/schedule/). */
export const schedule: Messages['schedule'] = {
  ...nextDates,
  agendaAsOf: (date: string) => `Dates as of ${date}. Please check with each place before you go.`,
  title: 'This week and next',
  lead: 'Everything on in the 14 days from today, day by day. Places with no set dates do not appear here: ',
  leadLink: 'search the list',
  leadAfter: ' to find them.',
  filtered: 'Showing only the places that match the filters you chose in the list. ',
  changeFilters: 'Change the filters',
  all: 'See every date',
  calendar: 'Add every date to your calendar (.ics)',
  calendarNote: 'This holds the dates of every listed place. For one place only, add its calendar from its own page.',
};
