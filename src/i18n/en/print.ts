import type { Messages } from '../messages.ts';

/** The print list (/print/): on screen, a family's list of places; on paper, an A4 sheet with QR codes. */
export const print: Messages['print'] = {
  title: 'Print list',
  sharedTitle: 'Places suggested for you',
  paperTitle: 'Places in your area suggested for you',
  introOwn:
    'These are the places you added with “Add to print list” on this device. Tap a name for the details. With “Print on paper” below the list, ' +
    'you can make an A4 sheet with a QR code for each place and one for the whole list.',
  privacyOwn:
    'The places you chose and your note are saved only in this browser on this device. They are sent nowhere.',
  introShared:
    'A school, a consultation service or someone else suggested these places. Tap a name for the details, or a phone number to call.',
  checkFirst: 'Opening days and times can change. Please check by phone or another way before you go.',
  keep: 'Keep this list on this device',
  keepNote:
    'A list you keep is saved only in this browser on this device, and you can open it any time from “Print list” at the top of the screen. It is sent nowhere.',
  kept: 'Kept on this device. Open it any time from “Print list” at the top of the screen.',
  noScript:
    'The print list needs JavaScript to be turned on. You can also print the list of places or a listing page as it is.',
  empty: [
    'Your print list is empty. Press “Add to print list” next to a place in ',
    'the list',
    ' or on ',
    'a school’s page',
    '.',
  ],
  toolsTitle: 'Print on paper',
  toolsShared: 'For schools and support workers: you can print this list on A4 paper, with QR codes.',
  note: (max: number) => `Note (printed with the list; up to ${max} characters)`,
  print: 'Print',
  clear: 'Empty the list',
  openOnPhone: 'Open this list on a phone',
  openOnPhoneAfter: ': scan the QR code on the left.',
  help: (center: string) => `When you need help or someone to talk to: ${center} `,
  siteAddress: (siteName: string, url: string) => `${siteName} (${url})`,
  /** What print-client.ts writes for each place. */
  made: (date: string) => `Made on ${date}`,
  loadFailed: 'The listings could not be loaded. Please check your connection and open the page again.',
  next: 'Next',
  nextSeparator: ', ',
  scheduleSeparator: ' / ',
  when: 'When',
  where: 'Where',
  cost: 'Cost',
  phone: 'Phone',
  verified: 'Checked',
  remove: 'Remove from the list',
  qr: (name: string) => `QR code for the page of ${name}`,
  listQr: 'QR code for this list',
};
