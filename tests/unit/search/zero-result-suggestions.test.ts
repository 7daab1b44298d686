import { describe, expect, it } from 'vitest';
import type { SearchLocation } from '../../../src/lib/search/search-location.ts';
import { suggestionCandidates } from '../../../src/lib/search/zero-result-suggestions.ts';
import { catalog, criteria } from './region-fixture.ts';

const location = (radiusKm: number): SearchLocation => ({ label: '9711', pc4: '9711', gemeenteCode: 'GM0014', provincieCode: 'PV20', lat: 53.2194, lon: 6.5665, radiusKm, within: [] });
const NO_HUBS = new Set<string>();
const HUB_IN_GRONINGEN = new Set(['PV20']);
const COUNTRY = { provincies: [], postcode: null, plaats: null, afstandKm: null };

describe('suggestionCandidates', () => {
  it('offers the search without its keyword, and nothing else for a keyword alone', () => {
    const c = criteria({ q: 'x', pagina: 2 });
    expect(suggestionCandidates(c, null, catalog, HUB_IN_GRONINGEN)).toEqual([{ kind: 'wider', label: expect.objectContaining({ nl: 'zonder de zoekterm "x"' }), criteria: { ...c, q: '', pagina: 1 } }]);
  });

  it('offers the search without its minimum salary, in euros', () => {
    const c = criteria({ salarisMin: 9000, q: 'jurist' });
    expect(suggestionCandidates(c, null, catalog, NO_HUBS)).toEqual([
      { kind: 'wider', label: expect.objectContaining({ nl: 'zonder de zoekterm "jurist"' }), criteria: { ...c, q: '' } },
      { kind: 'wider', label: expect.objectContaining({ nl: 'zonder het minimumsalaris van € 9.000 per maand' }), criteria: { ...c, salarisMin: null } },
    ]);
  });

  it('offers every larger radius of 10, 25, 50 and 100 km (the caller shows the nearest with results) and the whole country', () => {
    const c = criteria({ postcode: '9711', afstandKm: 5, pagina: 3 });
    expect(suggestionCandidates(c, location(5), catalog, NO_HUBS)).toEqual([
      { kind: 'radius', label: expect.objectContaining({ nl: 'binnen 10 km van 9711' }), criteria: { ...c, afstandKm: 10, pagina: 1 } },
      { kind: 'radius', label: expect.objectContaining({ nl: 'binnen 25 km van 9711' }), criteria: { ...c, afstandKm: 25, pagina: 1 } },
      { kind: 'radius', label: expect.objectContaining({ nl: 'binnen 50 km van 9711' }), criteria: { ...c, afstandKm: 50, pagina: 1 } },
      { kind: 'radius', label: expect.objectContaining({ nl: 'binnen 100 km van 9711' }), criteria: { ...c, afstandKm: 100, pagina: 1 } },
      { kind: 'wider', label: expect.objectContaining({ nl: 'in heel Nederland' }), criteria: { ...c, ...COUNTRY, pagina: 1 } },
    ]);
    expect(suggestionCandidates(criteria({ postcode: '9711', afstandKm: 100 }), location(100), catalog, NO_HUBS).map((s) => s.label.nl)).toEqual(['in heel Nederland']);
  });

  it('offers the neighbouring provinces by name, after the whole country', () => {
    const c = criteria({ provincies: ['PV20'] });
    expect(suggestionCandidates(c, null, catalog, NO_HUBS)).toEqual([
      { kind: 'wider', label: expect.objectContaining({ nl: 'in heel Nederland' }), criteria: { ...c, ...COUNTRY } },
      { kind: 'wider', label: expect.objectContaining({ nl: 'in de buurprovincies (Fryslân, Drenthe)' }), criteria: { ...c, provincies: ['PV21', 'PV22'] } },
    ]);
  });

  it('leaves selected provinces out of the neighbours and shows the code of a province the catalog lacks', () => {
    const c = criteria({ provincies: ['PV20', 'PV22'] });
    expect(suggestionCandidates(c, null, catalog, NO_HUBS).at(-1)).toEqual({ kind: 'wider', label: expect.objectContaining({ nl: 'in de buurprovincies (Fryslân, PV23)' }), criteria: { ...c, provincies: ['PV21', 'PV23'] } });
  });

  it('offers a hub search for the home province of the location, dropping place and distance sorting', () => {
    const c = criteria({ q: 'ict', postcode: '9711', afstandKm: 100, sorteer: 'afstand', pagina: 2 });
    expect(suggestionCandidates(c, location(100), catalog, HUB_IN_GRONINGEN).map((s) => s.label.nl)).toEqual(['zonder de zoekterm "ict"', 'in heel Nederland', 'die je (deels) kunt doen vanaf een rijksontmoetingsplein in Groningen']);
    expect(suggestionCandidates(c, location(100), catalog, HUB_IN_GRONINGEN).at(-1)?.criteria).toEqual({ ...c, ...COUNTRY, pagina: 1, sorteer: 'relevantie', rijksontmoetingsplein: true });
  });

  it('offers no hub search when the home province has none, there are two provinces, or it is already asked for', () => {
    expect(suggestionCandidates(criteria({ provincies: ['PV20'] }), null, catalog, new Set(['PV22'])).some((s) => s.criteria.rijksontmoetingsplein)).toBe(false);
    expect(suggestionCandidates(criteria({ provincies: ['PV20', 'PV21'] }), null, catalog, HUB_IN_GRONINGEN).some((s) => s.criteria.rijksontmoetingsplein)).toBe(false);
    expect(suggestionCandidates(criteria({ provincies: ['PV20'], rijksontmoetingsplein: true }), null, catalog, HUB_IN_GRONINGEN).filter((s) => s.label.nl.includes('rijksontmoetingsplein'))).toEqual([]);
  });

  it('says every way out in English too, for the English search page', () => {
    const c = criteria({ q: 'ict', postcode: '9711', afstandKm: 50 });
    expect(suggestionCandidates(c, location(50), catalog, HUB_IN_GRONINGEN).map((s) => s.label.en)).toEqual(['within 100 km of 9711', 'without the search term "ict"', 'in the whole of the Netherlands', 'you can (partly) do from a government hub in Groningen']);
  });
});
