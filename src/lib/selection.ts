/**
 * The print list: listings a user ticked and an optional note, kept in this
 * browser's localStorage only. Nothing here is ever sent anywhere.
 */
import { ID_PATTERN } from '../core/ids.ts';

export interface Selection {
  ids: string[];
  note: string;
}

export const SELECTION_KEY = 'kodomo-map:selection';
const EMPTY: Selection = { ids: [], note: '' };

export const NOTE_MAX_CHARS = 500;

export function parseSelection(raw: string | null): Selection {
  if (!raw) return { ...EMPTY, ids: [] };
  try {
    const value = JSON.parse(raw) as Partial<Selection>;
    const ids = Array.isArray(value.ids)
      ? value.ids.filter((id) => typeof id === 'string' && id.length <= 80 && ID_PATTERN.test(id))
      : [];
    const note = typeof value.note === 'string' ? value.note.slice(0, NOTE_MAX_CHARS) : '';
    return { ids: [...new Set(ids)], note };
  } catch {
    return { ...EMPTY, ids: [] };
  }
}

/** Ids from a shared list's URL (`?ids=a,b`), in order, valid ones only. */
export function idsFromParam(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').filter((id) => id.length <= 80 && ID_PATTERN.test(id)))];
}

/** Storage that may be unavailable (private modes, blocked storage): then the list lives for the page only. */
export function selectionStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined) {
  let memory = parseSelection(null);
  const read = (): Selection => {
    try {
      return storage ? parseSelection(storage.getItem(SELECTION_KEY)) : memory;
    } catch {
      return memory;
    }
  };
  const write = (next: Selection) => {
    memory = next;
    try {
      storage?.setItem(SELECTION_KEY, JSON.stringify(next));
    } catch {
      // Kept in memory only.
    }
  };
  return {
    read,
    write,
    toggle(id: string): boolean {
      const current = read();
      const has = current.ids.includes(id);
      write({ ...current, ids: has ? current.ids.filter((x) => x !== id) : [...current.ids, id] });
      return !has;
    },
    setNote(note: string) {
      write({ ...read(), note: note.slice(0, NOTE_MAX_CHARS) });
    },
    clear() {
      write({ ids: [], note: '' });
    },
  };
}

/** The event a script fires on `document` after putting cards with 「印刷リストに入れる」 buttons in the page. */
export const CARDS_SHOWN = 'cards-shown';
