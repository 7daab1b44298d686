import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS } from '../../../src/lib/statistics/definitions.ts';

describe('indicator definitions', () => {
  it('define every indicator with period, numerator, denominator, unit and rounding in Dutch', () => {
    expect(Object.keys(INDICATOR_DEFINITIONS)).toEqual([
      'ftePerProvincie',
      'ftePerCorop',
      'veranderingJaar',
      'aandeelNationaal',
      'aandeelRandstad',
      'ftePerDuizendInwoners',
      'ftePerDuizendBeroepsbevolking',
      'verdelingGroei',
      'verplaatsingen',
    ]);
    for (const definition of Object.values(INDICATOR_DEFINITIONS)) {
      for (const field of ['titel', 'periode', 'teller', 'noemer', 'eenheid', 'afronding', 'toelichting'] as const) expect(definition[field].trim()).not.toBe("");
    }
    expect(INDICATOR_DEFINITIONS.verplaatsingen.teller).toContain('minstens 50 fte');
    expect(INDICATOR_DEFINITIONS.ftePerDuizendInwoners.periode).toContain('eerdere jaar');
  });
});
