/** An axis scale rounded outwards to "nice" numbers (multiples of 1, 2 or 5 × 10^n). */
export interface NiceScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** From min to max inclusive, in steps of `step`. */
  readonly ticks: readonly number[];
}

/**
 * Nice tick values covering [min, max] with about `count` intervals, the way d3's `ticks` chooses
 * them (step 1, 2 or 5 × 10^n, whichever gives the interval count closest to asked). The domain is
 * widened to whole steps, so the first and last tick are the axis ends. Ticks are computed as
 * integer multiples (divided, for steps below 1) so 0.1 + 0.2 rounding never shows up as 0.30000000000000004.
 * An empty span (min = max) is stretched to zero: [0, v] or [v, 0], and [0, 1] for 0.
 */
export function niceTicks(min: number, max: number, count = 5): NiceScale {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`Domain must be finite, got [${min}, ${max}]`);
  if (!(count >= 1)) throw new RangeError(`count must be at least 1, got ${count}`);
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (lo === hi) {
    // Nothing to spread ticks over: stretch the axis to zero (or to 1 when the value is 0).
    if (lo > 0) lo = 0;
    else if (hi < 0) hi = 0;
    else hi = 1;
  }

  const rawStep = (hi - lo) / count;
  const power = Math.floor(Math.log10(rawStep));
  const error = rawStep / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;

  // For steps ≥ 1 work in integer multiples of step; below 1 in integer multiples of 1/step
  // (the inverse of 0.2 is exactly 5, whereas 0.2 itself is not exactly representable).
  if (power >= 0) {
    const step = factor * 10 ** power;
    const first = Math.floor(lo / step);
    const last = Math.ceil(hi / step);
    const ticks = range(first, last).map((i) => i * step);
    return { min: first * step, max: last * step, step, ticks };
  }
  const inverse = 10 ** -power / factor;
  const first = Math.floor(lo * inverse);
  const last = Math.ceil(hi * inverse);
  const ticks = range(first, last).map((i) => i / inverse);
  return { min: first / inverse, max: last / inverse, step: 1 / inverse, ticks };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
