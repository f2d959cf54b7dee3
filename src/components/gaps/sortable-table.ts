/**
 * Sorting for a server-rendered table: each column heading with a
 * `data-sort-key` becomes a button; pressing it sorts the rows by the cells'
 * `data-sort-value` (numbers where the heading is `data-numeric`), flipping
 * the order on a second press. `aria-sort` marks the sorted column and a
 * polite live region says what happened. Without scripts the table stays in
 * its built order and nothing here runs.
 */
import { gaps } from '../../i18n/ja/gaps.ts';

type Order = 'ascending' | 'descending';

function cellValue(row: HTMLTableRowElement, index: number): string {
  return row.cells[index]?.dataset.sortValue ?? row.cells[index]?.textContent ?? '';
}

export function startSortableTable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  const status = table.closest('section')?.querySelector<HTMLElement>('[data-sort-status]');
  if (!body) return;
  const collator = new Intl.Collator('ja');
  headings.forEach((heading, index) => {
    if (!heading.dataset.sortKey) return;
    const label = heading.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = label;
    button.setAttribute('aria-label', gaps.sortBy(label));
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
      if (status) status.textContent = gaps.sortedBy(label, (numeric ? gaps.sortNumbers : gaps.sortText)[order]);
    });
  });
}
