/**
 * Approximate monthly salaries (gross, € per month, full time) of the rijksoverheid salary scales
 * (BBRA / CAO Rijk) around 2025. Rounded to €50; good enough for demo data, not for pay advice.
 */

/** The lowest and highest rijksschaal. */
export const MIN_SCALE = 1;
/** The highest rijksschaal used in vacancies. */
export const MAX_SCALE = 18;

/** Scale number → [minimum, maximum] monthly salary in euros. */
export const SALARY_SCALES: Readonly<Record<number, readonly [number, number]>> = {
  1: [2150, 2450],
  2: [2200, 2600],
  3: [2300, 2800],
  4: [2400, 3050],
  5: [2550, 3300],
  6: [2700, 3550],
  7: [2900, 4050],
  8: [3300, 4600],
  9: [3500, 5150],
  10: [3900, 5800],
  11: [4300, 6500],
  12: [4900, 7300],
  13: [5300, 7900],
  14: [5900, 8800],
  15: [6500, 9500],
  16: [7200, 10400],
  17: [7900, 11300],
  18: [8700, 12500],
};

/** The salary range of a scale range: the minimum of the lowest scale up to the maximum of the highest. */
export function salaryRange(schaalMin: number, schaalMax: number): { salarisMin: number; salarisMax: number } {
  const low = SALARY_SCALES[schaalMin];
  const high = SALARY_SCALES[schaalMax];
  if (!low || !high || schaalMin > schaalMax) throw new RangeError(`Invalid scale range ${schaalMin}-${schaalMax}`);
  return { salarisMin: low[0], salarisMax: high[1] };
}
