/**
 * The print-list button's words, handed to select-client.ts through data
 * attributes (its script runs on every page); print-client.ts reads them
 * directly.
 */
import type { Messages } from '../messages.ts';

export const selection: Messages['common']['selectButton'] = {
  add: 'Add to print list',
  added: 'On your print list (remove)',
  /** Read after the button's words, so each button names its place. */
  of: (name: string) => `: ${name}`,
};
