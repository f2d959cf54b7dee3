/**
 * A listing's next dates, handed to next-dates-client.ts through data attributes
 * so the script of every listing page carries no words of its own.
 */
import type { Messages } from '../messages.ts';

export const nextDates: Pick<Messages['schedule'], 'nextDates' | 'asOf' | 'seenFrom' | 'noNextDates'> = {
  nextDates: 'Next dates',
  asOf: (date: string) => `Dates as of ${date}. Please check with the contact before you go.`,
  /** The same note, redrawn in the browser for the day the page is read. */
  seenFrom: (date: string) => `Dates as of ${date}. Please check with the contact before you go.`,
  noNextDates: 'No dates are set yet. Please ask the contact.',
};
