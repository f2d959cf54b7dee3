/**
 * A directory card drawn in the browser, for a result the server's page does
 * not hold: the same markup as listing-card.astro inside listing-list.astro,
 * built from text nodes only, so listing text is never parsed as HTML. Text
 * keeps its language marks (a Japanese name on an English page is `lang="ja"`)
 * and furigana, as the server writes them.
 */
import { withoutRuby } from '../../core/ruby.ts';
import { withoutLanguageMarks } from '../../core/language-marks.ts';
import { writeMarked } from '../marked-text.ts';
import type { CardEntry, CardWords } from '../../lib/search/card-entry.ts';
import type { Kind } from '../../schema/vocabulary.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) writeMarked(node, text);
  return node;
}

export interface CardContext {
  words: CardWords;
  kindLabels: Record<Kind, string>;
  href: (id: string) => string;
}

function selectButton(doc: Document, entry: CardEntry, words: CardWords): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'select-toggle no-print';
  button.dataset.selectId = entry.id;
  // Attributes carry plain text, as the build writes the server's button.
  const plain = (text: string) => withoutRuby(withoutLanguageMarks(text));
  button.dataset.selectName = plain(entry.name);
  button.dataset.labelAdd = plain(words.select.add);
  button.dataset.labelAdded = plain(words.select.added);
  button.setAttribute('aria-pressed', 'false');
  button.hidden = true;
  const label = el(doc, 'span', undefined, words.select.add);
  label.dataset.selectLabel = '';
  const name = el(doc, 'span', 'visually-hidden', words.select.of.replace('{name}', entry.name));
  button.append(label, name);
  return button;
}

export function resultCard(doc: Document, entry: CardEntry, context: CardContext): HTMLLIElement {
  const { words } = context;
  const li = doc.createElement('li');
  li.dataset.listingId = entry.id;
  const article = el(doc, 'article', `listing-card${entry.status === 'active' ? '' : ' listing-card--inactive'}`);
  article.dataset.listingId = entry.id;
  article.dataset.kind = entry.kind;
  const title = el(doc, 'h2', 'listing-card__title');
  const link = el(doc, 'a', undefined, entry.name);
  link.href = context.href(entry.id);
  title.append(link);
  const badges = el(doc, 'p', 'listing-card__badges');
  badges.append(el(doc, 'span', `kind-badge kind-badge--${entry.kind}`, context.kindLabels[entry.kind]));
  if (entry.status !== 'active')
    badges.append(el(doc, 'span', `status-badge status-badge--${entry.status}`, words.status[entry.status]));
  const day = el(doc, 'span', 'day-badge');
  day.dataset.cardBadge = '';
  day.hidden = true;
  badges.append(day);
  if (entry.volunteering) badges.append(el(doc, 'span', 'tag', words.volunteeringWanted));
  const distance = el(doc, 'p', 'listing-card__distance');
  distance.dataset.distance = '';
  distance.hidden = true;
  article.append(title, badges);
  // The same 「印刷リストに入れる」 as select-button.astro; select-client.ts shows it.
  if (entry.status !== 'closed') article.append(selectButton(doc, entry, words));
  article.append(distance);
  if (entry.summary) article.append(el(doc, 'p', 'listing-card__summary', entry.summary));
  const facts = el(doc, 'dl', 'facts');
  const fact = (label: string, ...values: Node[]) => {
    const row = doc.createElement('div');
    const dd = doc.createElement('dd');
    dd.append(...values);
    row.append(el(doc, 'dt', undefined, label), dd);
    facts.append(row);
  };
  fact(
    words.facts.when,
    ...entry.when.map((line) => el(doc, 'span', 'facts__line', line)),
    ...(entry.note ? [el(doc, 'span', 'facts__line facts__note', entry.note)] : []),
  );
  const place = doc.createElement('span');
  writeMarked(place, entry.place);
  fact(
    words.facts.place,
    ...place.childNodes,
    ...(entry.district ? [el(doc, 'span', 'facts__sub', entry.district)] : []),
  );
  const audience = doc.createElement('span');
  writeMarked(audience, entry.audience);
  fact(words.facts.audience, ...audience.childNodes);
  if (entry.cost) {
    const cost = doc.createElement('span');
    writeMarked(cost, entry.cost);
    fact(words.facts.cost, ...cost.childNodes);
  }
  article.append(facts);
  li.append(article);
  return li;
}
