import { describe, expect, it } from 'vitest';
import {
  buildChoropleth,
  classIndexFor,
  computeBreaks,
  NO_DATA_STYLE,
  paletteFor,
  quantile,
  REGION_BORDER_COLOR,
  SEQUENTIAL_BLUES,
} from '../../../src/lib/maps/choropleth.ts';
import { contrastRatio } from '../../../src/lib/maps/color-contrast.ts';

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
    expect(paletteFor(3)).toEqual(['#5595ce', '#1a5f9d', '#073157']);
    expect(paletteFor(2)).toEqual(['#5595ce', '#073157']);
    expect(paletteFor(1)).toEqual(['#1a5f9d']);
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

  it('draws no-data stripes at ≥4.5:1 against their white background', () => {
    expect(contrastRatio(NO_DATA_STYLE.stripe, NO_DATA_STYLE.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('buildChoropleth', () => {
  it('labels classes with the Dutch-formatted range of their values and adds a no-data row', () => {
    const choropleth = buildChoropleth([1000, 1234, 2345, 5000, 7000, 9000, 12000, 20000, 30000, 45000, null]);
    expect(choropleth.legend.map((entry) => [entry.label, entry.color, entry.textColor, entry.count])).toEqual([
      ['1.000 – 1.234', '#5595ce', '#000000', 2],
      ['2.345 – 5.000', '#2c79bd', '#ffffff', 2],
      ['7.000 – 9.000', '#1a5f9d', '#ffffff', 2],
      ['12.000 – 20.000', '#0e487c', '#ffffff', 2],
      ['30.000 – 45.000', '#073157', '#ffffff', 2],
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
    expect(choropleth.classify(1)).toEqual({ classIndex: 0, fill: '#5595ce', textColor: '#000000' });
    expect(choropleth.classify(10)).toEqual({ classIndex: 4, fill: '#073157', textColor: '#ffffff' });
    expect(choropleth.classify(null)).toEqual({ classIndex: null, fill: '#ffffff', textColor: '#000000' });
    expect(choropleth.classify(Number.NaN).classIndex).toBeNull();
  });

  it('treats everything as no data when there are no values', () => {
    const choropleth = buildChoropleth([null, null]);
    expect(choropleth.breaks).toEqual([]);
    expect(choropleth.colors).toEqual([]);
    expect(choropleth.legend).toEqual([
      { classIndex: null, color: '#ffffff', textColor: '#000000', label: 'geen gegevens', from: null, to: null, count: 2 },
    ]);
    expect(choropleth.classify(3).classIndex).toBeNull();
  });

  it('gives one middle-blue class when all values are equal', () => {
    const choropleth = buildChoropleth([7, 7, 7]);
    expect(choropleth.legend.map((entry) => [entry.label, entry.color, entry.count])).toEqual([['7', '#1a5f9d', 3]]);
  });
});
