/**
 * Draws the print list from this browser's selection (or a shared `?ids=`):
 * each place a link to its page, its phone a link that calls, its next dates
 * worked out for today in Tokyo, a QR code per place and one for the whole
 * list. Listing text is set as text; the QR codes are SVG made here from the
 * listing's URL.
 */
import { tokyoToday } from '../../core/civil-date.ts';
import { hasRuby, setRubyText, withoutRuby } from '../../core/ruby.ts';
import { loadFacts } from '../../i18n/load-facts.ts';
import { loadPrint } from '../../i18n/load-words.ts';
import { LANGUAGE_MARKS, withoutLanguageMarks } from '../../core/language-marks.ts';
import { writeMarked } from '../marked-text.ts';
import { documentLocale } from '../../i18n/locales.ts';
import type { PrintEntry } from '../../lib/print-entry.ts';
import { qrSvg } from '../../lib/qr.ts';
import { nextSessions } from '../../lib/schedule/expand.ts';
import { sessionInWords } from '../../lib/schedule/session-words.ts';
import { idsFromParam, selectionStore } from '../../lib/selection.ts';
import { telHref } from '../../core/tel.ts';

interface PrintConfig {
  printData: string;
  printUrl: string;
  listingBase: string;
  holidays: string[];
}

const isMarked = (text: string) => hasRuby(text) || LANGUAGE_MARKS.test(text);

/** Next dates shown for each place: enough to plan a visit, few enough for four places on a sheet. */
const NEXT_DATES = 2;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) writeMarked(node, text);
  return node;
}

/** An SVG we made ourselves from a URL: safe to insert as markup. */
function qrNode(url: string, label: string): HTMLElement {
  const box = el('div', 'qr');
  box.innerHTML = qrSvg(url, label);
  box.dataset.qrFor = url;
  return box;
}

export async function startPrintList(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-print-page]');
  if (!root) return;
  const config = JSON.parse(root.dataset.config ?? '{}') as PrintConfig;
  const must = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const list = must<HTMLOListElement>('[data-print-list]');
  const noteInput = must<HTMLTextAreaElement>('[data-note]');
  const notePrint = must<HTMLElement>('[data-note-print]');
  const footer = must<HTMLElement>('[data-print-footer]');
  const title = must<HTMLElement>('[data-print-title]');
  const store = selectionStore(storage());
  const params = new URLSearchParams(location.search);
  const shared = params.has('ids') ? idsFromParam(params.get('ids')) : undefined;
  const holidays = new Set(config.holidays);
  const today = tokyoToday();
  // Dates, next dates and the list's own words in the page's language; only that locale's are loaded.
  const locale = documentLocale(document);
  const [words, { print: t, selection: selectionWords }] = await Promise.all([loadFacts(locale), loadPrint(locale)]);

  // The family's page first: what a shared list says on screen, and what it offers.
  root.classList.toggle('print-page--shared', shared !== undefined);
  must('[data-title-own]').hidden = shared !== undefined;
  must('[data-title-shared]').hidden = shared === undefined;
  must('[data-intro-own]').hidden = shared !== undefined;
  must('[data-intro-shared]').hidden = shared === undefined;
  must('[data-tools-shared]').hidden = shared === undefined;
  must('[data-note-field]').hidden = shared !== undefined;
  must('[data-clear-list]').hidden = shared !== undefined;
  setRubyText(must('[data-print-date]'), t.made(words.date(today)));
  if (params.has('kept')) {
    must('[data-kept-notice]').hidden = false;
    history.replaceState(null, '', location.pathname);
  }

  let entries: Record<string, PrintEntry>;
  try {
    entries = (await (await fetch(config.printData)).json()) as Record<string, PrintEntry>;
  } catch {
    list.replaceChildren(el('li', '', t.loadFailed));
    return;
  }

  function item(id: string, entry: PrintEntry): HTMLLIElement {
    const li = el('li', 'print-item');
    li.dataset.listingId = id;
    const text = el('div', 'print-item__text');
    const heading = el('h2', 'print-item__name');
    const link = el('a', '', entry.name);
    link.href = `${config.listingBase}${id}/`;
    heading.append(link);
    text.append(heading, el('p', 'print-item__kind', entry.kind));
    const facts = el('dl', 'print-item__facts');
    const row = (label: string, ...content: Array<Node | string>) => {
      const div = el('div', '');
      const dd = el('dd', '');
      // Words with furigana or a language mark become elements; plain text stays a text node.
      dd.append(...content.map((c) => (typeof c === 'string' && isMarked(c) ? el('span', '', c) : c)));
      div.append(el('dt', '', label), dd);
      facts.append(div);
      return div;
    };
    const next = nextSessions(entry.sessions, today, NEXT_DATES, (date) => holidays.has(date));
    if (next.length > 0)
      row(t.next, next.map((s) => sessionInWords(s, words)).join(t.nextSeparator)).dataset.nextDates = '';
    const schedule = [...entry.schedule, entry.scheduleNote].filter(Boolean).join(t.scheduleSeparator);
    if (schedule) row(t.when, schedule);
    row(t.where, entry.place);
    if (entry.cost) row(t.cost, entry.cost);
    if (entry.phone) {
      const call = el('a', 'phone-link call-link', entry.phone);
      call.href = telHref(entry.phone);
      row(t.phone, call, ...(entry.phoneHours ? [el('span', 'facts__sub', entry.phoneHours)] : []));
    }
    row(t.verified, words.date(entry.verified));
    text.append(facts);
    if (!shared) {
      const remove = el('button', 'button-secondary no-print', t.remove);
      remove.type = 'button';
      remove.append(el('span', 'visually-hidden', selectionWords.of(entry.name)));
      remove.addEventListener('click', () => {
        store.toggle(id);
        render();
        title.focus();
      });
      text.append(remove);
    }
    li.append(text, qrNode(entry.url, withoutRuby(withoutLanguageMarks(t.qr(entry.name)))));
    return li;
  }

  function render() {
    const selection = store.read();
    const ids = (shared ?? selection.ids).filter((id) => entries[id]);
    must('[data-print-tools]').hidden = ids.length === 0;
    must('[data-empty-list]').hidden = ids.length > 0;
    footer.hidden = ids.length === 0;
    const note = shared ? '' : selection.note;
    notePrint.textContent = note;
    notePrint.hidden = note.trim() === '';
    list.replaceChildren(...ids.map((id) => item(id, entries[id]!)));
    const listUrl = `${config.printUrl}?ids=${ids.join(',')}`;
    must('[data-list-qr]').replaceChildren(qrNode(listUrl, withoutRuby(t.listQr)));
  }

  noteInput.value = store.read().note;
  noteInput.addEventListener('input', () => {
    store.setNote(noteInput.value);
    notePrint.textContent = noteInput.value;
    notePrint.hidden = noteInput.value.trim() === '';
  });
  must('[data-print]').addEventListener('click', () => window.print());
  must('[data-clear-list]').addEventListener('click', () => {
    store.clear();
    noteInput.value = '';
    render();
  });
  must('[data-keep-shared]').addEventListener('click', () => {
    store.write({ ids: (shared ?? []).filter((id) => entries[id]), note: '' });
    location.replace(`${location.pathname}?kept=1`);
  });
  title.tabIndex = -1;
  render();
  root.dataset.ready = 'true';
}
