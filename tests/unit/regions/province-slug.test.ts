import { describe, expect, it } from 'vitest';
import { provinceSlug } from '../../../src/lib/regions/province-slug.ts';

describe('provinceSlug', () => {
  it('strips accents', () => {
    expect(provinceSlug('Fryslân')).toBe('fryslan');
    expect(provinceSlug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
  });

  it('lower-cases and keeps the hyphen of a compound name', () => {
    expect(provinceSlug('Noord-Holland')).toBe('noord-holland');
    expect(provinceSlug('Zeeland')).toBe('zeeland');
  });

  it('folds runs of spaces, apostrophes and punctuation into one hyphen and trims the ends', () => {
    expect(provinceSlug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(provinceSlug('  Bergen (NH.)  ')).toBe('bergen-nh');
    expect(provinceSlug('a -- b')).toBe('a-b');
  });

  it('keeps digits and returns an empty slug for text without letters or digits', () => {
    expect(provinceSlug('Regio 2026')).toBe('regio-2026');
    expect(provinceSlug('—')).toBe('');
    expect(provinceSlug('')).toBe('');
  });
});
