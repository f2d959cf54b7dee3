/** Draws the saved places (links and the day they were saved) and runs the print list's save and delete buttons. */
import { setRubyText } from '../../core/ruby.ts';
import { documentLocale } from '../../i18n/locales.ts';
import { loadOffline, savedOnWords } from './load-offline.ts';
import { readSaved, removeSaved, savePages, type SavedIndex } from './saved-store.ts';

function draw(section: HTMLElement, saved: SavedIndex | undefined, t: Awaited<ReturnType<typeof loadOffline>>): void {
  const list = section.querySelector<HTMLElement>('[data-saved-pages]')!;
  section.hidden = !saved || saved.pages.length === 0;
  if (!saved) return list.replaceChildren();
  setRubyText(section.querySelector('[data-saved-on]')!, savedOnWords(t, saved.savedAt));
  list.replaceChildren(
    ...saved.pages.map((page) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = page.href;
      a.textContent = page.name;
      li.append(a);
      return li;
    }),
  );
}

export async function showSavedList(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-saved-list]');
  if (!section) return;
  const base = section.dataset.base!;
  const t = await loadOffline(documentLocale(document));
  draw(section, await readSaved(base), t);
  section.dataset.ready = 'true';
  addEventListener('saved-pages-changed', () => void readSaved(base).then((saved) => draw(section, saved, t)));
}

/** The print list's 「この端末に保存」: stores exactly the listed places' pages, and deletes them on request. */
export async function startSaveOnDevice(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-save-on-device]');
  if (!root) return;
  const base = root.dataset.base!;
  const t = await loadOffline(documentLocale(document));
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  const say = (text: string) => setRubyText(status, text);
  if (!('caches' in window) || !('serviceWorker' in navigator)) {
    root.querySelector<HTMLElement>('[data-save-controls]')!.hidden = true;
    return say(t.unsupported);
  }
  const save = root.querySelector<HTMLButtonElement>('[data-save]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-remove-saved]')!;
  const everything = root.querySelector<HTMLInputElement>('[data-remove-everything]')!;
  const changed = () => dispatchEvent(new Event('saved-pages-changed'));
  // Deleting everything (the shell and the worker too) is always offered; saved pages only when there are some.
  const refresh = async () => {
    remove.disabled = !everything.checked && !(await readSaved(base));
  };
  everything.addEventListener('change', () => void refresh());
  save.addEventListener('click', async () => {
    // The places on the list as drawn, so what is saved is what the family sees.
    const pages = [...document.querySelectorAll<HTMLElement>('.print-item')].map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('.print-item__name a')!;
      // The name as read, without furigana readings.
      const name = link.cloneNode(true) as HTMLElement;
      name.querySelectorAll('rt, rp').forEach((node) => node.remove());
      return { href: link.pathname, name: name.textContent?.trim() ?? '' };
    });
    if (pages.length === 0) return;
    save.disabled = true;
    say(t.saving);
    try {
      await savePages(base, pages);
      say(t.saved(pages.length));
    } catch {
      say(t.saveFailed);
    }
    save.disabled = false;
    await refresh();
    changed();
  });
  remove.addEventListener('click', async () => {
    await removeSaved(everything.checked);
    say(t.removed);
    await refresh();
    changed();
  });
  await refresh();
  root.dataset.ready = 'true';
}
