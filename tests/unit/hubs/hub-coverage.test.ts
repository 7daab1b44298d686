import { describe, expect, it } from 'vitest';
import { coverageByProvince, greedyHubSuggestions, nearestHubKm, type WeightedMunicipality } from '../../../src/lib/hubs/hub-coverage.ts';
import { pleinSlug } from '../../../src/lib/hubs/hub-vocabulary.ts';

// Points on one meridian: 0.1° latitude ≈ 11.12 km, so distances are easy to reason about.
const m = (code: string, provincieCode: string, lat: number, weight: number): WeightedMunicipality => ({ code, naam: code, provincieCode, lat, lon: 5, weight });
const towns = [m('A', 'P1', 52.0, 10), m('B', 'P1', 52.2, 30), m('C', 'P1', 52.5, 60), m('D', 'P2', 53.0, 50), m('E', 'P2', 53.2, 50)];

describe('hub coverage', () => {
  it('counts a municipality as covered when its centre is within the radius of an open hub (≈22 km and ≈56 km here)', () => {
    expect(nearestHubKm(towns[1]!, [{ gemeenteCode: 'A', lat: 52.0, lon: 5 }])).toBeCloseTo(22.24, 1);
    expect(nearestHubKm(towns[1]!, [])).toBeNull();
    const [p1, p2] = coverageByProvince(['P1', 'P2'], towns, [{ gemeenteCode: 'A', lat: 52.0, lon: 5 }], [30, 45]);
    // A (10) and B (30) within 30 km; C is 55.6 km away.
    expect(p1!.share).toEqual({ 30: 0.4, 45: 0.4 });
    expect(p1!.witteVlekken.map((w) => w.code)).toEqual(['C']);
    expect(p2!.share).toEqual({ 30: 0, 45: 0 });
    expect(p2!.witteVlekken.map((w) => w.code)).toEqual(['D', 'E']);
  });

  it('suggests next hubs greedily by covered weight, with the gain per step, deterministically', () => {
    const suggestions = greedyHubSuggestions(towns, [{ gemeenteCode: 'A', lat: 52.0, lon: 5 }], 30, 5);
    // D reaches D and E (100), then C reaches only itself (60; B is already covered); then nothing is left.
    expect(suggestions.map((s) => [s.gemeenteCode, s.gain, s.gainShare, s.coveredShareAfter])).toEqual([
      ['D', 100, 0.5, 0.7],
      ['C', 60, 0.3, 1],
    ]);
  });

  it('makes URL slugs of place names', () => {
    expect(pleinSlug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(pleinSlug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
  });
});
