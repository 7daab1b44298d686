import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateToWidth } from '../../../src/lib/charts/text-width.ts';

describe('estimateTextWidth', () => {
  it('weighs narrow, normal and wide characters differently', () => {
    expect(estimateTextWidth('il', 10)).toBe(6);
    expect(estimateTextWidth('ab', 10)).toBe(11);
    expect(estimateTextWidth('Wm', 10)).toBe(17);
    expect(estimateTextWidth('', 10)).toBe(0);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits', () => {
    expect(truncateToWidth('Belastingdienst', 200, 12)).toBe('Belastingdienst');
  });

  it('cuts text that is too wide and ends it with an ellipsis', () => {
    expect(truncateToWidth('Ministerie van Financiën', 80, 12)).toBe('Ministerie v…');
  });

  it('drops a space left before the ellipsis', () => {
    expect(truncateToWidth('ab cd', 24, 10)).toBe('ab…');
  });
});
