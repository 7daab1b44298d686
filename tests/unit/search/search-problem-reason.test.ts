import { describe, expect, it } from 'vitest';
import { searchProblemReason } from '../../../src/lib/search/search-param-labels.ts';

describe('why a search parameter was not used, per language', () => {
  const postcode = { name: 'postcode', reason: 'een postcode heeft 4 cijfers, eventueel gevolgd door 2 letters (bijvoorbeeld 9711 of 9711 AB)' };

  it('keeps the Dutch reason on Dutch pages', () => {
    expect(searchProblemReason(postcode, 'nl')).toBe(postcode.reason);
  });

  it('says it in English on English pages, also for unknown values and parameters', () => {
    expect(searchProblemReason(postcode, 'en')).toMatch(/^a postcode has 4 digits/);
    expect(searchProblemReason({ name: 'provincie', reason: 'onbekende waarde "PV99"' }, 'en')).toBe('unknown value "PV99"');
    expect(searchProblemReason({ name: 'kleur', reason: 'onbekende parameter' }, 'en')).toBe('this part of the web address was not used');
  });
});
