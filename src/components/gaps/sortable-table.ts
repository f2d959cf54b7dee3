/**
 * Sorting for a server-rendered table: each column heading with a
 * `data-sort-key` becomes a button; pressing it sorts the rows by the cells'
 * `data-sort-value`, or a count cell's `data-count` (numbers where the
 * heading is `data-numeric`), flipping
 * the order on a second press. `aria-sort` marks the sorted column and a
 * polite live region says what happened. Without scripts the table stays in
 * its built order and nothing here runs. The words are the page's language's,
 * loaded before the buttons appear. A table cut into pages
 * (`data-sort-scope="page"`) sorts the rows it holds, and says so.
 */
import { ruby, setRubyText, withoutRuby } from '../../core/ruby.ts';
import { loadGaps } from '../../i18n/load-words.ts';
import { documentLocale } from '../../i18n/locales.ts';
import type { Messages } from '../../i18n/messages.ts';

type Order = 'ascending' | 'descending';

/** An element's words as marked text: `<ruby>` becomes its marks again, so the readings reach the announcement. */
function markedText(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child instanceof HTMLElement && child.localName === 'ruby') {
      const reading = child.querySelector('rt')?.textContent ?? '';
      const base = [...child.childNodes]
        .filter((n) => !(n instanceof HTMLElement && (n.localName === 'rt' || n.localName === 'rp')))
        .map((n) => n.textContent ?? '')
        .join('');
      out += reading ? ruby(base, reading) : base;
    } else if (child instanceof HTMLElement) out += markedText(child);
    else out += child.textContent ?? '';
  }
  return out;
}

function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return cell?.dataset.sortValue ?? cell?.dataset.count ?? cell?.textContent ?? '';
}

export function startSortableTable(table: HTMLTableElement): void {
  void loadGaps(documentLocale(document)).then((gaps) => makeSortable(table, gaps));
}

function makeSortable(table: HTMLTableElement, gaps: Messages['gaps']): void {
  const body = table.tBodies[0];
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  const status = table.closest('section')?.querySelector<HTMLElement>('[data-sort-status]');
  if (!body) {
    table.dataset.ready = 'true';
    return;
  }
  const collator = new Intl.Collator('ja');
  const sortedBy = table.dataset.sortScope === 'page' ? gaps.sortedByOnPage : gaps.sortedBy;
  headings.forEach((heading, index) => {
    if (!heading.dataset.sortKey) return;
    // The heading as built moves into the button; its name is the base text.
    const label = markedText(heading).trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...heading.childNodes);
    // A button's visible text must be part of its name (WCAG 2.5.3) and a reading is not, so the
    // heading keeps its base text only once it is a button.
    for (const reading of button.querySelectorAll('rt')) reading.remove();
    button.setAttribute('aria-label', withoutRuby(gaps.sortBy(label)));
    heading.replaceChildren(button);
    const numeric = heading.hasAttribute('data-numeric');
    button.addEventListener('click', () => {
      // Counts are most useful fewest first (where something is missing); names in reading order.
      const order: Order = heading.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      const sign = order === 'ascending' ? 1 : -1;
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = cellValue(a, index);
        const y = cellValue(b, index);
        const byValue = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        // Ties keep reading order, so the same press always gives the same table.
        return sign * byValue || collator.compare(cellValue(a, 0), cellValue(b, 0));
      });
      body.append(...rows);
      for (const other of headings) other.removeAttribute('aria-sort');
      heading.setAttribute('aria-sort', order);
      if (status) setRubyText(status, sortedBy(label, (numeric ? gaps.sortNumbers : gaps.sortText)[order]));
    });
  });
  // Ready once every sortable heading is a button, so a check of the page as a reader meets it can wait for that.
  table.dataset.ready = 'true';
}
