/**
 * The directory page in the browser: search as you type, filters kept in the
 * URL, sorting by distance from the user or a school, and the map on demand.
 * The server renders one page of cards, which works before this script runs;
 * the script searches every listing and draws the cards of results that page
 * does not hold from the card shards (result-card.ts), a few at a time.
 *
 * The search records come in shards (src/lib/search/search-shards.ts): the
 * first results are painted from the manifest and the first shard, the other
 * shards load in the background, each added to the search index as it
 * arrives, and the cards of every shard follow them, so once the page is
 * ready (`data-ready`) a keystroke never waits for the network.
 */
import { tokyoToday } from '../../core/civil-date.ts';
import { setRubyText } from '../../core/ruby.ts';
import { loadDirectoryLive, loadFacts } from '../../i18n/load-facts.ts';
import { documentLocale } from '../../i18n/locales.ts';
import { distanceMetres, formatDistance, measuringPoint, type LatLng } from '../../lib/geo.ts';
import { expandSessions } from '../../lib/schedule/expand.ts';
import { badgeInWords, dayBadge, endOfWeek, tokyoTimeOfDay } from '../../lib/schedule/session-words.ts';
import {
  EMPTY_FILTERS,
  PARAM,
  filtersFromParams,
  filtersToParams,
  isEmpty,
  openOnDateInWords,
  passesFilters,
  resolveOpenOn,
  type FilterState,
} from '../../lib/search/filters.ts';
import type { SearchRecord } from '../../lib/search/search-data.ts';
import { ShardAssembler, type SearchManifest } from '../../lib/search/search-shards.ts';
import { CARDS_SHOWN } from '../../lib/selection.ts';
import { createListingSearch } from '../../lib/search/search-engine.ts';
import { CARD_SHARD_SIZE, type CardEntry, type CardWords } from '../../lib/search/card-entry.ts';
import type { DirectoryMap, MapConfig } from './directory-map.ts';
import { resultCard } from './result-card.ts';

interface DirectoryConfig extends Omit<MapConfig, 'records' | 'names' | 'listingUrl' | 'onPick' | 'words'> {
  /** The folder of the search shards: `manifest.json` and `<n>.json`. */
  searchShards: string;
  /** The folder of this locale's card shards (`<n>.json`). */
  cards: string;
  cardWords: CardWords;
  listingBase: string;
}

/** Shards fetched at once in the background. */
const SHARDS_AT_ONCE = 4;

interface Origin {
  point: LatLng;
  label: string;
}

function must<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
}

