/** Using the site without a connection, in English. */
import type { Messages } from '../messages.ts';
import { MONTHS } from './facts.ts';

export const offline: Messages['offline'] = {
  title: 'You are offline',
  lead: 'This page is not saved on this device, so it cannot open now. Please open it again when you are connected.',
  availableTitle: 'What you can see without a connection',
  available: {
    home: 'Home',
    consultation: 'Get help',
    listings: 'List of places and search (over what was already loaded)',
    print: 'Print list',
    languages: 'Help lines by language',
  },
  savedTitle: 'Places saved on this device',
  notAvailableTitle: 'What needs a connection',
  notAvailable: ['The map', 'Place pages not saved on this device', 'Sending a form (new information or corrections)'],
  notice:
    'You are offline. Home, Get help, the list and search, the print list and saved places still work. The map, place pages not saved and sending forms do not.',
  backOnline: 'You are connected again.',
  saveTitle: 'Save on this device',
  saveText:
    'Saves the pages of the places in this list on this device, so they open without a connection. Only the places chosen here are saved; no other page you visit is kept.',
  save: 'Save on this device',
  saving: 'Saving…',
  saved: (count: number) => `Saved ${count} ${count === 1 ? 'place' : 'places'} on this device.`,
  saveFailed: 'Could not save. Please check your connection and try again.',
  savedOn: (month: number, day: number) => `This information is as of ${day} ${MONTHS[month - 1]}.`,
  remove: 'Delete saved data',
  removeEverything: 'Delete everything this site left on this device',
  removed: 'Saved data deleted.',
  unsupported: 'This browser cannot save pages on the device.',
  mapNeedsConnection: 'The map needs an internet connection. Without it, the list and search still work.',
};
