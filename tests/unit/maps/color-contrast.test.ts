import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor, pickTextColor, relativeLuminance } from '../../../src/lib/maps/color-contrast.ts';

describe('parseHexColor', () => {
  it('reads long and short hex, in either case', () => {
    expect(parseHexColor('#01689B')).toEqual([1, 104, 155]);
    expect(parseHexColor('#fa0')).toEqual([255, 170, 0]);
  });

  it('rejects anything else', () => {
    for (const bad of ['01689b', '#01689', '#gggggg', 'red', '']) {
      expect(() => parseHexColor(bad)).toThrow(RangeError);
    }
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white and follows the WCAG formula in between', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#767676')).toBeCloseTo(0.1812, 4);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#01689b', '#01689b')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });
});

describe('pickTextColor', () => {
  it('picks black on light fills and white on dark fills', () => {
    expect(pickTextColor('#ffffff')).toBe('#000000');
    expect(pickTextColor('#5595ce')).toBe('#000000');
    expect(pickTextColor('#ffb612')).toBe('#000000');
    expect(pickTextColor('#01689b')).toBe('#ffffff');
    expect(pickTextColor('#073157')).toBe('#ffffff');
  });

  it('always reaches 4.5:1 (WCAG AA for normal text)', () => {
    const hex = fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((channels) => `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, (background) => contrastRatio(background, pickTextColor(background)) >= 4.5),
    );
  });
});
