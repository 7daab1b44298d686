import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { loadRegionCatalog, type RegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import { loadPlaceFinder, type PlaceFinder } from '../../../src/lib/regions/place-finder.ts';
import type { SearchConnection } from '../../../src/lib/search/search-client.ts';
import { rebuildVacancyIndexes, syncVacancies } from '../../../src/lib/search/vacancy-indexer.ts';
import { runVacancySearch } from '../../../src/lib/search/vacancy-search-service.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { dropTestIndexes, testSearchConnection } from '../../support/test-search.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

// 13:00 in Amsterdam on Sunday 29 November 2026 (CET, UTC+1).
const NOW = new Date('2026-11-29T12:00:00Z');

let database: Database;
let search: SearchConnection;
let catalog: RegionCatalog;
let places: PlaceFinder;
let organisationCodes: Set<string>;
const ids: Record<string, string> = {};

async function find(query: string, now: Date = NOW, searchConnection: () => Promise<SearchConnection> = async () => search) {
  return runVacancySearch(new URLSearchParams(query), { db: database.db, search: searchConnection, catalog, places, organisationCodes, hubProvinces: new Set(['PV22', 'PV26']), now });
}
const titles = (outcome: Awaited<ReturnType<typeof find>>) => outcome.result.hits.map((h) => h.titel).sort();

beforeAll(async () => {
  database = await createTestDatabase();
  search = testSearchConnection();
  catalog = await loadRegionCatalog(database.db);
  places = await loadPlaceFinder(database.db, catalog);
  organisationCodes = new Set((await database.db.selectFrom('organisatie').select('code').execute()).map((o) => o.code));
  const put = async (key: string, org: string, fields: Parameters<typeof vacancyInput>[0]) => {
    ids[key] = (await publish(database.db, org, [vacancyInput({ kenmerk: key, ...fields })]))[0]!;
  };
  await put('A', 'duo', { titel: 'Beleidsmedewerker arbeidsmarkt', standplaatsen: ['Groningen'] });
  await put('B', 'belastingdienst', { titel: 'Adviseur informatiebeveiliging', samenvatting: 'Je beschermt de systemen van de Belastingdienst.', standplaatsen: ['Assen'], vakgebied: 'ict', schaalMin: 11, schaalMax: 12 });
  await put('C', 'uwv', { titel: 'Medewerker klantcontact', samenvatting: 'Je helpt klanten aan de telefoon en in de chat.', standplaatsen: ['Groningen', 'Leeuwarden'], vakgebied: 'klantcontact', schaalMin: 6, schaalMax: 7, salarisMin: 2700, salarisMax: 3550, opleidingsniveau: 'mbo' });
  await put('D', 'bzk', { titel: 'Jurist bestuursrecht', samenvatting: 'Je adviseert over wetgeving en bezwaar.', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch', vanafRijksontmoetingsplein: true });
  await put('E', 'rdw', { titel: 'ICT-beheerder', samenvatting: 'Je beheert servers en netwerken.', standplaatsen: ['Veendam'], vakgebied: 'ict', schaalMin: 9, schaalMax: 9, salarisMin: 3500, salarisMax: 5150 });
  await put('F', 'ienw', { titel: 'Beleidsadviseur water', samenvatting: 'Je werkt aan waterveiligheid in Zeeland.', standplaatsen: ['Middelburg (Z.)'], sluitingsdatum: '2026-11-29' });
  await put('G', 'ienw', { titel: 'Projectleider dijken', samenvatting: 'Deze vacature sloot gisteren.', standplaatsen: ['Middelburg (Z.)'], sluitingsdatum: '2026-11-28' });
  await put('H', 'cbs', { titel: 'Data-analist (schaal 12)', samenvatting: 'Je analyseert cijfers over de arbeidsmarkt.', standplaatsen: ['Heerlen'], vakgebied: 'data', schaalMin: 12, schaalMax: 12, salarisMin: 4900, salarisMax: 7300 });
  await rebuildVacancyIndexes(database.db, search, NOW);
});

afterAll(async () => {
  await dropTestIndexes(search);
  await database.close();
});

describe('vacancy search against Meilisearch', () => {
  it('finds "beleidsmedewerker" in Groningen only', async () => {
    const outcome = await find('q=beleidsmedewerker&provincie=groningen');
    expect(outcome.result.engine).toBe('meilisearch');
    expect(titles(outcome)).toEqual(['Beleidsmedewerker arbeidsmarkt']);
    expect(outcome.result.total).toBe(1);
  });

  it('filters on a radius alone and reports the distance to the nearest standplaats', async () => {
    const outcome = await find('postcode=9711&afstand=25');
    // Municipality centres: Groningen 0 km, Veendam 22.5 km, Assen 24.5 km; Leeuwarden is further.
    expect(titles(outcome)).toEqual(['Adviseur informatiebeveiliging', 'Beleidsmedewerker arbeidsmarkt', 'ICT-beheerder', 'Medewerker klantcontact']);
    const byTitle = Object.fromEntries(outcome.result.hits.map((h) => [h.titel, h.afstandKm]));
    expect(byTitle).toEqual({ 'Beleidsmedewerker arbeidsmarkt': 0, 'Medewerker klantcontact': 0, 'ICT-beheerder': 22.5, 'Adviseur informatiebeveiliging': 24.5 });
    expect(titles(await find('postcode=9711&afstand=24'))).toEqual(['Beleidsmedewerker arbeidsmarkt', 'ICT-beheerder', 'Medewerker klantcontact']);
  });

  it('sorts by distance to the nearest standplaats', async () => {
    const outcome = await find('postcode=9711&afstand=100&sorteer=afstand');
    const distances = outcome.result.hits.map((h) => h.afstandKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(outcome.result.hits.at(-1)?.titel).toBe('Adviseur informatiebeveiliging');
  });

  it('keeps facet counts disjunctive: with Groningen selected, Drenthe is still counted', async () => {
    const outcome = await find('provincie=PV20');
    expect(outcome.result.total).toBe(3);
    expect(outcome.result.facets.provincieCodes).toMatchObject({ PV20: 3, PV21: 1, PV22: 1, PV28: 1, PV29: 1, PV31: 1 });
    expect(outcome.result.facets.vakgebied).toEqual({ beleid: 1, klantcontact: 1, ict: 1 });
  });

  it('lists a vacancy with two standplaatsen once, and counts it under both provinces', async () => {
    const outcome = await find('q=klantcontact');
    expect(outcome.result.hits.map((h) => h.titel)).toEqual(['Medewerker klantcontact']);
    expect(outcome.result.total).toBe(1);
    expect(outcome.result.facets.provincieCodes).toEqual({ PV20: 1, PV21: 1 });
    const all = await find('paginaGrootte=50');
    expect(all.result.hits.filter((h) => h.titel === 'Medewerker klantcontact')).toHaveLength(1);
    expect(all.result.total).toBe(7);
  });

  it('applies synonyms in both directions and matches parts of compound words', async () => {
    expect(titles(await find('q=IT'))).toContain('ICT-beheerder');
    expect(titles(await find('q=Den Haag'))).toEqual(['Jurist bestuursrecht']);
    expect(titles(await find('q=beveiliging'))).toEqual(['Adviseur informatiebeveiliging']);
  });

  it('matches numbers exactly, without typo tolerance', async () => {
    expect(titles(await find('q=12'))).toEqual(['Data-analist (schaal 12)']);
    expect(titles(await find('q=11'))).toEqual([]);
  });

  it('matches salary scales on overlap, not on buckets', async () => {
    expect(titles(await find('schaalMin=12&schaalMax=13'))).toEqual(['Adviseur informatiebeveiliging', 'Data-analist (schaal 12)']);
    expect(titles(await find('schaalMax=7'))).toEqual(['Medewerker klantcontact']);
  });

  it('filters on salary in euros: a vacancy matches when its maximum salary reaches the asked minimum', async () => {
    // Salary maxima: C 3550, E 5150, H 7300, the others 6100.
    expect(titles(await find('salarisMin=6101'))).toEqual(['Data-analist (schaal 12)']);
    expect(titles(await find('salarisMin=6100'))).toEqual(['Adviseur informatiebeveiliging', 'Beleidsadviseur water', 'Beleidsmedewerker arbeidsmarkt', 'Data-analist (schaal 12)', 'Jurist bestuursrecht']);
    expect((await find('salarisMin=5150')).result.total).toBe(6);
    expect(titles(await find('salarisMin=4000&provincie=PV20'))).toEqual(['Beleidsmedewerker arbeidsmarkt', 'ICT-beheerder']);
  });

  it('offers the search without the minimum salary when nothing pays that much', async () => {
    const outcome = await find('salarisMin=8000&provincie=PV20');
    expect(outcome.result.total).toBe(0);
    expect(outcome.suggestions).toEqual([{ label: expect.objectContaining({ nl: 'zonder het minimumsalaris van € 8.000 per maand' }), query: 'provincie=PV20', count: 3 }]);
    expect(outcome.suggestions[0]?.label.en).toBe('without the minimum salary of € 8.000 a month');
  });

  it('keeps a vacancy open until the last second of its closing day in Amsterdam', async () => {
    expect(titles(await find('q=water', new Date('2026-11-29T22:59:59Z')))).toEqual(['Beleidsadviseur water']);
    expect(titles(await find('q=water', new Date('2026-11-29T23:00:00Z')))).toEqual([]);
    expect(titles(await find('q=dijken'))).toEqual([]);
  });

  it('offers ways out of an empty result with counts: nearest radius with results, without keyword, whole country, neighbours, hubs', async () => {
    const nearby = await find('q=informatiebeveiliging&postcode=9711&afstand=10');
    expect(nearby.result.total).toBe(0);
    // Assen lies 24.5 km away: 25 km is the nearest radius with a result; 50 and 100 km are not offered too.
    expect(nearby.suggestions).toEqual([
      { label: expect.objectContaining({ nl: 'binnen 25 km van 9711' }), query: 'q=informatiebeveiliging&postcode=9711&afstand=25', count: 1 },
      { label: expect.objectContaining({ nl: 'zonder de zoekterm "informatiebeveiliging"' }), query: 'postcode=9711&afstand=10', count: 2 },
      { label: expect.objectContaining({ nl: 'in heel Nederland' }), query: 'q=informatiebeveiliging', count: 1 },
    ]);
    const neighbours = await find('q=water&provincie=PV28');
    expect(neighbours.suggestions).toEqual([
      { label: expect.objectContaining({ nl: 'zonder de zoekterm "water"' }), query: 'provincie=PV28', count: 1 },
      { label: expect.objectContaining({ nl: 'in heel Nederland' }), query: 'q=water', count: 1 },
      { label: expect.objectContaining({ nl: 'in de buurprovincies (Gelderland, Utrecht, Noord-Holland, Zeeland, Noord-Brabant)' }), query: 'q=water&provincie=PV25&provincie=PV26&provincie=PV27&provincie=PV29&provincie=PV30', count: 1 },
    ]);
    const hub = await find('q=jurist&postcode=9401&afstand=10');
    expect(hub.suggestions).toEqual([
      { label: expect.objectContaining({ nl: 'zonder de zoekterm "jurist"' }), query: 'postcode=9401&afstand=10', count: 1 },
      { label: expect.objectContaining({ nl: 'in heel Nederland' }), query: 'q=jurist', count: 1 },
      { label: expect.objectContaining({ nl: 'die je (deels) kunt doen vanaf een rijksontmoetingsplein in Drenthe' }), query: 'q=jurist&rijksontmoetingsplein=ja', count: 1 },
    ]);
    // The PostgreSQL fallback counts the same ways out.
    expect((await find('q=informatiebeveiliging&postcode=9711&afstand=10', NOW, async () => { throw new Error('down'); })).suggestions).toEqual(nearby.suggestions);
  });

  it('makes a change searchable right after a publish', async () => {
    await publish(database.db, 'duo', [vacancyInput({ kenmerk: 'A', titel: 'Senior beleidsmedewerker arbeidsmarkt', standplaatsen: ['Groningen'] })]);
    await syncVacancies(database.db, search, [ids.A!], NOW);
    expect(titles(await find('q=senior'))).toEqual(['Senior beleidsmedewerker arbeidsmarkt']);
  });
});

describe('the PostgreSQL fallback', () => {
  const down = async (): Promise<SearchConnection> => { throw new Error('connection refused'); };

  it('answers the same filters, totals and disjunctive counts when Meilisearch is down', async () => {
    const fallback = await find('provincie=PV20', NOW, down);
    const meili = await find('provincie=PV20');
    expect(fallback.degraded).toBe(true);
    expect(fallback.result.engine).toBe('postgresql');
    expect(fallback.result.total).toBe(meili.result.total);
    expect(fallback.result.facets.provincieCodes).toEqual(meili.result.facets.provincieCodes);
    expect(titles(fallback)).toEqual(titles(meili));
  });

  it('filters on salary in euros exactly like Meilisearch', async () => {
    for (const query of ['salarisMin=6101', 'salarisMin=6100', 'salarisMin=5150', 'salarisMin=4000&provincie=PV20', 'salarisMin=8000']) {
      const [fallback, meili] = [await find(query, NOW, down), await find(query)];
      expect(fallback.result.engine).toBe('postgresql');
      expect({ query, total: fallback.result.total, titles: titles(fallback) }).toEqual({ query, total: meili.result.total, titles: titles(meili) });
    }
    expect((await find('salarisMin=6101', NOW, down)).result.total).toBe(1);
  });

  it('filters a radius and sorts by distance in SQL too', async () => {
    const outcome = await find('postcode=9711&afstand=25&sorteer=afstand', NOW, down);
    expect(outcome.result.hits.map((h) => h.afstandKm)).toEqual([0, 0, 22.5, 24.5]);
    expect(outcome.result.total).toBe(4);
  });
});
