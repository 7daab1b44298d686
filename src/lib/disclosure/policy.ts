/** Thresholds that decide which figures may be published. */
export interface DisclosurePolicy {
  /** Counts from 1 up to (not including) this value are hidden as "<minCount". */
  readonly minCount: number;
  /** Shown counts are rounded to the nearest multiple of this step (halves up); 1 disables rounding. */
  readonly rounding: number;
  /** Percentages and rates need at least this many observations in the denominator. */
  readonly minDenominator: number;
  /** When true a 0 is hidden like 1..9 unless the caller declares it a structural zero; by default 0 is shown as "0". */
  readonly suppressZeros: boolean;
}

/** The platform-wide defaults: hide 1..9, round to 5, percentages only with a denominator of 50 or more. */
export const DEFAULT_DISCLOSURE_POLICY: DisclosurePolicy = Object.freeze({
  minCount: 10,
  rounding: 5,
  minDenominator: 50,
  suppressZeros: false,
});

/** Merges overrides into the defaults and rejects thresholds that would silently disable protection. */
export function resolvePolicy(overrides: Partial<DisclosurePolicy> = {}): DisclosurePolicy {
  const policy = { ...DEFAULT_DISCLOSURE_POLICY, ...overrides };
  for (const key of ['minCount', 'rounding', 'minDenominator'] as const) {
    if (!Number.isSafeInteger(policy[key]) || policy[key] < 1) {
      throw new RangeError(`Disclosure policy ${key} must be a positive integer, got ${policy[key]}`);
    }
  }
  return Object.freeze(policy);
}
