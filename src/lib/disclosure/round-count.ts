import { suppressedCell, valueCell, type PublishedCell } from './cell.ts';
import { resolvePolicy, type DisclosurePolicy } from './policy.ts';

/** Rounds a non-negative integer to the nearest multiple of `step`, halves up (12 → 10, 13 → 15 with step 5). */
export function roundToStep(count: number, step: number): number {
  // Integer arithmetic instead of Math.round(count / step) avoids floating-point surprises at exact halves.
  return Math.floor((2 * count + step) / (2 * step)) * step;
}

/** Throws unless `count` is a non-negative safe integer: fractional or negative "counts" point at an upstream bug. */
export function assertCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`A count must be a non-negative integer, got ${count}`);
}

/** Whether a raw count must be hidden on its own (primary suppression). */
export function isPrimary(count: number, policy: DisclosurePolicy, structuralZero = false): boolean {
  if (count === 0) return policy.suppressZeros && !structuralZero;
  return count < policy.minCount;
}

/** Publishes a single count that is not part of a table with totals: "<10" when small, otherwise rounded. */
export function publishCount(
  count: number,
  overrides: Partial<DisclosurePolicy> = {},
  options: { readonly structuralZero?: boolean } = {},
): PublishedCell {
  assertCount(count);
  const policy = resolvePolicy(overrides);
  if (isPrimary(count, policy, options.structuralZero)) return suppressedCell('primair', policy, `<${policy.minCount}`);
  return valueCell(roundToStep(count, policy.rounding));
}
