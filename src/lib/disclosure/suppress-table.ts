import { ROUNDING_NOTE, ROUNDING_NOTE_EN, suppressedCell, valueCell, type PublishedCell } from './cell.ts';
import { resolvePolicy, type DisclosurePolicy } from './policy.ts';
import { assertCount, isPrimary, roundToStep } from './round-count.ts';
import { addSecondarySuppression } from './secondary-suppression.ts';

/** Raw counts of a two-way table; `counts[row][column]`, margins are computed here. */
export interface CountTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly counts: readonly (readonly number[])[];
}

/** Options for suppressTable. */
export interface SuppressTableOptions {
  readonly policy?: Partial<DisclosurePolicy>;
  /** Declares zeros that every reader knows to be impossible (e.g. a combination that cannot occur). */
  readonly isStructuralZero?: (row: number, column: number) => boolean;
}

/** A table ready for publication: cells, margins and the rounding footnote. */
export interface PublishedTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly cells: readonly (readonly PublishedCell[])[];
  readonly rowTotals: readonly PublishedCell[];
  readonly columnTotals: readonly PublishedCell[];
  readonly grandTotal: PublishedCell;
  readonly note: string;
  readonly noteEn: string;
}

/** Applies primary suppression, complementary suppression and rounding to a two-way table with all margins. */
export function suppressTable(table: CountTable, options: SuppressTableOptions = {}): PublishedTable {
  const policy = resolvePolicy(options.policy);
  const { rowLabels, columnLabels, counts } = table;
  const m = rowLabels.length;
  const n = columnLabels.length;
  if (counts.length !== m || counts.some((row) => row.length !== n)) {
    throw new RangeError(`Counts must be a ${m} × ${n} matrix matching the labels`);
  }
  counts.forEach((row) => row.forEach(assertCount));
  // Margins come from the raw counts, never from rounded cells, so totals are exact before they are rounded.
  const withRowTotals = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const marginRow = Array.from({ length: n + 1 }, (_, j) => withRowTotals.reduce((sum, row) => sum + row[j]!, 0));
  const values = [...withRowTotals, marginRow];
  const locked = values.map((row, i) =>
    row.map((v, j) => i < m && j < n && v === 0 && (options.isStructuralZero?.(i, j) ?? false)),
  );
  const primary = values.map((row, i) => row.map((v, j) => isPrimary(v, policy, locked[i]![j])));
  const hidden = addSecondarySuppression(values, primary, locked);
  const published = values.map((row, i) =>
    row.map((v, j): PublishedCell => {
      if (primary[i]![j]) return suppressedCell('primair', policy, `<${policy.minCount}`);
      if (hidden[i]![j]) return suppressedCell('secundair', policy);
      return valueCell(roundToStep(v, policy.rounding));
    }),
  );
  return {
    rowLabels,
    columnLabels,
    cells: published.slice(0, m).map((row) => row.slice(0, n)),
    rowTotals: published.slice(0, m).map((row) => row[n]!),
    columnTotals: published[m]!.slice(0, n),
    grandTotal: published[m]![n]!,
    note: ROUNDING_NOTE,
    noteEn: ROUNDING_NOTE_EN,
  };
}
