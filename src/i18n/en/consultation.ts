import type { Messages } from '../messages.ts';

/** The consultation page (/consultation/): help lines, local windows, and privacy for someone reading in secret. */
export const consultation: Messages['consultation'] = {
  title: 'Get help',
  lead: "Raising children, a child's worries, finding school hard, things at home: you don't have to carry it alone. Talk to someone.",
  history: "Your browser's history will show that you opened this page. ",
  historyLink: 'How to clear it, and how to leave this page quickly',
  urgent: {
    before: 'If a child is in danger right now, call',
    police: ' (police) or',
    childGuidance: ' (child guidance centre) straight away.',
  },
  windowsTitle: 'Local consultation services',
  windowsNone: 'None listed yet.',
  windowsMore: (shown: number, hidden: number) =>
    `Showing ${shown === 1 ? '1 service' : `${shown} services`}. There ${hidden === 1 ? 'is 1 more' : `are ${hidden} more`}: `,
  windowsMoreLink: 'see every consultation service',
  privacyTitle: 'About having opened this page',
  privacy: {
    noTracking:
      'This site has nothing that records who visits: no analytics, no advertising, no cookies. It sends nothing you view or type to any other service (only when you open the map does it load map images from the map provider).',
    historyBefore: 'But the fact that you opened this page ',
    historyStrong: "stays in your browser's history",
    historyAfter:
      '. If you share a phone or computer with family or others, delete this page from the history when you are done.',
    phone: 'On a phone: open “History” from the browser menu, pick this page (“Get help”) and delete it.',
    computer: 'On a computer: press Ctrl + H (⌘ + Y on a Mac) to open the history, then delete this page.',
    privateMode:
      'If you open the site in a private (incognito) window, nothing stays in the history after you close that window.',
    quickExit:
      'Pressing “Leave this page now” at the top switches to an unrelated page (such as a weather forecast), and the Back button will not bring you back here. The page still shows in the history list, though, so delete it afterwards.',
  },
};
