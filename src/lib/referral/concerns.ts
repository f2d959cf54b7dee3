/**
 * The referral guide's concerns, in the site's own words: what school staff
 * can do, whom to contact first, and which directory filters fit. Contacts
 * are named by role here and filled in from site config, so another ward
 * changes its numbers without touching this text.
 */
import type { Kind, Service } from '../../schema/vocabulary.ts';
import { concerns as jaConcerns, type ConcernId } from '../../i18n/ja/concerns.ts';
import type { Messages } from '../../i18n/messages.ts';
import { PARAM } from '../search/filters.ts';

/** `center`: the ward's こども家庭センター. `danger`: the numbers for a child in danger (189, 110). */
export type ContactRole = 'center' | 'danger';

export interface DirectoryLink {
  label: string;
  kinds?: Kind[];
  services?: Service[];
}

export interface Concern {
  id: ConcernId;
  title: string;
  /** What to do, in order; `{center}` and `{centerHelpsWith}` come from site config (`stepsInWords`). */
  steps: readonly string[];
  /** Whom to contact first, in order. */
  contacts: ContactRole[];
  /** Places in the directory that can help, as filters. */
  links: DirectoryLink[];
}

/** Each concern's facts: whom to contact and which filters fit. Its words are in the locale's `concerns`. */
const CONCERN_FACTS: ReadonlyArray<{
  id: ConcernId;
  contacts: ContactRole[];
  links: Array<Omit<DirectoryLink, 'label'>>;
}> = [
  {
    id: 'meal',
    contacts: ['center'],
    links: [{ kinds: ['kodomo-shokudo'] }, { services: ['meal', 'bento', 'food-pantry'] }],
  },
  { id: 'after-school', contacts: ['center'], links: [{ kinds: ['ibasho'] }, { services: ['free-space', 'play'] }] },
  {
    id: 'school-difficulty',
    contacts: ['center'],
    links: [{ kinds: ['free-school'] }, { services: ['school-alternative'] }],
  },
  { id: 'study', contacts: ['center'], links: [{ services: ['study'] }] },
  { id: 'parenting', contacts: ['center'], links: [{ kinds: ['consultation'] }, { services: ['parenting'] }] },
  { id: 'abuse', contacts: ['danger', 'center'], links: [{ kinds: ['consultation'] }] },
];

/** The concerns in a locale's words (Japanese by default). */
export function concernsIn(words: Messages['concerns'] = jaConcerns): Concern[] {
  return CONCERN_FACTS.map(({ id, contacts, links }) => ({
    id,
    title: words[id].title,
    steps: words[id].steps,
    contacts,
    links: links.map((link, index) => ({ label: words[id].links[index] ?? '', ...link })),
  }));
}

export const CONCERNS: readonly Concern[] = concernsIn();

/** The directory's query string for a link: `?kind=…&service=…`, as the directory reads it. */
export function directoryQuery(link: DirectoryLink): string {
  const params = new URLSearchParams();
  for (const kind of link.kinds ?? []) params.append(PARAM.kind, kind);
  for (const service of link.services ?? []) params.append(PARAM.service, service);
  return params.toString();
}

/** The centre's name in the words of this ward's site.yaml: 「西区こども家庭センター」, not a fixed name. */
export function stepsInWords(
  concern: Concern,
  center: { name: string; shortName?: string | undefined; helpsWith: string },
): string[] {
  return concern.steps.map((step) =>
    step.replaceAll('{center}', center.shortName ?? center.name).replaceAll('{centerHelpsWith}', center.helpsWith),
  );
}
