import type { Messages } from '../messages.ts';

/** The page shown for an address that does not exist (404). */
export const notFound: Messages['notFound'] = {
  title: 'Page not found',
  text: 'The page you are looking for may have moved, or the listing may have ended.',
  listings: 'Search the list',
  consultation: 'Get help',
  home: 'Back to the home page',
};
