import { describe, expect, it } from 'vitest';
import { compareSelectionRates, SELECTION_VERDICT_LABELS } from '../../../src/lib/intake/selection-rate.ts';
import { fisherExactTwoSided } from '../../../src/lib/statistics/fisher-exact.ts';

const group = (code: string, applicants: number, selected: number) => ({ region: { code, naam: code }, applicants, selected });

describe('compareSelectionRates', () => {
  const stage = compareSelectionRates('gesprek', [
    group('A', 100, 30),
    group('B', 100, 20),
    group('C', 200, 20),
    group('D', 15, 1),
    group('E', 100, 28),
    group('onbekend', 200, 80),
  ]);
  const row = (code: string) => stage.groups.find((g) => g.region.code === code)!;

  it('takes the best province with enough applicants as reference, never the unknown region', () => {
    expect(stage.reference).toEqual({ code: 'A', naam: 'A' });
    expect(row('A')).toMatchObject({ ratio: 1, pValue: null, verdict: 'referentie' });
    expect(row('onbekend').verdict).toBe('voldoet');
    expect(row('onbekend').ratio).toBeCloseTo(4 / 3, 12);
  });

  it('applies the four-fifths rule and Fisher\u2019s exact test against the reference', () => {
    expect(row('E')).toMatchObject({ verdict: 'voldoet' });
    expect(row('E').ratio).toBeCloseTo(0.28 / 0.3, 12);
    expect(row('B')).toMatchObject({ verdict: 'onder-vier-vijfde', pValue: fisherExactTwoSided([[20, 80], [30, 70]]) });
    expect(row('B').pValue).toBeCloseTo(0.1412, 4);
    expect(row('C').verdict).toBe('onder-vier-vijfde-significant');
    expect(row('C').pValue).toBeLessThan(0.001);
    expect(row('C').rate.estimate).toBe(0.1);
  });

  it('does not judge groups with fewer than 20 applicants or small expected counts', () => {
    expect(row('D')).toMatchObject({ verdict: 'te-weinig-waarnemingen' });
    const hires = compareSelectionRates('aangenomen', [group('A', 100, 6), group('B', 30, 0)]);
    expect(hires.groups.map((g) => g.verdict)).toEqual(['referentie', 'te-weinig-waarnemingen']);
    expect(SELECTION_VERDICT_LABELS['te-weinig-waarnemingen']).toBe('Te weinig waarnemingen om te oordelen');
  });

  it('has no reference, and judges nothing, when no province has enough applicants', () => {
    const none = compareSelectionRates('aanbod', [group('A', 19, 5), group('onbekend', 500, 100)]);
    expect(none.reference).toBeNull();
    expect(none.groups.map((g) => [g.verdict, g.ratio, g.pValue])).toEqual([
      ['te-weinig-waarnemingen', null, null],
      ['te-weinig-waarnemingen', null, null],
    ]);
  });

  it('follows configured thresholds', () => {
    const strict = compareSelectionRates('gesprek', [group('A', 100, 30), group('E', 100, 28)], { ratioThreshold: 0.95 });
    expect(strict.groups[1]!.verdict).toBe('onder-vier-vijfde');
  });
});
