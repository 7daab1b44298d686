import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cielab, contrastRatio, deltaE, parseHexColor, pickTextColor, relativeLuminance } from '../../../src/lib/maps/color-contrast.ts';

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
    expect(pickTextColor('#5897cf')).toBe('#000000');
    expect(pickTextColor('#ffb612')).toBe('#000000');
    expect(pickTextColor('#01689b')).toBe('#ffffff');
    expect(pickTextColor('#04142e')).toBe('#ffffff');
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

describe('cielab and deltaE', () => {
  it('puts white at L* 100 and black at 0 with no colour, and measures ΔE*ab between them as 100', () => {
    const [l, a, b] = cielab('#ffffff');
    expect([l, a, b].map((v) => Math.abs(Math.round(v * 10) / 10))).toEqual([100, 0, 0]);
    expect(cielab('#000000')).toEqual([0, 0, 0]);
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 4);
    expect(deltaE('#01689b', '#01689b')).toBe(0);
  });

  it('matches a reference CIELAB value (sRGB #767676, luminance 0.1812, is L* 49.6)', () => {
    expect(cielab('#767676')[0]).toBeCloseTo(49.64, 2);
  });
});
