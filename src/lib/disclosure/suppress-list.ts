import type { PublishedCell } from './cell.ts';
import type { DisclosurePolicy } from './policy.ts';
import { suppressTable } from './suppress-table.ts';

/** Raw counts of a one-way list; the total is computed here. */
export interface CountList {
  readonly labels: readonly string[];
  readonly counts: readonly number[];
}

/** Options for suppressList. */
export interface SuppressListOptions {
  readonly policy?: Partial<DisclosurePolicy>;
  /** Declares zeros that every reader knows to be impossible. */
  readonly isStructuralZero?: (index: number) => boolean;
}

/** A list ready for publication: items, total and the rounding footnote. */
export interface PublishedList {
  readonly items: readonly { readonly label: string; readonly cell: PublishedCell }[];
  readonly total: PublishedCell;
  readonly note: string;
  readonly noteEn: string;
}

/** Applies primary suppression, complementary suppression and rounding to a list with a total. */
export function suppressList(list: CountList, options: SuppressListOptions = {}): PublishedList {
  const { isStructuralZero } = options;
  // A list is a one-row table: its column totals merely repeat the cells, so the table algorithm covers it exactly.
  const table = suppressTable(
    { rowLabels: [''], columnLabels: list.labels, counts: [list.counts] },
    { policy: options.policy, isStructuralZero: isStructuralZero && ((_row, column) => isStructuralZero(column)) },
  );
  return {
    items: list.labels.map((label, j) => ({ label, cell: table.cells[0]![j]! })),
    total: table.rowTotals[0]!,
    note: table.note,
    noteEn: table.noteEn,
  };
}
