import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { loadEmployerIndex, loadEmployerPage } from '../../../src/lib/organisations/employer-page-data.ts';
import { loadRegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import { loadPlaceFinder } from '../../../src/lib/regions/place-finder.ts';
import { loadOpenVacanciesPerProvince, loadProvinceJobs } from '../../../src/lib/regions/province-page-data.ts';
import { listProvinces } from '../../../src/lib/regions/region-repository.ts';
import type { SearchConnection } from '../../../src/lib/search/search-client.ts';
import type { VacancySearchDeps } from '../../../src/lib/search/vacancy-search-service.ts';
import { loadCitedInventory } from '../../../src/lib/statistics/cited-snapshot.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';
import { daysFromToday, publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

// These pages read through the vacancy search; with Meilisearch "down" they use the PostgreSQL fallback,
// whose equality with Meilisearch tests/integration/search covers.
let database: Database;
let deps: VacancySearchDeps & { organisationNames: Map<string, string> };

async function addSnapshot(peildatum: string, isDemo: boolean, status: 'concept' | 'gepubliceerd', rows: { org: string; gemeente: string; fte: number }[]): Promise<number> {
  const { id } = await database.db.insertInto('formatie_snapshot')
    .values({ peildatum, versie: 1, status: 'concept', is_demo: isDemo, bron: isDemo ? 'voorbeeldgegevens' : 'BZK, inventarisatie test', aangemaakt_door: 'test', inhoud_hash: `${peildatum}-${isDemo}` })
    .returning('id').executeTakeFirstOrThrow();
  for (const r of rows) {
    await database.db.insertInto('formatie_regel').values({ snapshot_id: id, organisatie_code: r.org, sector: 'ministerie', gemeente_code: r.gemeente, provincie_code: r.gemeente === 'GM0014' ? 'PV20' : 'PV28', fte: r.fte }).execute();
  }
  if (status === 'gepubliceerd') await database.db.updateTable('formatie_snapshot').set({ status, gepubliceerd_op: new Date('2026-06-01T10:00:00Z'), gepubliceerd_door: 'test' }).where('id', '=', id).execute();
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const catalog = await loadRegionCatalog(database.db);
  const organisations = await database.db.selectFrom('organisatie').select(['code', 'naam']).execute();
  deps = {
    db: database.db,
    search: async (): Promise<SearchConnection> => { throw new Error('connection refused'); },
    catalog,
    places: await loadPlaceFinder(database.db, catalog),
    organisationCodes: new Set(organisations.map((o) => o.code)),
    organisationNames: new Map(organisations.map((o) => [o.code, o.naam])),
    hubProvinces: new Set(),
  };
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'D1', titel: 'Oudste DUO-vacature', standplaatsen: ['Groningen'], gepubliceerdOp: daysFromToday(-20) }),
    vacancyInput({ kenmerk: 'D2', titel: 'Nieuwste DUO-vacature', standplaatsen: ['Groningen', 'Zoetermeer'], gepubliceerdOp: daysFromToday(-1) }),
    vacancyInput({ kenmerk: 'D3', titel: 'Gesloten DUO-vacature', standplaatsen: ['Groningen'], gepubliceerdOp: daysFromToday(-40), sluitingsdatum: daysFromToday(-2) }),
  ]);
  await publish(database.db, 'rdw', [vacancyInput({ kenmerk: 'R1', titel: 'RDW-vacature', standplaatsen: ['Groningen'], gepubliceerdOp: daysFromToday(-5) })]);
});
afterAll(async () => database.close());

