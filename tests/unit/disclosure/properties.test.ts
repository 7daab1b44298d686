import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToStep, suppressList, suppressTable, type PublishedCell } from '../../../src/lib/disclosure/index.ts';

type Pos = readonly [number, number];

// Many small values so that primary suppression, small margins and zeros are common.
const count = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 12 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 2 },
);
const matrix = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([m, n]) => fc.array(fc.array(count, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }));

/** Raw values and published cells of the augmented table (row totals last column, column totals last row). */
function augmented(counts: number[][]): { raw: number[][]; cells: PublishedCell[][] } {
  const t = suppressTable({ rowLabels: counts.map(String), columnLabels: counts[0]!.map(String), counts });
  const withTotals = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const raw = [...withTotals, withTotals[0]!.map((_, j) => withTotals.reduce((s, row) => s + row[j]!, 0))];
  const cells = [...t.cells.map((row, i) => [...row, t.rowTotals[i]!]), [...t.columnTotals, t.grandTotal]];
  return { raw, cells };
}

/** Every row and column of the augmented table: each one is the equation "cells = total". */
function lines(rows: number, cols: number): Pos[][] {
  const all = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j): Pos => [i, j])).flat();
  return [
    ...Array.from({ length: rows }, (_, i) => all.filter(([r]) => r === i)),
    ...Array.from({ length: cols }, (_, j) => all.filter(([, c]) => c === j)),
  ];
}

/** Constraint propagation: a line with exactly one unknown left determines it; repeat until nothing changes. */
function propagate(hidden: boolean[][]): number {
  const unknown = hidden.map((row) => [...row]);
  let determined = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines(unknown.length, unknown[0]!.length)) {
      const open = line.filter(([i, j]) => unknown[i]![j]);
      if (open.length !== 1) continue;
      unknown[open[0]![0]]![open[0]![1]] = false;
      determined += 1;
      changed = true;
    }
  }
  return determined;
}

/** Rank by Gaussian elimination; the 0/±1 system is totally unimodular, so floats stay exact enough. */
function rank(matrix: number[][]): number {
  const a = matrix.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < (a[0]?.length ?? 0) && r < a.length; c++) {
    const pivot = a.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [a[r], a[pivot]] = [a[pivot]!, a[r]!];
    for (let i = 0; i < a.length; i++) {
      if (i === r) continue;
      const f = a[i]![c]! / a[r]![c]!;
      a[i] = a[i]!.map((v, k) => v - f * a[r]![k]!);
    }
    r += 1;
  }
  return r;
}

/**
 * Hidden entries that the line equations pin down even when the reader knows every shown figure exactly (unrounded):
 * x_k is unique iff its column in the equation matrix is independent of the other unknowns' columns.
 */
function linearlyDetermined(hidden: boolean[][]): Pos[] {
  const rows = hidden.length;
  const cols = hidden[0]!.length;
  const unknowns = hidden.flatMap((row, i) => row.flatMap((h, j) => (h ? [[i, j] as Pos] : [])));
  // Row equation: cells minus the total in the last position; the same for columns.
  const equations = lines(rows, cols).map((line) =>
    unknowns.map((u) => {
      const inLine = line.findIndex(([i, j]) => i === u[0] && j === u[1]);
      return inLine < 0 ? 0 : inLine === line.length - 1 ? -1 : 1;
    }),
  );
  const full = rank(equations);
  return unknowns.filter((_, k) => rank(equations.map((eq) => eq.filter((_, c) => c !== k))) < full);
}

describe('suppressTable properties', () => {
  it('hides every raw count 1..9, including margins, and shows every other figure rounded', () => {
    fc.assert(
      fc.property(matrix, (counts) => {
        const { raw, cells } = augmented(counts);
        raw.forEach((row, i) =>
          row.forEach((v, j) => {
            const cell = cells[i]![j]!;
            if (v >= 1 && v <= 9) expect(cell).toMatchObject({ kind: 'suppressed', reason: 'primair', display: '<10' });
            else if (cell.kind === 'value') expect(cell.value).toBe(roundToStep(v, 5));
            else expect(cell.reason).toBe('secundair');
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never leaves exactly one hidden entry in a row or column, margins included', () => {
    fc.assert(
      fc.property(matrix, (counts) => {
        const { cells } = augmented(counts);
        for (const line of lines(cells.length, cells[0]!.length)) {
          expect(line.filter(([i, j]) => cells[i]![j]!.kind === 'suppressed').length).not.toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves no hidden entry derivable by propagation or by combining equations, given exact shown figures', () => {
    fc.assert(
      fc.property(matrix, (counts) => {
        const hidden = augmented(counts).cells.map((row) => row.map((c) => c.kind === 'suppressed'));
        expect(propagate(hidden)).toBe(0);
        expect(linearlyDetermined(hidden)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('suppressTable regressions', () => {
  it('closes a cycle that the row/column rule alone leaves derivable (shrunk fast-check counterexample)', () => {
    const { cells } = augmented([[1, 1, 0, 0, 1, 1], [1, 1, 0, 0, 0, 1], [0, 0, 0, 1, 1, 10], [10, 10, 0, 1, 1, 0]]);
    const hidden = cells.map((row) => row.map((c) => c.kind === 'suppressed'));
    expect(linearlyDetermined(hidden)).toEqual([]);
    expect(cells[2]!.map((c) => c.display)).toEqual(['0', '0', '0', '<10', '<10', '…', '10']);
  });
});

describe('suppressList properties', () => {
  it('hides every item 1..9 and never exactly one entry of items plus total', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 8 }), (counts) => {
        const l = suppressList({ labels: counts.map(String), counts });
        const entries = [...l.items.map((i) => i.cell), l.total];
        counts.forEach((v, j) => v >= 1 && v <= 9 && expect(entries[j]!.kind).toBe('suppressed'));
        expect(entries.filter((c) => c.kind === 'suppressed').length).not.toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
