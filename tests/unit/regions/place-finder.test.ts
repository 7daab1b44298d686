import { describe, expect, it } from 'vitest';
import { commonPlaceName, PlaceFinder, placeKey } from '../../../src/lib/regions/place-finder.ts';
import { RegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import { readCsv } from '../vacancies/demo/reference-csv.ts';

// The real reference files, so the test sees every real ambiguity.
const points = new Map(readCsv('gemeente_punten_2025.csv').map((r) => [r.gemeente_code!, r]));
const catalog = new RegionCatalog({
  provinces: readCsv('provincies_2025.csv').map((r) => ({ code: r.provincie_code!, naam: r.provincie_naam!, slug: r.provincie_naam!.toLowerCase() })),
  municipalities: readCsv('gemeenten_2025.csv').map((r) => ({ code: r.gemeente_code!, naam: r.gemeente_naam!, provincieCode: r.provincie_code!, coropCode: r.corop_code!, lat: Number(points.get(r.gemeente_code!)!.lat), lon: Number(points.get(r.gemeente_code!)!.lon) })),
  corop: [],
});
const finder = new PlaceFinder(catalog, readCsv('woonplaatsen_gemeente_corop_2024.csv').map((r) => ({ naam: r.Woonplaats!, gemeenteCode: `GM${r.Gemeentecode!}` })));

const found = (input: string) => {
  const r = finder.resolve(input);
  return r.status === 'found' ? [r.place.label, r.place.gemeente.code] : r.status;
};

describe('PlaceFinder', () => {
  it('finds municipalities and woonplaatsen whatever the case, accents or "\'s-" form', () => {
    expect(found('Zwolle')).toEqual(['Zwolle', 'GM0193']);
    expect(found('zwolle ')).toEqual(['Zwolle', 'GM0193']);
    expect(found('den haag')).toEqual(['Den Haag', 'GM0518']);
    expect(found("'s-Gravenhage")).toEqual(['Den Haag', 'GM0518']);
    expect(found('s-gravenhage')).toEqual(['Den Haag', 'GM0518']);
    expect(found('Den Bosch')).toEqual(["'s-Hertogenbosch", 'GM0796']);
    expect(found("'s Hertogenbosch")).toEqual(["'s-Hertogenbosch", 'GM0796']);
    expect(found('sudwest-fryslan')).toEqual(['Súdwest-Fryslân', 'GM1900']);
    // A woonplaats resolves to its municipality.
    expect(found('Rosmalen')).toEqual(['Rosmalen', 'GM0796']);
    expect(found('Nootdorp')).toEqual(['Nootdorp', 'GM1926']);
    expect(found('GM0014')).toEqual(['Groningen', 'GM0014']);
  });

  it('asks which one for a name in several municipalities, with labels that resolve uniquely', () => {
    const bergen = finder.resolve('Bergen');
    expect(bergen.status).toBe('ambiguous');
    const options = bergen.status === 'ambiguous' ? bergen.options : [];
    expect(options.map((o) => [o.label, o.gemeente.code])).toEqual([
      ['Bergen (Limburg)', 'GM0893'],
      ['Bergen (Noord-Holland)', 'GM0373'],
    ]);
    expect(found('bergen (noord-holland)')).toEqual(['Bergen (Noord-Holland)', 'GM0373']);
    // The CBS hint narrows it down too.
    expect(found('Bergen NH')).toEqual(['Bergen', 'GM0373']);
    const hengelo = finder.resolve('hengelo');
    expect(hengelo.status === 'ambiguous' && hengelo.options.map((o) => o.gemeente.code).sort()).toEqual(['GM0164', 'GM1876']);
  });

  it('says it does not know a place, with names that start alike', () => {
    const r = finder.resolve('Zwollerkerspelx');
    expect(r.status).toBe('unknown');
    expect(finder.resolve('Atlantis')).toEqual({ status: 'unknown', suggestions: [] });
  });

  it('suggests places while typing, the exact name first', () => {
    expect(finder.suggest('zwol').map((p) => p.label)).toEqual(['Zwolle']);
    expect(finder.suggest('den h').map((p) => p.label)).toContain('Den Haag');
    expect(finder.suggest('z')).toEqual([]);
    expect(finder.suggest('berg', 20).map((p) => p.label)).toEqual(expect.arrayContaining(['Bergen (Limburg)', 'Bergen (Noord-Holland)', 'Bergen op Zoom']));
  });

  it('folds names to one key and shows the common name', () => {
    expect(placeKey("  'S-Hertogenbosch ")).toBe('hertogenbosch');
    expect(commonPlaceName("'s-Gravenhage")).toBe('Den Haag');
    expect(commonPlaceName('Bergen (NH.)')).toBe('Bergen');
    expect(commonPlaceName('Loo Gld')).toBe('Loo');
  });
});
