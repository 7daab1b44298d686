import { formatNumber, suppressedCell, valueCell, type PublishedCell } from './cell.ts';
import { resolvePolicy, type DisclosurePolicy } from './policy.ts';
import { assertCount, isPrimary } from './round-count.ts';

/** Options for publishRate. */
export interface RateOptions {
  readonly policy?: Partial<DisclosurePolicy>;
  /** 100 gives a percentage (display with "%"); e.g. 1000 gives a rate per thousand (plain number). */
  readonly scale?: number;
  /** Decimals shown; default 0, because extra precision lets readers reconstruct exact small counts. */
  readonly decimals?: number;
  /**
   * True (default) when the numerator is a part of the denominator (a share): then the remainder
   * (denominator − numerator) is a count too, and 95% of 60 would reveal that 3 people are not in the group.
   */
  readonly partOfWhole?: boolean;
}

/** Publishes numerator/denominator × scale, or hides it when the denominator, numerator or remainder is too small. */
export function publishRate(numerator: number, denominator: number, options: RateOptions = {}): PublishedCell {
  const { scale = 100, decimals = 0, partOfWhole = true } = options;
  assertCount(numerator);
  assertCount(denominator);
  if (partOfWhole && numerator > denominator) throw new RangeError(`Numerator ${numerator} exceeds denominator ${denominator}`);
  if (!Number.isSafeInteger(scale) || scale < 1 || !Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError('publishRate needs a positive integer scale and 0..6 decimals');
  }
  const policy = resolvePolicy(options.policy);
  if (denominator < policy.minDenominator) return suppressedCell('noemer', policy);
  // A percentage shown next to its (rounded) denominator gives the numerator away, so the count rules apply to it.
  if (isPrimary(numerator, policy) || (partOfWhole && isPrimary(denominator - numerator, policy))) {
    return suppressedCell('primair', policy);
  }
  // Exact rational rounding, halves up: floor((2·n·scale·10^d + den) / (2·den)) / 10^d.
  const unit = 10 ** decimals;
  const value = Math.floor((2 * numerator * scale * unit + denominator) / (2 * denominator)) / unit;
  return valueCell(value, formatNumber(value, decimals) + (scale === 100 ? '%' : ''));
}