describe(`job-seeker pages on ${testDatabaseKind}`, () => {
  it('cites no inventory while none is published (a concept never counts)', async () => {
    await addSnapshot('2026-01-01', false, 'concept', [{ org: 'duo', gemeente: 'GM0014', fte: 999 }]);
    expect(await loadCitedInventory(database.db)).toBeNull();
  });

  it('cites the latest demo inventory while no real one is published, marked as demo', async () => {
    await addSnapshot('2025-01-01', true, 'gepubliceerd', [{ org: 'duo', gemeente: 'GM0014', fte: 500 }]);
    const cited = await loadCitedInventory(database.db);
    expect(cited?.snapshot).toMatchObject({ peildatum: '2025-01-01', isDemo: true, bron: 'voorbeeldgegevens' });
    expect(cited?.rows.map((r) => r.fte)).toEqual([500]);
  });

  it('cites a real inventory before a newer demo one, and never adds demo rows to it', async () => {
    await addSnapshot('2024-01-01', false, 'gepubliceerd', [
      { org: 'duo', gemeente: 'GM0014', fte: 2310.4 },
      { org: 'cbs', gemeente: 'GM0014', fte: 12 },
      { org: 'duo', gemeente: 'GM0637', fte: 40 },
    ]);
    const cited = await loadCitedInventory(database.db);
    expect(cited?.snapshot).toMatchObject({ peildatum: '2024-01-01', isDemo: false, bron: 'BZK, inventarisatie test' });
    expect(cited?.rows.reduce((n, r) => n + r.fte, 0)).toBeCloseTo(2362.4, 5);
  });

  it('shows a province its open vacancies (newest first), employers with counts, offices and fte, and the fte total', async () => {
    const jobs = await loadProvinceJobs(deps, 'PV20');
    expect(jobs.degraded).toBe(true);
    expect(jobs.openVacatures).toBe(3);
    expect(jobs.nieuwste.map((h) => h.titel)).toEqual(['Nieuwste DUO-vacature', 'RDW-vacature', 'Oudste DUO-vacature']);
    expect(jobs.fte).toMatchObject({ total: 2322.4, snapshot: { peildatum: '2024-01-01', isDemo: false } });
    const byCode = new Map(jobs.werkgevers.map((w) => [w.code, w]));
    expect(jobs.werkgevers.slice(0, 2).map((w) => [w.code, w.openVacatures])).toEqual([['duo', 2], ['rdw', 1]]);
    expect(byCode.get('duo')).toMatchObject({ naam: 'Dienst Uitvoering Onderwijs', fte: 2310.4 });
    expect(byCode.get('duo')?.vestigingen).toContain('Groningen');
    expect(byCode.get('cbs')).toMatchObject({ openVacatures: 0, fte: 12 });
  });

  it('counts open vacancies per province for the home map, a two-place vacancy in both', async () => {
    expect(await loadOpenVacanciesPerProvince(deps)).toEqual({ PV20: 3, PV28: 1 });
  });

  it('shows an employer what the reference data has, where it is and its open vacancies', async () => {
    const page = await loadEmployerPage(deps, 'duo', await listProvinces(database.db));
    expect(page?.werkgever).toEqual({ code: 'duo', naam: 'Dienst Uitvoering Onderwijs', afkorting: 'DUO', sector: 'ministerie', ministerie: { code: 'ocw', naam: 'Ministerie van Onderwijs, Cultuur en Wetenschap' } });
    expect(page?.openVacatures).toBe(2);
    expect(page?.vacatures.map((v) => v.titel)).toEqual(['Nieuwste DUO-vacature', 'Oudste DUO-vacature']);
    expect(page?.fteTotaal).toBe(2350.4);
    expect(page?.plaatsen.map((p) => [p.provincieCode, p.openVacatures, p.fte])).toEqual([['PV20', 2, 2310.4], ['PV28', 1, 40]]);
    expect(await loadEmployerPage(deps, 'bestaat-niet', [])).toBeNull();
  });

  it('lists every organisation with its open-vacancy count', async () => {
    const { werkgevers } = await loadEmployerIndex(deps);
    expect(werkgevers.length).toBe(deps.organisationCodes.size);
    expect(werkgevers.find((w) => w.code === 'duo')?.openVacatures).toBe(2);
    expect(werkgevers.find((w) => w.code === 'cbs')?.openVacatures).toBe(0);
  });
});
