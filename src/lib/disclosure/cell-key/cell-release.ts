import { addKeys } from './record-key.ts';
import { perturbCount } from './ptable.ts';

/** A true count with the sum of its records' keys (mod 2^32): everything the release needs to know about a cell. */
export interface KeyedCount {
  readonly n: number;
  readonly k: number;
}

/** The empty cell. */
export const EMPTY_CELL: KeyedCount = Object.freeze({ n: 0, k: 0 });

/** Adds two cells that have no records in common (counts and key sums add). */
export function addCells(a: KeyedCount, b: KeyedCount): KeyedCount {
  return { n: a.n + b.n, k: addKeys(a.k, b.k) };
}

/** The published value of a cell: its true count plus the ptable noise chosen by its cell key. */
export function publishCell(cell: KeyedCount): number {
  return perturbCount(cell.n, cell.k);
}

/**
 * Published values of nested stages of one group (applicants ⊇ interviews ⊇ offers ⊇ hires): each stage is its own
 * cell, then the running minimum makes them non-increasing. The minimum is taken over published values only, so it
 * reveals nothing a reader could not compute; it only removes impossible sequences such as 12 applicants, 13 hires.
 */
export function publishStages(stages: readonly KeyedCount[]): number[] {
  let previous = Number.POSITIVE_INFINITY;
  return stages.map((cell) => {
    previous = Math.min(previous, publishCell(cell));
    return previous;
  });
}
