/**
 * Redraws the 14-day agenda for the day the page is read in Tokyo, keeping
 * only the listings that pass the directory's filters in the URL, and lists
 * the rest of a busy day on request. Without filters, within a month of the
 * build, the days come from the build's own agenda ahead (/agenda-ahead.json);
 * otherwise from every listing's rules (/agenda-data.json), fetched only then.
 * Listing text is set as text, never parsed as HTML.
 */
import { addDays, tokyoToday, type CivilDate } from '../../core/civil-date.ts';
import { setRubyText } from '../../core/ruby.ts';
import { writeMarked } from '../marked-text.ts';
import { loadFacts } from '../../i18n/load-facts.ts';
import { documentLocale } from '../../i18n/locales.ts';
import { AGENDA_DAYS, agenda, listedOfDay, type AgendaDay, type ListedDay } from '../../lib/schedule/agenda.ts';
import type { Session } from '../../lib/schedule/expand.ts';
import { agendaDayHeading, agendaEntryMeta } from '../../lib/schedule/session-words.ts';
import { timeRange, type FactWords } from '../../lib/schedule-words.ts';
import {
  PARAM,
  filtersFromParams,
  filtersToParams,
  isEmpty,
  passesFilters,
  type FilterState,
} from '../../lib/search/filters.ts';
import type { AgendaAhead, AgendaData, AgendaName, AgendaNames } from '../../lib/search/search-data.ts';

interface AgendaConfig {
  /** /agenda-data.json */
  agendaData: string;
  /** /agenda-ahead.json in the page's language */
  agendaAhead: string;
  /** /en/agenda-names.json and the like: the page's names for the listings of agendaData, when not Japanese. */
  agendaNames?: string;
  listingBase: string;
  directory: string;
  kindLabels: Record<string, string>;
  perDay: number;
}

/**
 * The address parameters that change what the agenda lists. 「開いている日」 and
 * 「休止中も表示」 do not (it lists the next 14 days, of active places), nor
 * does the search text, which the agenda does not apply.
 */
const AGENDA_FILTER_PARAMS: readonly string[] = Object.values(PARAM).filter(
  (name) => name !== PARAM.openOn && name !== PARAM.includeInactive && name !== PARAM.query,
);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // A listing's Japanese name or place on another language's page keeps its lang="ja", as the build writes it.
  if (text !== undefined) writeMarked(node, text);
  return node;
}

/** Where, in the page's words: the agenda data carries the place's own text and, for an area or online, the fact. */
function placeOf(record: AgendaName, words: FactWords): string {
  const { display } = record;
  if (display.area !== undefined) return words.place.approximate(display.area);
  if (display.online) return words.place.online;
  return record.lat === undefined ? words.place.unknown : display.place;
}

/** Performance entry names: the bench reads how long the redraw takes. */
export const AGENDA_REDRAW_MEASURE = 'agenda:redraw';

/** 14 days as the page lists them, and what they show of each listing. */
interface Drawn {
  days: ListedDay[];
  byId: Map<string, AgendaName>;
}

/** Every session of the 14 days, from every listing's rules, with the filters read from the address. */
interface Computed {
  days: AgendaDay[];
  byId: Map<string, AgendaName>;
  filters: FilterState;
}

