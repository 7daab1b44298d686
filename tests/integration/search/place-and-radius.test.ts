import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { loadPlaceFinder, type PlaceFinder } from '../../../src/lib/regions/place-finder.ts';
import { loadRegionCatalog, type RegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import type { SearchConnection } from '../../../src/lib/search/search-client.ts';
import { rebuildVacancyIndexes } from '../../../src/lib/search/vacancy-indexer.ts';
import { runVacancySearch } from '../../../src/lib/search/vacancy-search-service.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { dropTestIndexes, testSearchConnection } from '../../support/test-search.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;
let search: SearchConnection;
let catalog: RegionCatalog;
let places: PlaceFinder;
let organisationCodes: Set<string>;
const down = async (): Promise<SearchConnection> => { throw new Error('connection refused'); };

async function find(query: string, searchConnection: () => Promise<SearchConnection> = async () => search) {
  return runVacancySearch(new URLSearchParams(query), { db: database.db, search: searchConnection, catalog, places, organisationCodes, hubProvinces: new Set(), now: NOW });
}
const titles = (outcome: Awaited<ReturnType<typeof find>>) => outcome.result.hits.map((h) => h.titel).sort();

beforeAll(async () => {
  database = await createTestDatabase();
  search = testSearchConnection();
  catalog = await loadRegionCatalog(database.db);
  places = await loadPlaceFinder(database.db, catalog);
  organisationCodes = new Set((await database.db.selectFrom('organisatie').select('code').execute()).map((o) => o.code));
  await publish(database.db, 'bzk', [
    vacancyInput({ kenmerk: 'HG', titel: 'Adviseur Den Haag en Groningen', standplaatsen: ["'s-Gravenhage", 'Groningen'] }),
    vacancyInput({ kenmerk: 'ZW', titel: 'Jurist Zwolle', standplaatsen: ['Zwolle'] }),
    vacancyInput({ kenmerk: 'BL', titel: 'Toezichthouder Bergen Limburg', standplaatsen: ['Bergen (L.)'] }),
  ]);
  await rebuildVacancyIndexes(database.db, search, NOW);
});

afterAll(async () => {
  await dropTestIndexes(search);
  await database.close();
});

describe('province and radius hold for the same standplaats', () => {
  // Den Haag lies within 100 km of Middelburg and Groningen is in the province Groningen, but no ONE
  // standplaats of the vacancy is both.
  it.each([['Meilisearch', undefined], ['PostgreSQL', down]] as const)('in %s', async (_engine, connection) => {
    const mixed = await find('provincie=PV20&plaats=Middelburg&afstand=100', connection);
    expect(titles(mixed)).toEqual([]);
    const same = await find('provincie=PV28&plaats=Middelburg&afstand=100', connection);
    expect(titles(same)).toEqual(['Adviseur Den Haag en Groningen']);
    // The province facet still counts what lies within the radius in other provinces.
    expect(mixed.result.facets.provincieCodes).toMatchObject({ PV28: 1 });
  });
});

describe('one postcode-or-place field', () => {
  it('finds vacancies near a place typed the way people write it', async () => {
    const haag = await find('plaats=den haag&afstand=10');
    expect(titles(haag)).toEqual(['Adviseur Den Haag en Groningen']);
    expect([haag.location?.label, haag.criteria.plaats, haag.locationInput, haag.problems]).toEqual(['Den Haag', 'Den Haag', 'Den Haag', []]);
    expect(titles(await find('plaats=ZWOLLE&afstand=10'))).toEqual(['Jurist Zwolle']);
    // A woonplaats counts as its municipality: Rosmalen is in 's-Hertogenbosch, not near Zwolle.
    expect(titles(await find('plaats=Rosmalen&afstand=10'))).toEqual([]);
  });

  it('takes a postcode typed in the place field as a postcode', async () => {
    const outcome = await find('plaats=9711 AB&afstand=10');
    expect([outcome.criteria.postcode, outcome.criteria.plaats, outcome.location?.label]).toEqual(['9711 AB', null, '9711']);
    expect(titles(outcome)).toEqual(['Adviseur Den Haag en Groningen']);
  });

  it('asks which one for an ambiguous name instead of guessing, and keeps the distance for the choice', async () => {
    const outcome = await find('plaats=Bergen&afstand=10');
    expect(outcome.placeChoices.map((p) => p.label)).toEqual(['Bergen (Limburg)', 'Bergen (Noord-Holland)']);
    expect([outcome.problems, outcome.location, outcome.locationInput, outcome.criteria.afstandKm]).toEqual([[], null, 'Bergen', 10]);
    expect(titles(await find('plaats=Bergen (Limburg)&afstand=10'))).toEqual(['Toezichthouder Bergen Limburg']);
  });

  it('says in words when it does not know a place, and keeps what was typed', async () => {
    const outcome = await find('plaats=Atlantis&afstand=10');
    expect(outcome.problems).toEqual([{ name: 'plaats', reason: 'We kennen geen plaats of gemeente "Atlantis". Probeer een andere plaatsnaam of een postcode.' }]);
    expect(outcome.locationInput).toBe('Atlantis');
    expect(outcome.result.total).toBe(3);
  });
});
