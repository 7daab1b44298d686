/**
 * Largest-remainder (Hamilton) apportionment with exact integer arithmetic, so parts always add up to
 * the whole: the demo inventory uses it to split published totals into tenths of an fte without drift.
 */

/**
 * Splits `total` (a non-negative integer) over integer `weights` in proportion, so the parts sum to exactly
 * `total`. Each part gets the floor of its quota; the units left over go to the largest remainders, ties to
 * the lower index. Throws when weights are negative, not integers, or all zero while `total` is positive.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`apportion: total must be a non-negative integer, got ${total}`);
  let weightSum = 0n;
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`apportion: weights must be non-negative integers, got ${w}`);
    weightSum += BigInt(w);
  }
  if (weightSum === 0n) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError(`apportion: cannot split ${total} over weights that are all zero`);
  }
  // BigInt keeps total × weight exact whatever the sizes, so the split never depends on float rounding.
  const bigTotal = BigInt(total);
  const parts: number[] = [];
  const remainders: bigint[] = [];
  let assigned = 0;
  for (const w of weights) {
    const scaled = bigTotal * BigInt(w);
    const floor = scaled / weightSum;
    parts.push(Number(floor));
    remainders.push(scaled % weightSum);
    assigned += Number(floor);
  }
  const order = weights.map((_, i) => i).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b));
  for (let k = 0; k < total - assigned; k++) parts[order[k]!]! += 1;
  return parts;
}
