/** A proportion with its confidence interval (all three as fractions 0..1). */
export interface ProportionInterval {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** The 97.5% quantile of the standard normal distribution: z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for `successes` out of `trials` (default 95%). Unlike the textbook ±z·√(p(1−p)/n) it
 * stays inside [0, 1] and behaves at 0 and n successes, which small regional groups hit all the time.
 * With zero trials there is nothing to estimate: estimate 0 and the uninformative interval [0, 1].
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): ProportionInterval {
  if (!Number.isSafeInteger(successes) || !Number.isSafeInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`Wilson interval needs 0 <= successes <= trials (integers), got ${successes}/${trials}`);
  }
  if (trials === 0) return { estimate: 0, lower: 0, upper: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // Clamp against rounding just outside [0, 1]; at 0 or n successes one bound is exact by construction.
  return {
    estimate: p,
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === trials ? 1 : Math.min(1, centre + halfWidth),
  };
}
