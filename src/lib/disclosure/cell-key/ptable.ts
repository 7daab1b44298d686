import { cellKeyFraction } from './record-key.ts';

/**
 * The perturbation table (ptable) of the cell-key method: for a true count n and a cell key ck in [0, 1) it gives the
 * noise d that is added before publication. It is fixed and its parameters are the policy (shown on /cijfers/methode):
 * - maximum noise D = 3: |d| ≤ 3, so a published value p means a true count between p − 3 and p + 3;
 * - mean 0 for every n (no bias in totals), variance 1.4 for n ≥ 3 (standard deviation ≈ 1.2);
 * - n + d ≥ 0 always; a true 0 stays 0 (an empty cell has no records and no key);
 * - small counts: 1 and 2 have their own rows, can be published as 0 up to 3 or 5 and look like their neighbours;
 *   besides, every published value below 10 is shown as "<10" (see presentation.ts).
 * The row is chosen by min(n, 3) and the noise by which interval of [0, 1) the cell key falls in, so the same set of
 * records gets the same noise in every table, filter and view.
 */
export interface PtableRow {
  /** Noise values in increasing order. */
  readonly noise: readonly number[];
  /** Their probabilities (sum 1). */
  readonly probability: readonly number[];
}

/** Maximum absolute noise. */
export const MAX_NOISE = 3;

/** The variance of the noise for counts of 3 and more. */
export const NOISE_VARIANCE = 1.4;

const LARGE: PtableRow = { noise: [-3, -2, -1, 0, 1, 2, 3], probability: [0.02, 0.08, 0.2, 0.4, 0.2, 0.08, 0.02] };

/** The ptable rows by true count (rows for 0, 1, 2; every n ≥ 3 uses the last row). */
export const PTABLE: readonly PtableRow[] = [
  { noise: [0], probability: [1] },
  { noise: [-1, 0, 1, 2], probability: [0.3, 0.45, 0.2, 0.05] },
  { noise: [-2, -1, 0, 1, 2, 3], probability: [0.1, 0.22, 0.38, 0.2, 0.08, 0.02] },
  LARGE,
];

/** The ptable row used for a true count. */
export function ptableRow(n: number): PtableRow {
  return PTABLE[Math.min(n, PTABLE.length - 1)]!;
}

/** The noise for true count `n` and cell key `ck` in [0, 1): the interval of the row's cumulative probabilities. */
export function noiseFor(n: number, ck: number): number {
  const row = ptableRow(n);
  let cumulative = 0;
  for (let i = 0; i < row.noise.length; i++) {
    cumulative += row.probability[i]!;
    if (ck < cumulative - 1e-12) return row.noise[i]!;
  }
  return row.noise[row.noise.length - 1]!;
}

/** The published (perturbed) count n + d of a cell with true count `n` and record-key sum `keySum`. */
export function perturbCount(n: number, keySum: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A count must be a non-negative integer, got ${n}`);
  return n + noiseFor(n, cellKeyFraction(keySum));
}

/** True counts that can be published as `p` (what a reader who knows the ptable can conclude from `p` alone). */
export function possibleTrueCounts(p: number): number[] {
  const out: number[] = [];
  for (let n = Math.max(0, p - MAX_NOISE); n <= p + MAX_NOISE; n++) if (ptableRow(n).noise.includes(p - n)) out.push(n);
  return out;
}
