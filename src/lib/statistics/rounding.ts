/**
 * Rounding rules of every indicator, in one place so outputs are reproducible to the byte:
 * - fte are summed as integer tenths and shown with one decimal (exact, no rounding needed);
 * - ratios (percentages, fte per 1,000) are computed exactly with integers and rounded to one decimal,
 *   halves away from zero (12.25 → 12.3, −12.25 → −12.3).
 */

/** Fte (at most one decimal) → integer tenths. Throws for NaN/Infinity, which would poison every sum. */
export function toTenths(fte: number): number {
  if (!Number.isFinite(fte)) throw new RangeError(`fte must be a finite number, got ${fte}`);
  return Math.round(fte * 10);
}

/** Integer tenths → fte with one decimal. */
export function fromTenths(tenths: number): number {
  // `+ 0` turns −0 into 0 so JSON never shows a signed zero.
  return tenths / 10 + 0;
}

/**
 * `numerator × scale / denominator`, rounded to one decimal (halves away from zero), or null when the
 * denominator is 0. Inputs must be integers; BigInt keeps the computation exact at any size.
 */
export function roundedRatio(numerator: number, denominator: number, scale: number): number | null {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || !Number.isSafeInteger(scale)) {
    throw new RangeError(`roundedRatio needs safe integers, got ${numerator}, ${denominator}, ${scale}`);
  }
  if (denominator === 0) return null;
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const a = BigInt(Math.abs(numerator)) * BigInt(scale) * 10n;
  const b = BigInt(Math.abs(denominator));
  const tenths = Number((2n * a + b) / (2n * b));
  return fromTenths(negative ? -tenths : tenths);
}
