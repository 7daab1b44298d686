import { describe, expect, it } from 'vitest';
import {
  buildChoropleth,
  classIndexFor,
  computeBreaks,
  NO_DATA_STYLE,
  paletteFor,
  quantile,
  MIN_NEIGHBOUR_CONTRAST,
  MIN_NEIGHBOUR_DELTA_E,
  REGION_BORDER_COLOR,
  SEQUENTIAL_BLUES,
  ZERO_STYLE,
} from '../../../src/lib/maps/choropleth.ts';
import { contrastRatio, deltaE } from '../../../src/lib/maps/color-contrast.ts';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('quantile', () => {
  it('interpolates linearly between ranks (R type 7)', () => {
    expect([0, 0.2, 0.25, 0.5, 1].map((p) => quantile(oneToTen, p))).toEqual([1, 2.8, 3.25, 5.5, 10]);
  });

  it('clamps p to [0, 1] and rejects an empty list', () => {
    expect(quantile([3, 7], -1)).toBe(3);
    expect(quantile([3, 7], 2)).toBe(7);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('computeBreaks', () => {
  it('gives quintile breaks for 1…10', () => {
    expect(computeBreaks(oneToTen)).toEqual([1, 2.8, 4.6, 6.4, 8.2, 10]);
  });

  it('gives equal-interval breaks', () => {
    expect(computeBreaks([0, 3, 100], 'equal')).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('ignores null, undefined and non-finite values, and input order', () => {
    expect(computeBreaks([10, null, 1, undefined, Number.NaN, 5, Infinity], 'equal', 3)).toEqual([1, 4, 7, 10]);
  });

  it('makes no more classes than there are distinct values', () => {
    expect(computeBreaks([1, 2, 3])).toEqual([1, 1.66666666667, 2.33333333333, 3]);
    expect(computeBreaks([5, 5, 9, 9])).toEqual([5, 7, 9]);
  });

  it('merges breaks that coincide because of ties', () => {
    expect(computeBreaks([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], 'quantile', 3)).toEqual([1, 3]);
  });

  it('gives one class for a single distinct value and none without values', () => {
    expect(computeBreaks([4, 4, 4])).toEqual([4, 4]);
    expect(computeBreaks([null, undefined])).toEqual([]);
  });

  it('rejects a class count that is not a positive integer', () => {
    expect(() => computeBreaks(oneToTen, 'quantile', 0)).toThrow(RangeError);
    expect(() => computeBreaks(oneToTen, 'quantile', 2.5)).toThrow(RangeError);
  });
});

describe('classIndexFor', () => {
  const breaks = [1, 2.8, 4.6, 6.4, 8.2, 10];

  it('puts a value equal to a break in the upper class, and the maximum in the last', () => {
    expect(oneToTen.map((v) => classIndexFor(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(classIndexFor(2.8, breaks)).toBe(1);
  });

  it('clamps values outside the range', () => {
    expect(classIndexFor(-5, breaks)).toBe(0);
    expect(classIndexFor(50, breaks)).toBe(4);
    expect(classIndexFor(4, [4, 4])).toBe(0);
  });
});

describe('paletteFor', () => {
  it('spreads fewer classes over the whole light-to-dark range', () => {
    expect(paletteFor(5)).toEqual(SEQUENTIAL_BLUES);
    expect(paletteFor(3)).toEqual(['#5897cf', '#1b5496', '#04142e']);
    expect(paletteFor(2)).toEqual(['#5897cf', '#04142e']);
    expect(paletteFor(1)).toEqual(['#1b5496']);
    expect(() => paletteFor(6)).toThrow(RangeError);
  });
});

describe('the palette', () => {
  it('has every class at ≥3:1 against white, the page and the region borders', () => {
    for (const color of SEQUENTIAL_BLUES) {
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, REGION_BORDER_COLOR)).toBeGreaterThanOrEqual(3);
    }
  });

  it('gets darker with every class', () => {
    const ratios = SEQUENTIAL_BLUES.map((color) => contrastRatio(color, '#ffffff'));
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });

  it('keeps neighbouring classes ≥ 1.5:1 and ΔE*ab ≥ 13 apart, the two darkest included', () => {
    const pairs = SEQUENTIAL_BLUES.slice(1).map((color, i) => [SEQUENTIAL_BLUES[i]!, color] as const);
    for (const [lighter, darker] of pairs) {
      expect(contrastRatio(lighter, darker)).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_CONTRAST);
      expect(deltaE(lighter, darker)).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_DELTA_E);
    }
    // The pair the review found alike (was 1.41:1, ΔE 12.7): measured 1.54:1 and ΔE 22.8 now.
    expect(contrastRatio('#0d366b', '#04142e')).toBeCloseTo(1.535, 2);
    expect(deltaE('#0d366b', '#04142e')).toBeCloseTo(22.8, 1);
    expect(MIN_NEIGHBOUR_CONTRAST).toBe(1.5);
    expect(MIN_NEIGHBOUR_DELTA_E).toBe(13);
  });

  it('keeps the shorter palettes (fewer classes) at least as far apart', () => {
    for (const classes of [2, 3, 4]) {
      const colors = paletteFor(classes);
      for (let i = 1; i < colors.length; i += 1) {
        expect(contrastRatio(colors[i - 1]!, colors[i]!)).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_CONTRAST);
      }
    }
  });

  it('sets the zero class far from the lightest class and from the no-data white', () => {
    expect(deltaE(ZERO_STYLE.background, SEQUENTIAL_BLUES[0]!)).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_DELTA_E);
    expect(contrastRatio(ZERO_STYLE.background, SEQUENTIAL_BLUES[0]!)).toBeGreaterThanOrEqual(2.5);
    expect(deltaE(ZERO_STYLE.background, NO_DATA_STYLE.background)).toBeGreaterThan(5);
    expect(contrastRatio(ZERO_STYLE.background, ZERO_STYLE.textColor)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(ZERO_STYLE.stroke, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('draws no-data stripes at ≥4.5:1 against their white background', () => {
    expect(contrastRatio(NO_DATA_STYLE.stripe, NO_DATA_STYLE.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('buildChoropleth', () => {
  it('labels classes with the Dutch-formatted range of their values and adds a no-data row', () => {
    const choropleth = buildChoropleth([1000, 1234, 2345, 5000, 7000, 9000, 12000, 20000, 30000, 45000, null]);
    expect(choropleth.legend.map((entry) => [entry.label, entry.color, entry.textColor, entry.count])).toEqual([
      ['1.000 – 1.234', '#5897cf', '#000000', 2],
      ['2.345 – 5.000', '#2c74bc', '#ffffff', 2],
      ['7.000 – 9.000', '#1b5496', '#ffffff', 2],
      ['12.000 – 20.000', '#0d366b', '#ffffff', 2],
      ['30.000 – 45.000', '#04142e', '#ffffff', 2],
      ['geen gegevens', '#ffffff', '#000000', 1],
    ]);
    expect(choropleth.legend[0]).toMatchObject({ classIndex: 0, from: 1000, to: 1234 });
    expect(choropleth.legend[5]).toMatchObject({ classIndex: null, from: null, to: null });
  });

  it('shows a class holding a single value as just that value', () => {
    expect(buildChoropleth([1, 2, 3, 4, 5]).legend.map((entry) => entry.label)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('labels an empty equal-interval class with its interval', () => {
    const choropleth = buildChoropleth([0, 1, 100], { method: 'equal', classes: 4 });
    expect(choropleth.breaks).toEqual([0, 25, 50, 75, 100]);
    expect(choropleth.legend.map((entry) => [entry.label, entry.count])).toEqual([
      ['0 – 1', 2],
      ['25 – 50', 0],
      ['50 – 75', 0],
      ['100', 1],
    ]);
  });

  it('uses a custom number format and no-data label', () => {
    const choropleth = buildChoropleth([0.125, 0.5, undefined], {
      classes: 2,
      formatNumber: (v) => `${(v * 100).toFixed(1).replace('.', ',')}%`,
      noDataLabel: 'no data',
    });
    expect(choropleth.legend.map((entry) => entry.label)).toEqual(['12,5%', '50,0%', 'no data']);
  });

  it('omits the no-data row when every value is present', () => {
    expect(buildChoropleth([1, 2]).legend.every((entry) => entry.classIndex !== null)).toBe(true);
  });

  it('classifies values with a fill and a readable text colour', () => {
    const choropleth = buildChoropleth(oneToTen);
    expect(choropleth.classify(1)).toEqual({ kind: 'class', classIndex: 0, fill: '#5897cf', textColor: '#000000' });
    expect(choropleth.classify(10)).toEqual({ kind: 'class', classIndex: 4, fill: '#04142e', textColor: '#ffffff' });
    expect(choropleth.classify(null)).toEqual({ kind: 'no-data', classIndex: null, fill: '#ffffff', textColor: '#000000' });
    expect(choropleth.classify(Number.NaN).classIndex).toBeNull();
  });

  it('gives exactly zero its own first class with its own label when asked', () => {
    const choropleth = buildChoropleth([0, 0, 0, 1, 2, 3, 4, 5, null], { zeroLabel: '0 fte' });
    expect(choropleth.legend.map((entry) => [entry.kind, entry.label, entry.count])).toEqual([
      ['zero', '0 fte', 3],
      ['class', '1', 1],
      ['class', '2', 1],
      ['class', '3', 1],
      ['class', '4', 1],
      ['class', '5', 1],
      ['no-data', 'geen gegevens', 1],
    ]);
    expect(choropleth.breaks).toEqual([1, 1.8, 2.6, 3.4, 4.2, 5]);
    expect(choropleth.classify(0)).toEqual({ kind: 'zero', classIndex: null, fill: ZERO_STYLE.background, textColor: '#000000' });
    expect(choropleth.classify(0.1)).toMatchObject({ kind: 'class', classIndex: 0, fill: '#5897cf' });
  });

  it('puts zero in the lightest class without a zero label, and when values go below zero', () => {
    expect(buildChoropleth([0, 1, 2]).classify(0)).toMatchObject({ kind: 'class', classIndex: 0 });
    const change = buildChoropleth([-5, 0, 5], { zeroLabel: '0 fte' });
    expect(change.legend.some((entry) => entry.kind === 'zero')).toBe(false);
    expect(change.classify(0).kind).toBe('class');
  });

  it('shows only the zero row when every value is zero', () => {
    const choropleth = buildChoropleth([0, 0], { zeroLabel: '0 fte' });
    expect(choropleth.legend.map((entry) => entry.kind)).toEqual(['zero']);
    expect(choropleth.classify(0).kind).toBe('zero');
  });

  it('treats everything as no data when there are no values', () => {
    const choropleth = buildChoropleth([null, null]);
    expect(choropleth.breaks).toEqual([]);
    expect(choropleth.colors).toEqual([]);
    expect(choropleth.legend).toEqual([
      { kind: 'no-data', classIndex: null, color: '#ffffff', textColor: '#000000', label: 'geen gegevens', from: null, to: null, count: 2 },
    ]);
    expect(choropleth.classify(3).classIndex).toBeNull();
  });

  it('gives one middle-blue class when all values are equal', () => {
    const choropleth = buildChoropleth([7, 7, 7]);
    expect(choropleth.legend.map((entry) => [entry.label, entry.color, entry.count])).toEqual([['7', '#1b5496', 3]]);
  });
});
