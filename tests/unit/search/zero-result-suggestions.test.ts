import { describe, expect, it } from 'vitest';
import type { SearchLocation } from '../../../src/lib/search/search-location.ts';
import { suggestionCandidates } from '../../../src/lib/search/zero-result-suggestions.ts';
import { catalog, criteria } from './region-fixture.ts';

const location = (radiusKm: number): SearchLocation => ({ label: '9711', pc4: '9711', gemeenteCode: 'GM0014', provincieCode: 'PV20', lat: 53.2194, lon: 6.5665, radiusKm, within: [] });
const NO_HUBS = new Set<string>();
const HUB_IN_GRONINGEN = new Set(['PV20']);

describe('suggestionCandidates', () => {
  it('offers nothing for a search without location or provinces', () => {
    expect(suggestionCandidates(criteria({ q: 'x' }), null, catalog, HUB_IN_GRONINGEN)).toEqual([]);
  });

  it('offers double the distance and 100 km, back on page 1', () => {
    const c = criteria({ postcode: '9711', afstandKm: 25, pagina: 3 });
    expect(suggestionCandidates(c, location(25), catalog, NO_HUBS)).toEqual([
      { label: 'binnen 50 km van 9711', criteria: { ...c, afstandKm: 50, pagina: 1 } },
      { label: 'binnen 100 km van 9711', criteria: { ...c, afstandKm: 100, pagina: 1 } },
    ]);
  });

  it('offers 100 km once when it is also the double', () => {
    const c = criteria({ postcode: '9711', afstandKm: 50 });
    expect(suggestionCandidates(c, location(50), catalog, NO_HUBS).map((s) => s.label)).toEqual(['binnen 100 km van 9711']);
  });

  it('offers only wider distances and none above 300 km', () => {
    expect(suggestionCandidates(criteria({ postcode: '9711', afstandKm: 100 }), location(100), catalog, NO_HUBS).map((s) => s.label)).toEqual(['binnen 200 km van 9711']);
    expect(suggestionCandidates(criteria({ postcode: '9711', afstandKm: 150 }), location(150), catalog, NO_HUBS).map((s) => s.label)).toEqual(['binnen 300 km van 9711']);
    expect(suggestionCandidates(criteria({ postcode: '9711', afstandKm: 200 }), location(200), catalog, NO_HUBS)).toEqual([]);
  });

  it('offers the neighbouring provinces by name', () => {
    const c = criteria({ provincies: ['PV20'] });
    expect(suggestionCandidates(c, null, catalog, NO_HUBS)).toEqual([{ label: 'in de buurprovincies (Fryslân, Drenthe)', criteria: { ...c, provincies: ['PV21', 'PV22'] } }]);
  });

  it('leaves selected provinces out of the neighbours and shows the code of a province the catalog lacks', () => {
    const c = criteria({ provincies: ['PV20', 'PV22'] });
    expect(suggestionCandidates(c, null, catalog, NO_HUBS)).toEqual([{ label: 'in de buurprovincies (Fryslân, PV23)', criteria: { ...c, provincies: ['PV21', 'PV23'] } }]);
  });

  it('offers a hub search for the home province of the location, dropping place and distance sorting', () => {
    const c = criteria({ q: 'ict', postcode: '9711', afstandKm: 100, sorteer: 'afstand', pagina: 2 });
    expect(suggestionCandidates(c, location(100), catalog, HUB_IN_GRONINGEN)).toEqual([
      { label: 'binnen 200 km van 9711', criteria: { ...c, afstandKm: 200, pagina: 1 } },
      {
        label: 'die je (deels) kunt doen vanaf een rijksontmoetingsplein in Groningen',
        criteria: { ...c, pagina: 1, provincies: [], postcode: null, plaats: null, afstandKm: null, sorteer: 'relevantie', rijksontmoetingsplein: true },
      },
    ]);
  });

  it('offers a hub search for a single selected province and keeps a non-distance sort', () => {
    const c = criteria({ provincies: ['PV20'], sorteer: 'nieuwste' });
    const candidates = suggestionCandidates(c, null, catalog, HUB_IN_GRONINGEN);
    expect(candidates.map((s) => s.label)).toEqual(['in de buurprovincies (Fryslân, Drenthe)', 'die je (deels) kunt doen vanaf een rijksontmoetingsplein in Groningen']);
    expect(candidates[1]?.criteria).toEqual({ ...c, provincies: [], rijksontmoetingsplein: true, sorteer: 'nieuwste' });
  });

  it('offers no hub search when the home province has none, there are two provinces, or it is already asked for', () => {
    expect(suggestionCandidates(criteria({ provincies: ['PV20'] }), null, catalog, new Set(['PV22'])).map((s) => s.label)).toEqual(['in de buurprovincies (Fryslân, Drenthe)']);
    expect(suggestionCandidates(criteria({ provincies: ['PV20', 'PV21'] }), null, catalog, HUB_IN_GRONINGEN).some((s) => s.criteria.rijksontmoetingsplein)).toBe(false);
    expect(suggestionCandidates(criteria({ provincies: ['PV20'], rijksontmoetingsplein: true }), null, catalog, HUB_IN_GRONINGEN).map((s) => s.label)).toEqual(['in de buurprovincies (Fryslân, Drenthe)']);
  });
});