export async function startAgenda(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-agenda-page]');
  const view = root?.querySelector<HTMLElement>('[data-agenda]');
  if (!root || !view) return;
  performance.mark('agenda:start');
  const config = JSON.parse(root.dataset.config ?? '{}') as AgendaConfig;
  const today = tokyoToday();
  const params = new URLSearchParams(location.search);
  let loadingWords: Promise<FactWords> | undefined;
  const words = () => (loadingWords ??= loadFacts(documentLocale(document)));

  let computed: Promise<Computed | undefined> | undefined;
  /** The days for today with the URL's filters, from the agenda data: fetched once, when first needed. */
  const compute = () => (computed ??= agendaFor(config, today, params));

  /** The 14 days to draw: the build's agenda ahead when it covers them and nothing is filtered, else computed. */
  async function daysToDraw(): Promise<(Drawn & { filters?: FilterState }) | undefined> {
    if (!AGENDA_FILTER_PARAMS.some((name) => params.has(name))) {
      const ahead = await aheadFor(config, today);
      if (ahead) return ahead;
    }
    const result = await compute();
    return (
      result && {
        days: result.days.map((day) => listedOfDay(day, config.perDay)),
        byId: result.byId,
        filters: result.filters,
      }
    );
  }

  function entryItem(id: string, session: Session, record: AgendaName, facts: FactWords) {
    const item = element('li', 'agenda__entry');
    const link = element('a', '', record.display.name);
    link.href = config.listingBase.replace('__ID__', id);
    item.append(
      element('span', 'agenda__time', timeRange(session.opens, session.closes, facts)),
      link,
      element(
        'span',
        'agenda__meta',
        agendaEntryMeta(config.kindLabels[record.kind] ?? '', placeOf(record, facts), session, facts),
      ),
    );
    return item;
  }

  /** Lists every session of a day in place of its first few, and moves focus to the first one added. */
  async function showAll(button: HTMLButtonElement) {
    const date = button.dataset.agendaShowAll;
    const section = button.closest<HTMLElement>('.agenda__day');
    button.disabled = true;
    const [result, facts] = await Promise.all([compute(), words()]);
    const day = result?.days.find((d) => d.date === date);
    const list = section?.querySelector('.agenda__list');
    if (!result || !day || !section || !list) {
      button.disabled = false;
      return;
    }
    list.replaceChildren(...day.entries.map(({ id, session }) => entryItem(id, session, result.byId.get(id)!, facts)));
    section.querySelectorAll('.agenda__more, .agenda__show-all').forEach((node) => node.remove());
    list.querySelectorAll<HTMLAnchorElement>('.agenda__entry a')[config.perDay]?.focus();
  }

  view.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-agenda-show-all]');
    if (button && !button.disabled) void showAll(button);
  });

  // Read on the day it was built, without filters, the page is already right.
  if (root.dataset.builtOn === today && [...params.keys()].length === 0) {
    view.querySelectorAll<HTMLElement>('.agenda__show-all').forEach((node) => (node.hidden = false));
    root.dataset.ready = 'true';
    return;
  }
  const [drawn, facts] = await Promise.all([daysToDraw(), words()]);
  if (!drawn) return; // The build-time agenda stays.
  const { days, byId, filters } = drawn;

  view.replaceChildren(
    ...days.map((day) => {
      const section = element('section', 'agenda__day');
      section.setAttribute('aria-labelledby', `day-${day.date}`);
      const heading = element('h2', '', agendaDayHeading(day.date, today, facts));
      heading.id = `day-${day.date}`;
      section.append(heading);
      const { listed, more } = day;
      if (listed.length === 0) {
        section.append(element('p', 'agenda__empty', facts.agenda.emptyDay));
        return section;
      }
      const list = element('ul', 'agenda__list');
      list.append(...listed.map(({ id, session }) => entryItem(id, session, byId.get(id)!, facts)));
      section.append(list);
      if (more > 0) {
        const button = element('button', 'button', facts.agenda.showAll(more));
        button.type = 'button';
        button.dataset.agendaShowAll = day.date;
        const showAllLine = element('p', 'agenda__show-all');
        showAllLine.append(button);
        section.append(element('p', 'agenda__more', facts.agenda.more(more)), showAllLine);
      }
      return section;
    }),
  );

  const note = root.querySelector<HTMLElement>('[data-agenda-note]');
  if (note) setRubyText(note, facts.agenda.fromToday(facts.date(today)));
  const filterNote = root.querySelector<HTMLElement>('[data-agenda-filters]');
  if (filterNote && filters && !isEmpty(filters)) {
    const change = filterNote.querySelector<HTMLAnchorElement>('[data-agenda-change]');
    if (change) change.href = `${config.directory}?${filtersToParams(filters).toString()}`;
    filterNote.hidden = false;
  }
  root.dataset.ready = 'true';
  performance.measure(AGENDA_REDRAW_MEASURE, 'agenda:start');
}

/**
 * The 14 days from `today` as the build listed them; undefined when the file
 * cannot be read, was built for another number per day, or does not cover them.
 */
async function aheadFor(config: AgendaConfig, today: CivilDate): Promise<Drawn | undefined> {
  let ahead: AgendaAhead;
  try {
    ahead = (await (await fetch(config.agendaAhead)).json()) as AgendaAhead;
  } catch {
    return undefined;
  }
  const first = ahead.days.findIndex((day) => day.date === today);
  const days = ahead.days.slice(first, first + AGENDA_DAYS);
  if (first < 0 || ahead.perDay !== config.perDay || days.at(-1)?.date !== addDays(today, AGENDA_DAYS - 1))
    return undefined;
  return { days, byId: new Map(ahead.listings.map((record) => [record.id, record])) };
}

/** The 14 days from `today` over the listings that pass the URL's filters; undefined when the data cannot be read. */
async function agendaFor(
  config: AgendaConfig,
  today: CivilDate,
  params: URLSearchParams,
): Promise<Computed | undefined> {
  let data: AgendaData;
  let names: AgendaNames | undefined;
  try {
    const json = async <T>(url: string) => (await (await fetch(url)).json()) as T;
    [data, names] = await Promise.all([
      json<AgendaData>(config.agendaData),
      config.agendaNames ? json<AgendaNames>(config.agendaNames) : undefined,
    ]);
  } catch {
    return undefined;
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
  return {
    days: agenda(records, today, isHoliday),
    byId: new Map(records.map((record) => [record.id, { ...record, display: names?.[record.id] ?? record.display }])),
    filters,
  };
}
