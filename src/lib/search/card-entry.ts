/**
 * What a directory card says, in one language's words, for the cards the
 * browser draws for results that are not on the server's page. The same view
 * as the server card (listing-card.astro), from the public listing only; the
 * text keeps its language and furigana marks, which the browser writes as
 * text nodes. Cut into shards in the search data's order, so a page fetches
 * only the few shards its shown results are in.
 */
import type { CivilDate } from '../../core/civil-date.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { Kind, Status } from '../../schema/vocabulary.ts';
import { listingView, type ListingViewContext } from '../listing-view.ts';
import type { PublicListing } from '../privacy/public-listing.ts';

/** Listings per card shard: about 10 KB gzipped each. */
export const CARD_SHARD_SIZE = 200;

export interface CardEntry {
  id: string;
  name: string;
  kind: Kind;
  status: Status;
  summary?: string;
  when: string[];
  note?: string;
  place: string;
  /** Already in brackets, as the card shows it. */
  district?: string;
  audience: string;
  cost?: string;
  volunteering?: true;
}

/** The fixed words of a card, passed once with the page rather than with every card. */
export interface CardWords {
  status: Record<Status, string>;
  facts: { when: string; place: string; audience: string; cost: string };
  volunteeringWanted: string;
  /** 「印刷リストに入れる」: its two states, and the place name said after them, `{name}` standing for it. */
  select: { add: string; added: string; of: string };
}

export function cardWords(t: Pick<Messages, 'listing' | 'vocabulary' | 'common'>): CardWords {
  const { when, place, audience, cost } = t.listing.facts;
  const { add, added, of } = t.common.selectButton;
  return {
    status: t.vocabulary.status,
    facts: { when, place, audience, cost },
    volunteeringWanted: t.listing.volunteeringWanted,
    select: { add, added, of: of('{name}') },
  };
}

export function toCardEntry(
  listing: PublicListing,
  today: CivilDate,
  context: Omit<ListingViewContext, 'today'>,
  parenthesised: (text: string) => string,
): CardEntry {
  const view = listingView(listing, { ...context, today });
  return {
    id: listing.id,
    name: listing.name,
    kind: listing.kind,
    status: listing.status,
    ...(listing.summary ? { summary: listing.summary } : {}),
    when: view.schedule.lines,
    ...(view.schedule.note ? { note: view.schedule.note } : {}),
    place: view.place.short,
    ...(view.place.district ? { district: parenthesised(view.place.district) } : {}),
    audience: view.audience,
    ...(view.cost ? { cost: view.cost } : {}),
    ...(view.volunteeringWanted ? { volunteering: true as const } : {}),
  };
}
