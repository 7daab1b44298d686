/** ln(n!) for n = 0, 1, 2, …: cumulative sums, grown on demand and kept, so repeated tests cost a lookup each. */
const table: number[] = [0];

/** The natural logarithm of n! for a non-negative integer n (exact summation of ln k, no Stirling error). */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial needs a non-negative integer, got ${n}`);
  for (let k = table.length; k <= n; k++) table.push(table[k - 1]! + Math.log(k));
  return table[n]!;
}
