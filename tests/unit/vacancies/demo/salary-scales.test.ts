import { describe, expect, it } from 'vitest';
import { MAX_SCALE, MIN_SCALE, SALARY_SCALES, salaryRange } from '../../../../src/lib/vacancies/demo/salary-scales.ts';

describe('SALARY_SCALES', () => {
  it('covers scale 1 to 18', () => {
    expect(Object.keys(SALARY_SCALES).map(Number)).toEqual(Array.from({ length: MAX_SCALE - MIN_SCALE + 1 }, (_, i) => i + 1));
  });

  it('rises with the scale at both ends and has min < max within a scale', () => {
    for (let s = MIN_SCALE; s <= MAX_SCALE; s++) {
      const [min, max] = SALARY_SCALES[s]!;
      expect(min).toBeLessThan(max);
      if (s > MIN_SCALE) {
        expect(min).toBeGreaterThan(SALARY_SCALES[s - 1]![0]);
        expect(max).toBeGreaterThan(SALARY_SCALES[s - 1]![1]);
      }
    }
  });

  it('matches the approximate 2025 anchors', () => {
    expect([SALARY_SCALES[8], SALARY_SCALES[10], SALARY_SCALES[11], SALARY_SCALES[13]]).toEqual([
      [3300, 4600],
      [3900, 5800],
      [4300, 6500],
      [5300, 7900],
    ]);
  });
});

describe('salaryRange', () => {
  it('runs from the minimum of the lowest scale to the maximum of the highest', () => {
    expect(salaryRange(10, 11)).toEqual({ salarisMin: 3900, salarisMax: 6500 });
    expect(salaryRange(8, 8)).toEqual({ salarisMin: 3300, salarisMax: 4600 });
  });

  it('rejects reversed or unknown scales', () => {
    expect(() => salaryRange(11, 10)).toThrow(RangeError);
    expect(() => salaryRange(0, 3)).toThrow(RangeError);
    expect(() => salaryRange(18, 19)).toThrow(RangeError);
  });
});
