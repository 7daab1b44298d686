import { describe, expect, it } from 'vitest';
import { publishCount, publishRate, type PublishedCell } from '../../../src/lib/disclosure/index.ts';
import { headlineFigures, outsideRandstadShare, type HeadlineSource } from '../../../src/lib/intake/headline-figures.ts';

const count = (n: number): PublishedCell => publishCount(n);
const source = (o: Partial<HeadlineSource> = {}): HeadlineSource => ({
  applicants: count(1200),
  hires: count(80),
  hiresOutsideRandstad: count(30),
  hiresInsideRandstad: count(45),
  localShare: publishRate(40, 80),
  ...o,
});

describe('headline figures', () => {
  it('computes the share from outside the Randstad from the published counts only', () => {
    expect(outsideRandstadShare(count(30), count(45))).toMatchObject({ kind: 'value', value: 40, display: '40%' });
    // A hidden count hides the share; a sum under 50 is too small for a rate.
    expect(outsideRandstadShare(count(7), count(45))).toMatchObject({ kind: 'suppressed' });
    expect(outsideRandstadShare(count(20), count(25))).toMatchObject({ kind: 'suppressed', reason: 'noemer' });
  });

  it('gives the change in percent for counts and in percentage points for shares', () => {
    const figures = headlineFigures(source(), source({ applicants: count(1000), hires: count(80), hiresOutsideRandstad: count(25), hiresInsideRandstad: count(50), localShare: publishRate(30, 80) }), '2e kwartaal 2026');
    expect(figures.map((f) => [f.key, f.current.display, f.change, f.direction])).toEqual([
      ['sollicitanten', '1.200', '+20% ten opzichte van 2e kwartaal 2026 (1.000).', 'up'],
      ['aangenomen', '80', 'Gelijk aan 2e kwartaal 2026 (80).', 'same'],
      ['buiten-randstad', '40%', '+7 procentpunten ten opzichte van 2e kwartaal 2026 (33%).', 'up'],
      ['lokaal', '50%', '+12 procentpunten ten opzichte van 2e kwartaal 2026 (38%).', 'up'],
    ]);
  });

  it('does not compare when a value is hidden or there is no previous period', () => {
    const hidden = headlineFigures(source(), source({ hires: count(4) }), '2e kwartaal 2026');
    expect(hidden[1]).toMatchObject({ change: 'Geen vergelijking met 2e kwartaal 2026: een van beide aantallen is niet getoond.', direction: null });
    const none = headlineFigures(source(), null, '2e kwartaal 2026');
    expect(none.every((f) => f.direction === null && f.previous === null)).toBe(true);
    expect(none[0]!.change).toBe('Geen vergelijking: er is geen vorige periode.');
  });

  it('says a fall with a real minus sign and singular "procentpunt"', () => {
    const figures = headlineFigures(source({ applicants: count(900), localShare: publishRate(39, 80) }), source(), '1e kwartaal 2026');
    expect(figures[0]!.change).toBe('−25% ten opzichte van 1e kwartaal 2026 (1.200).');
    expect(figures[3]!.change).toBe('−1 procentpunt ten opzichte van 1e kwartaal 2026 (50%).');
  });
});
