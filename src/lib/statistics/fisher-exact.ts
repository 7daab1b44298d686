import { logFactorial } from './log-factorial.ts';

/** A 2×2 table of counts: [[a, b], [c, d]] (rows = groups, columns = selected / not selected). */
export type TwoByTwo = readonly [readonly [number, number], readonly [number, number]];

// R's fisher.test treats tables whose probability is within this relative tolerance of the observed one as
// "as extreme": without it, floating-point noise decides whether a symmetric twin table is counted.
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Two-sided p-value of Fisher's exact test for a 2×2 table, as R's `fisher.test` computes it: the sum of the
 * hypergeometric probabilities of all tables with the same margins that are no more likely than the observed one.
 * Probabilities come from log-factorials, so large counts neither overflow nor lose precision.
 */
export function fisherExactTwoSided(table: TwoByTwo): number {
  const [[a, b], [c, d]] = table;
  for (const n of [a, b, c, d]) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Fisher's exact test needs non-negative integer counts, got ${n}`);
  }
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  if (row1 === 0 || row2 === 0 || col1 === 0 || col1 === row1 + row2) return 1;
  // Unnormalised ln P(X = x) for X ~ Hypergeometric: the count in the top-left cell given the margins. Like R,
  // the probabilities are normalised by their sum over the whole support rather than by the binomial constant,
  // so rounding in the log-factorials cancels out (a table with every outcome included gives exactly 1).
  const logWeight = (x: number): number => -logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) - logFactorial(row2 - col1 + x);
  const low = Math.max(0, col1 - row2);
  const high = Math.min(row1, col1);
  // The hypergeometric distribution is log-concave: its weights fall on both sides of the mode and ever faster.
  // Summing outwards from the mode and stopping where a weight is below 1e-24 of the observed one gives the full sum
  // to double precision (what is left is smaller than the rounding of the sum) in O(standard deviation) steps instead
  // of O(support): at 5,000,000 applications the support is hundreds of thousands of tables, the walk a few hundred.
  let mode = Math.min(high, Math.max(low, Math.floor(((row1 + 1) * (col1 + 1)) / (row1 + row2 + 2))));
  while (mode > low && logWeight(mode - 1) > logWeight(mode)) mode--;
  while (mode < high && logWeight(mode + 1) > logWeight(mode)) mode++;
  const peak = logWeight(mode);
  const observed = Math.exp(logWeight(a) - peak);
  // Too unlikely to be told apart from 0 in double precision: only tables of weight 0 are as extreme, so p = 0.
  if (observed === 0) return 0;
  const cutoff = observed * 1e-24;
  let total = 0;
  let extreme = 0;
  const add = (x: number): number => {
    const w = Math.exp(logWeight(x) - peak);
    total += w;
    if (w <= observed * RELATIVE_TOLERANCE) extreme += w;
    return w;
  };
  add(mode);
  for (let x = mode - 1; x >= low && add(x) >= cutoff; x--);
  for (let x = mode + 1; x <= high && add(x) >= cutoff; x++);
  return Math.min(1, extreme / total);
}
