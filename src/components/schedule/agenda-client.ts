/**
 * Redraws the 14-day agenda for the day the page is read in Tokyo, keeping
 * only the listings that pass the directory's filters in the URL. Listing
 * text is set as text, never parsed as HTML.
 */
import { tokyoToday } from '../../core/civil-date.ts';
import { setRubyText } from '../../core/ruby.ts';
import { loadFacts } from '../../i18n/load-facts.ts';
import { documentLocale } from '../../i18n/locales.ts';
import { agenda } from '../../lib/schedule/agenda.ts';
import { agendaDayHeading, agendaEntryMeta } from '../../lib/schedule/session-words.ts';
import { timeRange, type FactWords } from '../../lib/schedule-words.ts';
import { filtersFromParams, filtersToParams, isEmpty, passesFilters } from '../../lib/search/filters.ts';
import type { SearchData, SearchRecord } from '../../lib/search/search-data.ts';

interface AgendaConfig {
  searchData: string;
  listingBase: string;
  directory: string;
  kindLabels: Record<string, string>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) setRubyText(node, text);
  return node;
}

/** Where, in the page's words: the search data carries the place's own text and, for an area or online, the fact. */
function placeOf(record: SearchRecord, words: FactWords): string {
  const { display } = record;
  if (display.area !== undefined) return words.place.approximate(display.area);
  if (display.online) return words.place.online;
  return record.lat === undefined ? words.place.unknown : display.place;
}

export async function startAgenda(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-agenda-page]');
  const view = root?.querySelector<HTMLElement>('[data-agenda]');
  if (!root || !view) return;
  const config = JSON.parse(root.dataset.config ?? '{}') as AgendaConfig;
  const today = tokyoToday();
  const params = new URLSearchParams(location.search);
  // Read on the day it was built, without filters, the page is already right.
  if (root.dataset.builtOn === today && [...params.keys()].length === 0) {
    root.dataset.ready = 'true';
    return;
  }
  let data: SearchData;
  const words = await loadFacts(documentLocale(document));
  try {
    data = (await (await fetch(config.searchData)).json()) as SearchData;
  } catch {
    return; // The build-time agenda stays.
  }
  const holidays = new Set(data.holidays);
  const isHoliday = (date: string) => holidays.has(date);
  // 「開いている日」 makes no sense over fourteen days; every other filter applies.
  const filters = {
    ...filtersFromParams(
      params,
      data.schools.map((s) => s.id),
    ),
    openOn: '',
  };
  const records = data.listings.filter((record) =>
    passesFilters(record, filters, { isHoliday, schools: data.schools, nearbyRadiusM: data.nearbyRadiusM }),
  );
  const byId = new Map(records.map((record) => [record.id, record]));

  view.replaceChildren(
    ...agenda(records, today, isHoliday).map((day) => {
      const section = element('section', 'agenda__day');
      section.setAttribute('aria-labelledby', `day-${day.date}`);
      const heading = element('h2', '', agendaDayHeading(day.date, today, words));
      heading.id = `day-${day.date}`;
      section.append(heading);
      if (day.entries.length === 0) {
        section.append(element('p', 'agenda__empty', words.agenda.emptyDay));
        return section;
      }
      const list = element('ul', 'agenda__list');
      for (const { id, session } of day.entries) {
        const record = byId.get(id)!;
        const item = element('li', 'agenda__entry');
        const link = element('a', '', record.display.name);
        link.href = config.listingBase.replace('__ID__', id);
        item.append(
          element('span', 'agenda__time', timeRange(session.opens, session.closes, words)),
          link,
          element(
            'span',
            'agenda__meta',
            agendaEntryMeta(config.kindLabels[record.kind] ?? '', placeOf(record, words), session, words),
          ),
        );
        list.append(item);
      }
      section.append(list);
      return section;
    }),
  );

  const note = root.querySelector<HTMLElement>('[data-agenda-note]');
  if (note) setRubyText(note, words.agenda.fromToday(words.date(today)));
  const filterNote = root.querySelector<HTMLElement>('[data-agenda-filters]');
  if (filterNote && !isEmpty(filters)) {
    const change = filterNote.querySelector<HTMLAnchorElement>('[data-agenda-change]');
    if (change) change.href = `${config.directory}?${filtersToParams(filters).toString()}`;
    filterNote.hidden = false;
  }
  root.dataset.ready = 'true';
}
