import { describe, expect, it } from 'vitest';
import type { SearchLocation } from '../../../src/lib/search/search-location.ts';
import { searchSummary } from '../../../src/lib/search/search-summary.ts';
import { criteria } from './region-fixture.ts';

const location: SearchLocation = { label: '9711', pc4: '9711', gemeenteCode: 'GM0014', provincieCode: 'PV20', lat: 53.2194, lon: 6.5665, radiusKm: 25, within: [] };

describe('searchSummary', () => {
  it('says the count and the distance', () => {
    expect(searchSummary(23, criteria(), location, [])).toBe('23 vacatures binnen 25 km van 9711');
  });

  it('uses the singular for one vacancy and the plural for none', () => {
    expect(searchSummary(1, criteria(), null, [])).toBe('1 vacature');
    expect(searchSummary(0, criteria(), null, [])).toBe('0 vacatures');
  });

  it('formats thousands the Dutch way', () => {
    expect(searchSummary(1234, criteria(), null, [])).toBe('1.234 vacatures');
  });

  it('quotes the search term', () => {
    expect(searchSummary(2, criteria({ q: 'beleid' }), location, [])).toBe('2 vacatures voor "beleid" binnen 25 km van 9711');
  });

  it('joins provinces with commas and "of"', () => {
    expect(searchSummary(5, criteria(), null, ['Groningen'])).toBe('5 vacatures in Groningen');
    expect(searchSummary(5, criteria(), null, ['Groningen', 'Drenthe'])).toBe('5 vacatures in Groningen of Drenthe');
    expect(searchSummary(5, criteria(), null, ['Groningen', 'Fryslân', 'Drenthe'])).toBe('5 vacatures in Groningen, Fryslân of Drenthe');
  });

  it('has an English variant', () => {
    expect(searchSummary(1, criteria({ q: 'data' }), location, ['Groningen', 'Drenthe'], 'en')).toBe('1 vacancy for "data" within 25 km of 9711 in Groningen or Drenthe');
    expect(searchSummary(1234, criteria(), null, [], 'en')).toBe('1,234 vacancies');
  });
});
