import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { withAdvisoryLock } from '../../../src/lib/db/advisory-lock.ts';
import { loadRegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import { claimJobRun, runJobOnce } from '../../../src/lib/runtime/job-runner.ts';
import type { SearchConnection } from '../../../src/lib/search/search-client.ts';
import { indexNames, rebuildReason, rebuildVacancyIndexes } from '../../../src/lib/search/vacancy-indexer.ts';
import { publishVacancies, resolveStandplaatsen } from '../../../src/lib/vacancies/vacancy-publisher.ts';
import { createTestDatabase, testDatabaseKind, truncate } from '../../support/test-database.ts';
import { dropTestIndexes, testSearchConnection } from '../../support/test-search.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

// Issue 11 defect 8: select-then-insert publish, seeds and jobs on several nodes, index rebuilds.
const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;
let search: SearchConnection;

beforeAll(async () => {
  database = await createTestDatabase();
  search = testSearchConnection();
});
afterAll(async () => {
  await dropTestIndexes(search);
  await database?.close();
});

describe(`publishing under concurrency (${testDatabaseKind})`, () => {
  it('ten identical publishes at once: no error, one vacancy, one created and nine unchanged', async () => {
    await truncate(database, ['vacature']);
    const catalog = await loadRegionCatalog(database.db);
    const input = vacancyInput({ kenmerk: 'GELIJK-1', sluitingsdatum: '2099-12-31' });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        database.db.transaction().execute((trx) => publishVacancies(trx, 'duo', [{ input, gemeenteCodes: resolveStandplaatsen(catalog, input.standplaatsen) }]))),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const outcomes = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
    expect(outcomes.filter((o) => o.result === 'created')).toHaveLength(1);
    expect(outcomes.filter((o) => o.result === 'unchanged')).toHaveLength(9);
    expect(new Set(outcomes.map((o) => o.id)).size).toBe(1);
    const rows = await database.db.selectFrom('vacature').select('id').where('kenmerk', '=', 'GELIJK-1').execute();
    expect(rows).toHaveLength(1);
  });
});

describe('background jobs across nodes', () => {
  it('of several nodes claiming the same period at once, exactly one wins; the next period is claimable again', async () => {
    await truncate(database, ['taak_run']);
    const claims = await Promise.all(['a:1', 'b:2', 'c:3', 'd:4'].map((node) => claimJobRun(database.db, 'proef', 60_000, node)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimJobRun(database.db, 'proef', 60_000, 'e:5')).toBe(false);
    // A period later (simulated by moving the last start back), one node claims it again.
    await sql`update taak_run set gestart_op = gestart_op - interval '61 seconds' where naam = 'proef'`.execute(database.db);
    expect(await claimJobRun(database.db, 'proef', 60_000, 'f:6')).toBe(true);
    const row = await database.db.selectFrom('taak_run').selectAll().where('naam', '=', 'proef').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ node: 'f:6', aantal_runs: 2 });
  });

  it('runs a job once when two nodes tick together, and records the outcome', async () => {
    await truncate(database, ['taak_run']);
    let runs = 0;
    const job = { name: 'tel', intervalMs: 60_000, run: async () => { runs += 1; await new Promise((r) => setTimeout(r, 50)); } };
    const ran = await Promise.all([runJobOnce(database.db, job), runJobOnce(database.db, job)]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
    expect(await database.db.selectFrom('taak_run').select(['resultaat', 'aantal_runs']).where('naam', '=', 'tel').executeTakeFirstOrThrow()).toEqual({ resultaat: 'ok', aantal_runs: 1 });
  });

  it('serializes work under one advisory lock name', async () => {
    const order: string[] = [];
    const step = (name: string) => withAdvisoryLock(database.db, 'proef-slot', async () => {
      order.push(`${name}+`);
      await new Promise((r) => setTimeout(r, 30));
      order.push(`${name}-`);
    });
    await Promise.all([step('a'), step('b')]);
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-']);
  });
});

describe('index rebuilds', () => {
  it('swaps both indexes in one call, keeps a publish made during the rebuild, and compares content, not counts', async () => {
    await truncate(database, ['vacature']);
    const ids = await publish(database.db, 'duo', [
      vacancyInput({ kenmerk: 'R-1', titel: 'Beleidsmedewerker regio', sluitingsdatum: '2099-12-31' }),
      vacancyInput({ kenmerk: 'R-2', titel: 'Adviseur huisvesting', sluitingsdatum: '2099-12-31' }),
    ]);
    // A publish lands while the rebuild runs (after it read the database, before it swapped).
    const rebuilding = rebuildVacancyIndexes(database.db, search, NOW);
    await new Promise((r) => setTimeout(r, 20));
    const [during] = await publish(database.db, 'duo', [vacancyInput({ kenmerk: 'R-3', titel: 'Jurist tijdens herbouw', sluitingsdatum: '2099-12-31' })]);
    await rebuilding;
    const names = indexNames(search);
    const documents = await search.client.index(names.vacancies).getDocuments<{ id: string }>({ fields: ['id'], limit: 100 });
    expect(documents.results.map((d) => d.id).sort()).toEqual([...ids, during!].sort());
    // One swap task with both pairs.
    const swaps = await search.client.tasks.getTasks({ types: ['indexSwap'], limit: 20 });
    const ours = swaps.results.filter((t) => JSON.stringify(t.details).includes(names.vacancies));
    expect(ours.length).toBeGreaterThan(0);
    expect(JSON.stringify(ours[0]!.details)).toContain(names.locations);
    expect(await rebuildReason(database.db, search, NOW)).toBeNull();
    // Same number of documents, different content: counts would call it current; the digest does not.
    await database.db.updateTable('vacature').set({ inhoud_hash: 'gewijzigd-buiten-de-index' }).where('id', '=', ids[0]!).execute();
    expect(await rebuildReason(database.db, search, NOW)).toMatch(/content differs/);
  }, 120_000);
});
