/**
 * Draws the print list from this browser's selection (or a shared `?ids=`),
 * with a QR code per listing and one for the whole list. Listing text is set
 * as text; the QR codes are SVG made here from the listing's URL.
 */
import { idsFromParam, selectionStore } from '../../lib/selection.ts';
import type { PrintEntry } from '../../lib/print-entry.ts';
import { qrSvg } from '../../lib/qr.ts';

interface PrintConfig {
  printData: string;
  printUrl: string;
}

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
  if (text !== undefined) node.textContent = text;
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
  const store = selectionStore(storage());
  const shared = new URLSearchParams(location.search).has('ids')
    ? idsFromParam(new URLSearchParams(location.search).get('ids'))
    : undefined;

  let entries: Record<string, PrintEntry>;
  try {
    entries = (await (await fetch(config.printData)).json()) as Record<string, PrintEntry>;
  } catch {
    list.replaceChildren(
      el('li', '', '掲載情報を読み込めませんでした。通信の状態を確かめて、もう一度開いてください。'),
    );
    return;
  }

  function render() {
    const selection = store.read();
    const ids = (shared ?? selection.ids).filter((id) => entries[id]);
    must('[data-shared-notice]').hidden = shared === undefined;
    must('[data-note-field]').hidden = shared !== undefined;
    must('[data-actions]').hidden = ids.length === 0;
    must('[data-empty-list]').hidden = ids.length > 0;
    footer.hidden = ids.length === 0;
    const note = shared ? '' : selection.note;
    notePrint.textContent = note;
    notePrint.hidden = note.trim() === '';

    list.replaceChildren(
      ...ids.map((id) => {
        const entry = entries[id]!;
        const item = el('li', 'print-item');
        item.dataset.listingId = id;
        const text = el('div', 'print-item__text');
        text.append(el('h2', 'print-item__name', entry.name), el('p', 'print-item__kind', entry.kind));
        const facts = el('dl', 'print-item__facts');
        const add = (label: string, value: string | undefined) => {
          if (!value) return;
          const row = el('div', '');
          row.append(el('dt', '', label), el('dd', '', value));
          facts.append(row);
        };
        add('日時', [...entry.schedule, entry.scheduleNote].filter(Boolean).join(' ／ '));
        add('料金', entry.cost);
        add('電話', entry.phone);
        add('場所', entry.place);
        text.append(facts);
        if (!shared) {
          const remove = el('button', 'button-secondary no-print', 'リストから外す');
          remove.type = 'button';
          // One of these per place: the hidden name tells them apart for screen readers.
          remove.append(el('span', 'visually-hidden', `：${entry.name}`));
          remove.addEventListener('click', () => {
            store.toggle(id);
            render();
            must<HTMLElement>('h1').focus();
          });
          text.append(remove);
        }
        item.append(text, qrNode(entry.url, `${entry.name}のページの QR コード`));
        return item;
      }),
    );

    const listUrl = `${config.printUrl}?ids=${ids.join(',')}`;
    must('[data-list-qr]').replaceChildren(qrNode(listUrl, 'このリストの QR コード'));
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
    location.replace(location.pathname);
  });
  must<HTMLElement>('h1').tabIndex = -1;
  render();
  root.dataset.ready = 'true';
}
