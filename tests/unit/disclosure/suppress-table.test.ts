import { describe, expect, it } from 'vitest';
import { addSecondarySuppression, suppressTable, type PublishedTable } from '../../../src/lib/disclosure/index.ts';

/** Renders a published table as display strings, with the row totals as the last column and the column totals as the last row. */
const render = (t: PublishedTable): string[][] => [
  ...t.cells.map((row, i) => [...row.map((c) => c.display), t.rowTotals[i]!.display]),
  [...t.columnTotals.map((c) => c.display), t.grandTotal.display],
];
const table = (counts: number[][]) => ({
  rowLabels: counts.map((_, i) => `r${i}`),
  columnLabels: (counts[0] ?? []).map((_, j) => `k${j}`),
  counts,
});

describe('suppressTable', () => {
  it('shows a table without small counts rounded, with exact-sum margins rounded separately', () => {
    const t = suppressTable(table([[12, 13], [22, 23]]));
    expect(render(t)).toEqual([
      ['10', '15', '25'],
      ['20', '25', '45'],
      ['35', '35', '70'],
    ]);
    expect(t.note).toBe('Afgeronde aantallen tellen niet altijd op tot het totaal.');
    expect(t.noteEn).toBe('Rounded counts do not always add up to the total.');
    expect(t.rowLabels).toEqual(['r0', 'r1']);
  });

  it('forces secondary suppression in the row and column of one small cell in a 3x3 table', () => {
    const t = suppressTable(table([[5, 12, 40], [14, 11, 30], [50, 45, 60]]));
    // 5 is primary; 12 is the smallest partner in its row, 14 in its column, and 11 closes both remaining lines.
    expect(render(t)).toEqual([
      ['<10', '…', '40', '55'],
      ['…', '…', '30', '55'],
      ['50', '45', '60', '155'],
      ['70', '70', '130', '265'],
    ]);
    expect(t.cells[0]![0]).toMatchObject({ kind: 'suppressed', reason: 'primair' });
    expect(t.cells[1]![1]).toEqual({
      kind: 'suppressed',
      reason: 'secundair',
      display: '…',
      explanation: 'Verborgen zodat een ander verborgen getal niet uit de totalen kan worden afgeleid.',
      explanationEn: 'Hidden so that another hidden number cannot be derived from the totals.',
    });
  });

  it('prefers a partner that also covers its crossing line over a smaller one that does not', () => {
    // After 5 and 12 (row 0) and 14 (column 0) are hidden, column 1 picks 60 because row 1 then has two hidden cells.
    const t = suppressTable(table([[5, 12, 40], [14, 60, 30], [50, 45, 90]]));
    expect(render(t).slice(0, 2)).toEqual([
      ['<10', '…', '40', '55'],
      ['…', '…', '30', '105'],
    ]);
  });

  it('hides a small row total and protects it in the total column, keeping the column totals', () => {
    expect(render(suppressTable(table([[3, 4], [20, 30]])))).toEqual([
      ['<10', '<10', '<10'],
      ['…', '…', '…'],
      ['25', '35', '55'],
    ]);
  });

  it('avoids zero cells as partners because they give the small cell away to a reader who guesses the zero', () => {
    expect(render(suppressTable(table([[5, 0, 20], [30, 40, 50]])))[0]).toEqual(['<10', '0', '…', '25']);
  });

  it('with zeros suppressed, hides a sampling zero but shows a declared structural zero', () => {
    const options = { policy: { suppressZeros: true }, isStructuralZero: (i: number, j: number) => i === 0 && j === 1 };
    const t = suppressTable(table([[0, 0, 30], [20, 25, 40]]), options);
    expect(render(t)[0]).toEqual(['<10', '0', '…', '30']);
  });

  it('treats a one-column table, whose row totals repeat the cells, consistently', () => {
    expect(render(suppressTable(table([[4], [25], [30]])))).toEqual([
      ['<10', '<10'],
      ['…', '…'],
      ['30', '30'],
      ['60', '60'],
    ]);
  });

  it('publishes an empty table as zeros', () => {
    const t = suppressTable({ rowLabels: [], columnLabels: ['a', 'b'], counts: [] });
    expect(render(t)).toEqual([['0', '0', '0']]);
  });

  it('rejects a counts matrix that does not match the labels, and invalid counts', () => {
    expect(() => suppressTable({ rowLabels: ['a'], columnLabels: ['x', 'y'], counts: [[1]] })).toThrow(RangeError);
    expect(() => suppressTable(table([[1, -2]]))).toThrow(RangeError);
  });
});

describe('addSecondarySuppression', () => {
  it('closes a cycle through a hidden cell that is derivable although every line has two hidden cells', () => {
    // Two hidden 2x2 blocks joined by the single cell (1,2): rows 0-1 and columns 2-3 sum to it, so it is a bridge.
    const values = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => 100 + 10 * i + j));
    values[3]![0] = 20; // the cheapest cell joining the two blocks
    const inBlock = (i: number, j: number) => (i < 2 && j < 2) || (i >= 2 && i < 4 && j >= 2 && j < 4);
    const hidden = values.map((row, i) => row.map((_, j) => inBlock(i, j) || (i === 1 && j === 2)));
    const none = values.map((row) => row.map(() => false));
    const result = addSecondarySuppression(values, hidden, none);
    const added = result.flatMap((row, i) => row.flatMap((h, j) => (h && !hidden[i]![j] ? [[i, j]] : [])));
    expect(added).toEqual([[3, 0]]);
  });

  it('hides every entry that is not a structural zero when no usable partner is left', () => {
    const result = addSecondarySuppression([[5, 0], [0, 0]], [[true, false], [false, false]], [[false, true], [true, false]]);
    expect(result).toEqual([[true, false], [false, true]]);
  });
});