export async function startDirectory(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-directory]');
  if (!root) return;
  const rootState = root.dataset;
  const config = JSON.parse(root.dataset.config ?? '{}') as DirectoryConfig;
  const form = must<HTMLFormElement>(root, '[data-directory-controls]');
  const queryInput = must<HTMLInputElement>(form, '#directory-query');
  const count = must<HTMLElement>(root, '[data-result-count]');
  const empty = must<HTMLElement>(root, '[data-empty]');
  const nearStatus = must<HTMLElement>(form, '[data-near-status]');
  const originSchool = must<HTMLSelectElement>(form, '[data-origin-school]');
  const originClear = must<HTMLButtonElement>(form, '[data-origin-clear]');
  const shareQuery = must<HTMLInputElement>(form, '[data-share-query]');
  const filterCount = must<HTMLElement>(form, '[data-filter-count]');
  const openDateInput = must<HTMLInputElement>(form, '#directory-open-date');
  const openDateNodes = [...form.querySelectorAll<HTMLElement>('[data-open-date]')];
  const list = must<HTMLElement>(root, '.listing-list');
  const agendaLink = must<HTMLAnchorElement>(root, '[data-agenda-link]');
  const agendaBase = agendaLink.getAttribute('href')!;
  const items = new Map<string, HTMLElement>();
  const distanceNodes = new Map<string, HTMLElement>();
  // The server's cards of this page; the others are drawn when a result needs them.
  const adopt = (li: HTMLElement) => {
    items.set(li.dataset.listingId!, li);
    const distance = li.querySelector<HTMLElement>('[data-distance]');
    if (distance) distanceNodes.set(li.dataset.listingId!, distance);
  };
  for (const li of root.querySelectorAll<HTMLElement>('.listing-list > li[data-listing-id]')) adopt(li);

  // The words this script writes, in the page's language: only that locale's facts and live words are loaded.
  const locale = documentLocale(document);
  const [words, t] = await Promise.all([loadFacts(locale), loadDirectoryLive(locale)]);
  // Words written into the page, furigana included; set again only when they change.
  const written = new WeakMap<Element, string>();
  const write = (node: Element, text: string) => {
    if (written.get(node) === text) return;
    written.set(node, text);
    setRubyText(node, text);
  };
  const fetchJson = async <T>(url: string): Promise<T> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return (await response.json()) as T;
  };
  const searchShard = (n: number) => fetchJson<SearchRecord[]>(`${config.searchShards}${n}.json`);
  let data: SearchManifest;
  let firstShard: SearchRecord[];
  try {
    // Both at once: the first shard's address does not depend on the manifest.
    [data, firstShard] = await Promise.all([
      fetchJson<SearchManifest>(`${config.searchShards}manifest.json`),
      searchShard(0),
    ]);
  } catch {
    // Without the search data the page stays as the server rendered it.
    return;
  }
  const assembled = new ShardAssembler(data.shards);
  // The records that have arrived, in the data's order without gaps: what renders search and filter.
  const records = assembled.records;
  // A record's place in the search data says which card shard holds its card.
  const position = new Map<string, number>();
  const engine = createListingSearch([], data.synonyms);
  const placeShard = (n: number, shard: SearchRecord[]) => {
    const { records: placed, firstPosition } = assembled.add(n, shard);
    placed.forEach((r, i) => position.set(r.id, firstPosition + i));
    engine.add(placed, firstPosition);
    return placed;
  };
  placeShard(0, firstShard);
  const shards = new Map<number, Promise<CardEntry[]>>();
  const loadShard = (shard: number) => {
    let loading = shards.get(shard);
    if (!loading) {
      loading = fetch(`${config.cards}${shard}.json`).then((r) => r.json() as Promise<CardEntry[]>);
      // A failed fetch may be tried again on the next render.
      loading.catch(() => shards.delete(shard));
      shards.set(shard, loading);
    }
    return loading;
  };
  const cardContext = {
    words: config.cardWords,
    kindLabels: config.kindLabels,
    href: (id: string) => config.listingBase.replace('__ID__', id),
  };
  /** Draws the cards of these results that are not in the page yet, fetching their shards. */
  async function drawCards(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !items.has(id));
    const wanted = [...new Set(missing.map((id) => Math.floor(position.get(id)! / CARD_SHARD_SIZE)))];
    const loaded = await Promise.all(wanted.map(loadShard));
    for (const entry of loaded.flat()) {
      if (items.has(entry.id) || !missing.includes(entry.id)) continue;
      const li = resultCard(document, entry, cardContext);
      adopt(li);
      const record = records[position.get(entry.id)!];
      if (record) updateBadge(record, li);
    }
  }
  const schoolIds = data.schools.map((s) => s.id);
  const holidays = new Set(data.holidays);
  const isHoliday = (date: string) => holidays.has(date);

  // Cards shown at once. Laying out thousands of cards costs the browser far
  // more than searching them, so results come in pages of this size.
  const pageSize = Math.max(1, Number(root.dataset.pageSize) || 30);
  let limit = pageSize;
  const showMoreWrap = must<HTMLElement>(root, '[data-show-more-wrap]');
  const showMore = must<HTMLButtonElement>(root, '[data-show-more]');

  let filters: FilterState = { ...EMPTY_FILTERS };
  let origin: Origin | undefined;
  let map: DirectoryMap | undefined;

  // --- form <-> state -------------------------------------------------------
  const checkboxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  function readForm(): FilterState {
    const checked = (name: string) =>
      checkboxes(name)
        .filter((c) => c.checked)
        .map((c) => c.value);
    const params = new URLSearchParams();
    for (const name of [PARAM.kind, PARAM.service, PARAM.age, PARAM.day])
      for (const v of checked(name)) params.append(name, v);
    for (const name of [PARAM.free, PARAM.noReservation, PARAM.volunteering, PARAM.includeInactive])
      if (checked(name).length) params.set(name, '1');
    params.set(PARAM.district, must<HTMLSelectElement>(form, '#directory-district').value);
    params.set(PARAM.near, must<HTMLSelectElement>(form, '#directory-near').value);
    params.set(PARAM.need, must<HTMLSelectElement>(form, '#directory-need').value);
    const open = form.querySelector<HTMLInputElement>('input[name="open"]:checked')?.value ?? '';
    params.set(PARAM.openOn, open === 'date' ? openDateInput.value : open);
    return filtersFromParams(params, schoolIds);
  }
  function writeForm(state: FilterState) {
    const set = (name: string, values: readonly string[]) => {
      for (const c of checkboxes(name)) c.checked = values.includes(c.value);
    };
    set(PARAM.kind, state.kinds);
    set(PARAM.service, state.services);
    set(PARAM.age, state.ages);
    set(PARAM.day, state.days);
    set(PARAM.free, state.free ? ['1'] : []);
    set(PARAM.noReservation, state.noReservation ? ['1'] : []);
    set(PARAM.volunteering, state.volunteering ? ['1'] : []);
    set(PARAM.includeInactive, state.includeInactive ? ['1'] : []);
    must<HTMLSelectElement>(form, '#directory-district').value = state.district;
    must<HTMLSelectElement>(form, '#directory-near').value = state.near;
    must<HTMLSelectElement>(form, '#directory-need').value = state.need;
    const isDate = /^\d{4}-/.test(state.openOn);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="open"]')) {
      radio.checked = isDate ? radio.value === 'date' : radio.value === state.openOn;
    }
    openDateInput.value = isDate ? state.openOn : '';
  }

  /** The URL holds the filters, and the typed text only when the user chose to share it. */
  function urlFor(state: FilterState): string {
    const params = filtersToParams(state, shareQuery.checked ? queryInput.value : '');
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}`;
  }

  // --- rendering ------------------------------------------------------------
  // Renders may overlap while card shards load: only the latest one paints.
  let generation = 0;
  async function render(): Promise<void> {
    const mine = ++generation;
    const hits = engine.search(queryInput.value);
    const rank = new Map<string, number>();
    hits?.forEach((hit, index) => rank.set(hit.id, index));
    const today = tokyoToday();
    const context = {
      openDate: resolveOpenOn(filters.openOn, today),
      isHoliday,
      schools: data.schools,
      nearbyRadiusM: data.nearbyRadiusM,
    };
    for (const node of openDateNodes) {
      write(node, openOnDateInWords(node.dataset.openDate!, today, words));
    }
    // Matches come ranked, so without an origin only they are filtered, not every record.
    let visible =
      hits && !origin
        ? hits.map((hit) => records[position.get(hit.id)!]!).filter((r) => passesFilters(r, filters, context))
        : records.filter((r) => passesFilters(r, filters, context) && (!hits || rank.has(r.id)));
    const distances = new Map<string, number>();
    if (origin) {
      for (const r of visible) {
        if (r.lat !== undefined && r.lng !== undefined)
          distances.set(
            r.id,
            distanceMetres(origin.point, measuringPoint({ lat: r.lat, lng: r.lng }, Boolean(r.radiusM))),
          );
      }
      // Places without a point (online) go last, in their previous order.
      visible = [...visible].sort((a, b) => (distances.get(a.id) ?? Infinity) - (distances.get(b.id) ?? Infinity));
    }
    const shown = visible.slice(0, limit);
    if (shown.some((r) => !items.has(r.id))) {
      // Said while cards are fetched, so a measurement waits for the painted results.
      rootState.busy = 'true';
      try {
        await drawCards(shown.map((r) => r.id));
      } catch {
        // Offline: the results whose cards could not be fetched are left out until the next render.
      }
      if (mine !== generation) return;
    }
    delete rootState.busy;
    const remaining = visible.length - shown.length;
    showMoreWrap.hidden = remaining <= 0;
    write(showMore, t.showMoreRemaining(remaining));
    // Only the shown cards stay in the document, in result order; the rest
    // wait, detached, in `items`. Thousands of hidden siblings would make the
    // browser rebuild the whole list's layout on every keystroke.
    let cursor = list.firstElementChild;
    for (const record of shown) {
      const li = items.get(record.id);
      if (!li) continue;
      if (li === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(li, cursor);
    }
    while (cursor) {
      const next = cursor.nextElementSibling;
      cursor.remove();
      cursor = next;
    }
    // Cards drawn here, or back from waiting detached, show their print-list buttons in today's state.
    document.dispatchEvent(new Event(CARDS_SHOWN));
    for (const record of shown) {
      const metres = distances.get(record.id);
      const distanceText =
        metres === undefined
          ? ''
          : `${t.distanceFrom(origin!.label, formatDistance(metres, words))}${record.radiusM ? t.approximate : ''}`;
      const distance = distanceNodes.get(record.id);
      if (distance) {
        write(distance, distanceText);
        distance.hidden = distanceText === '';
      }
    }
    const sortNote = visible.length === 0 ? '' : origin ? t.sortedFrom(origin.label) : hits ? t.sortedByMatch : '';
    // The count is of places a family can go to; paused and closed ones shown on request are said apart.
    const going = visible.filter((r) => r.status === 'active').length;
    const others = visible.length > going ? t.alsoInactive : '';
    write(count, `${t.count(going)}${sortNote}${others}`);
    empty.hidden = visible.length > 0;
    const active = filtersToParams(filters).toString().split('&').filter(Boolean).length;
    write(filterCount, active > 0 ? t.filterCount(active) : '');
    // The agenda view takes the same filters.
    const agendaParams = filtersToParams({ ...filters, openOn: '' }).toString();
    agendaLink.href = `${agendaBase}${agendaParams ? `?${agendaParams}` : ''}`;
    write(agendaLink, agendaParams ? t.agendaLinkFiltered : t.agendaLink);
    map?.show(new Set(visible.map((r) => r.id)));
    map?.setOrigin(origin?.point);
  }

  /** A new question starts again from the first page of results. */
  function resetPaging() {
    limit = pageSize;
  }

  function applyFormChange() {
    resetPaging();
    filters = readForm();
    history.pushState(null, '', urlFor(filters));
    void render();
  }

  function applyUrl(): Promise<void> {
    resetPaging();
    const params = new URLSearchParams(location.search);
    filters = filtersFromParams(params, schoolIds);
    writeForm(filters);
    // Places near a school read nearest that school first, as its page lists them.
    const nearSchool = data.schools.find((s) => s.id === filters.near);
    if (nearSchool && !origin) {
      originSchool.value = nearSchool.id;
      origin = { point: nearSchool, label: nearSchool.name };
      originClear.hidden = false;
    }
    const shared = params.get(PARAM.query);
    if (shared !== null) {
      queryInput.value = shared;
      shareQuery.checked = true;
    }
    return render();
  }

  // --- events ---------------------------------------------------------------
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === queryInput || target === originSchool || target === shareQuery) return;
    if (target === openDateInput) {
      const dateRadio = form.querySelector<HTMLInputElement>('input[name="open"][value="date"]');
      if (dateRadio) dateRadio.checked = openDateInput.value !== '';
    }
    applyFormChange();
  });
  queryInput.addEventListener('input', () => {
    resetPaging();
    if (shareQuery.checked) history.replaceState(null, '', urlFor(filters));
    void render();
  });
  shareQuery.addEventListener('change', () => history.replaceState(null, '', urlFor(filters)));
  window.addEventListener('popstate', () => void applyUrl());
  showMore.addEventListener('click', async () => {
    // Focus moves to the first newly shown card, so keyboard users continue from there.
    const firstNew = limit;
    limit += pageSize;
    await render();
    list.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  must<HTMLButtonElement>(form, '[data-clear]').addEventListener('click', () => {
    writeForm(EMPTY_FILTERS);
    applyFormChange();
  });

  function setOrigin(next: Origin | undefined, message = '') {
    resetPaging();
    origin = next;
    originClear.hidden = !origin;
    write(nearStatus, message);
    void render();
  }
  originSchool.addEventListener('change', () => {
    const school = data.schools.find((s) => s.id === originSchool.value);
    setOrigin(
      school ? { point: school, label: school.name } : undefined,
      school ? t.sortedFromSchool(school.name) : '',
    );
  });
  originClear.addEventListener('click', () => {
    originSchool.value = '';
    setOrigin(undefined, t.sortedByName);
  });
  must<HTMLButtonElement>(form, '[data-near-me]').addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      write(nearStatus, t.noGeolocation);
      return;
    }
    write(nearStatus, t.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        originSchool.value = '';
        setOrigin(
          { point: { lat: position.coords.latitude, lng: position.coords.longitude }, label: t.here },
          t.sortedFromHere,
        );
      },
      () => {
        write(nearStatus, t.locationFailed);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });

  // --- map --------------------------------------------------------------------
  const mapSection = must<HTMLElement>(root, '[data-map-section]');
  const mapToggle = must<HTMLButtonElement>(mapSection, '[data-map-toggle]');
  const mapPanel = must<HTMLElement>(mapSection, '[data-map-panel]');
  mapToggle.addEventListener('click', async () => {
    const opening = mapPanel.hidden;
    mapPanel.hidden = !opening;
    mapToggle.setAttribute('aria-expanded', String(opening));
    write(mapToggle, opening ? t.mapClose : t.mapOpen);
    if (!opening || map) {
      map?.refresh();
      return;
    }
    // Leaflet and the map code load only now, so the list page stays light;
    // the map shows every listing, so it waits for every shard.
    const [{ createDirectoryMap }] = await Promise.all([import('./directory-map.ts'), everything]);
    map = await createDirectoryMap(must<HTMLElement>(mapSection, '[data-map]'), {
      ...config,
      records,
      names: new Map(records.map((r) => [r.id, r.display.name])),
      words: t,
      listingUrl: (id) => config.listingBase.replace('__ID__', id),
      onPick: (point) => {
        originSchool.value = '';
        setOrigin({ point, label: t.mapPoint }, t.sortedFromMapPoint);
      },
    });
    void render();
  });

  // --- today's badges -------------------------------------------------------
  // 本日開催 / 本日は終了しました / 今週開催 for the day and time the page is
  // read in Tokyo, not the day it was built.
  function updateBadge(record: SearchRecord, li: HTMLElement, now = new Date()) {
    const today = tokyoToday(now);
    const time = tokyoTimeOfDay(now);
    const node = li.querySelector<HTMLElement>('[data-card-badge]');
    if (!node) return;
    const badge =
      record.status === 'active'
        ? dayBadge(expandSessions(record.schedule, today, endOfWeek(today), isHoliday), today, time)
        : undefined;
    write(node, badgeInWords(badge, words));
    node.hidden = !badge;
    node.classList.toggle('day-badge--ended', badge === 'today-ended');
  }
  /** Only the cards drawn so far: the others get theirs when drawn. */
  function updateBadges() {
    const now = new Date();
    for (const [id, li] of items) {
      const record = records[position.get(id) ?? -1];
      if (record) updateBadge(record, li, now);
    }
  }
  updateBadges();
  // A tab left open overnight, or past closing time, is brought up to date when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    updateBadges();
    void render();
  });

  // --- the other shards ------------------------------------------------------
  // In the background, a few at a time: the search records first (results
  // over what has arrived until then, all of them once the last arrives),
  // then every card shard, so no later keystroke waits for a card.
  const cardShards = Math.ceil(data.total / CARD_SHARD_SIZE);
  async function loadEverything(): Promise<void> {
    await ready;
    try {
      await inTurn(data.shards - 1, SHARDS_AT_ONCE, async (i) => {
        // The server's cards of a later page get today's badge once their records arrive.
        for (const record of placeShard(i + 1, await searchShard(i + 1))) {
          const li = items.get(record.id);
          if (li) updateBadge(record, li);
        }
      });
    } catch {
      // Offline with shards not stored: search covers those that arrived.
    }
    if (data.shards > 1) await render();
    await inTurn(cardShards, SHARDS_AT_ONCE, (n) => loadShard(n).catch(() => undefined));
  }
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const everything = loadEverything();

  // --- start ------------------------------------------------------------------
  // Paused and closed places now join the one list, shown by 「休止中・終了した場所も表示」.
  root.querySelector('[data-inactive-listings]')?.remove();
  // The script pages through results itself (「さらに表示」), so the server's page links and range give way.
  for (const node of root.querySelectorAll<HTMLElement>('[data-pagination], [data-page-range]')) node.hidden = true;
  // The kind links are replaced by the richer filters once they work.
  must<HTMLElement>(root, '.kind-filter').hidden = true;
  form.hidden = false;
  mapSection.hidden = false;
  if (!isEmpty(filtersFromParams(new URLSearchParams(location.search), schoolIds))) {
    must<HTMLDetailsElement>(form, '[data-filters]').open = true;
  }
  // The first results, painted from the first shard, their cards drawn.
  await applyUrl();
  rootState.firstResults = 'true';
  markReady();
  await everything;
  // Ready once every listing can be found and its card drawn without the network.
  rootState.ready = 'true';
}

/** Runs `task` over 0…count-1, `width` at a time, in order of asking. */
async function inTurn(count: number, width: number, task: (n: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}

export type { SearchRecord };
