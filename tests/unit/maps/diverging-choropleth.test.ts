import { describe, expect, it } from 'vitest';
import { ZERO_STYLE } from '../../../src/lib/maps/choropleth.ts';
import { contrastRatio, deltaE } from '../../../src/lib/maps/color-contrast.ts';
import { buildDivergingChoropleth, DIVERGING_GAIN, DIVERGING_LOSS } from '../../../src/lib/maps/diverging-choropleth.ts';

const signed = (value: number): string => `${value > 0 ? '+' : ''}${value}`;

describe('buildDivergingChoropleth', () => {
  it('runs from the largest loss through zero to the largest gain, then no data', () => {
    const map = buildDivergingChoropleth([-100, -40, -10, 0, 0, 5, 20, 300, null], { zeroLabel: 'geen verandering', formatNumber: signed });
    expect(map.legend.map((row) => [row.kind, row.label, row.color, row.count])).toEqual([
      ['class', '-100 – -40', '#6b2c00', 2],
      ['class', '-10', '#c4621c', 1],
      ['zero', 'geen verandering', ZERO_STYLE.background, 2],
      ['class', '+5', '#5897cf', 1],
      ['class', '+20 – +300', '#1b5496', 2],
      ['no-data', 'geen gegevens', '#ffffff', 1],
    ]);
    expect(map.classify(-100)).toMatchObject({ kind: 'class', fill: '#6b2c00', textColor: '#ffffff' });
    expect(map.classify(0)).toMatchObject({ kind: 'zero', fill: ZERO_STYLE.background });
    expect(map.classify(300)).toMatchObject({ kind: 'class', fill: '#1b5496' });
  });

  it('uses the lighter colour for a side with one class, and shows only the zero row when nothing changed', () => {
    const oneMove = buildDivergingChoropleth([-100, 0, 0, 100], { zeroLabel: '0' });
    expect(oneMove.legend.map((row) => row.color)).toEqual(['#c4621c', ZERO_STYLE.background, '#5897cf']);
    expect(buildDivergingChoropleth([0, 0], { zeroLabel: '0' }).legend.map((row) => row.kind)).toEqual(['zero']);
  });

  it('keeps every class ≥ 3:1 against white and neighbouring classes clearly apart', () => {
    const ordered = [...DIVERGING_LOSS, ZERO_STYLE.background, ...DIVERGING_GAIN];
    for (const color of [...DIVERGING_LOSS, ...DIVERGING_GAIN]) expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ordered.length; i += 1) {
      expect(contrastRatio(ordered[i - 1]!, ordered[i]!)).toBeGreaterThanOrEqual(2.2);
      expect(deltaE(ordered[i - 1]!, ordered[i]!)).toBeGreaterThanOrEqual(25);
    }
  });
});
