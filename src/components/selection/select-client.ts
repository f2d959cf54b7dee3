/**
 * Shows the 「印刷リストに入れる」 buttons and the header's link to the print
 * list, and keeps them in step with the list in this browser's storage.
 */
import { CARDS_SHOWN, selectionStore } from '../../lib/selection.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function startSelection(): void {
  const store = selectionStore(storage());
  const link = document.querySelector<HTMLAnchorElement>('[data-selection-link]');
  const count = link?.querySelector<HTMLElement>('[data-selection-count]');
  // Looked up on every paint: the directory draws cards (and their buttons) after load.
  const buttons = () => document.querySelectorAll<HTMLButtonElement>('[data-select-id]');

  function paint() {
    const { ids } = store.read();
    for (const button of buttons()) {
      const chosen = ids.includes(button.dataset.selectId!);
      button.setAttribute('aria-pressed', String(chosen));
      // Only the visible words change: the hidden place name after them stays.
      button.querySelector('[data-select-label]')!.textContent = chosen
        ? button.dataset.labelAdded!
        : button.dataset.labelAdd!;
      button.hidden = false;
    }
    if (link && count) {
      count.textContent = String(ids.length);
      // The header stays uncluttered until something is chosen.
      link.hidden = ids.length === 0;
    }
  }

  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-select-id]');
    if (!button) return;
    store.toggle(button.dataset.selectId!);
    paint();
  });
  // Cards drawn by a script announce themselves, so their buttons show and say their state.
  document.addEventListener(CARDS_SHOWN, paint);
  // Another tab changed the list.
  window.addEventListener('storage', paint);
  paint();
}
