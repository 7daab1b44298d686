import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { weightedMunicipalities } from '../../../src/lib/hubs/coverage-data.ts';
import { addCounter, createHub, insertMissingHubs, listHubs, removeCounter, seedHubsFromReference, updateHub } from '../../../src/lib/hubs/hub-store.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => database.close());

describe(`maintained hubs on ${testDatabaseKind}`, () => {
  it('seeds the hubs of the reference data; analysts’ edits survive a later seed', async () => {
    const { db } = database;
    const hubs = await listHubs(db);
    const reference = await db.selectFrom('rijksontmoetingsplein').select('plaats').execute();
    expect(hubs.map((h) => h.plaats).sort()).toEqual(reference.map((r) => r.plaats).sort());
    expect(hubs.find((h) => h.plaats === 'Leiden')).toMatchObject({ status: 'genoemd', slug: 'leiden', provincieCode: 'PV28', bijgewerkt_door: 'referentiegegevens' });
    const assen = hubs.find((h) => h.plaats === 'Assen')!;
    await updateHub(db, assen.id, { gemeente_code: 'GM0106', status: 'gesloten', faciliteiten: 'Flexplekken', opmerking: null, bron: null }, 'analist.een');
    await db.deleteFrom('plein').where('plaats', '=', 'Leiden').execute();
    // Seeding again (a new process, a new data release): Leiden comes back, Assen keeps the analyst's status.
    await insertMissingHubs(db);
    const after = await listHubs(db);
    expect(after.find((h) => h.plaats === 'Assen')).toMatchObject({ status: 'gesloten', faciliteiten: 'Flexplekken', bijgewerkt_door: 'analist.een' });
    expect(after.some((h) => h.plaats === 'Leiden')).toBe(true);
  });

  it('adds and removes counters; a new hub gets a slug; a second hub in one place is refused', async () => {
    const { db } = database;
    await seedHubsFromReference(db);
    const hub = await createHub(db, { plaats: 'Groningen', gemeente_code: 'GM0014', status: 'gepland', faciliteiten: null, opmerking: null, bron: null }, 'analist.een');
    expect(hub.slug).toBe('groningen');
    const counter = await addCounter(db, hub.id, { organisaties: 'DUO', diensten: 'Vragen over studiefinanciering', openingstijden: 'di en do 9–17 uur', bron: null }, 'analist.een');
    expect((await listHubs(db)).find((h) => h.id === hub.id)!.balies.map((b) => b.organisaties)).toEqual(['DUO']);
    expect(await removeCounter(db, hub.id + 1000, counter.id)).toBe(false);
    expect(await removeCounter(db, hub.id, counter.id)).toBe(true);
    await expect(createHub(db, { plaats: 'Groningen', gemeente_code: 'GM0014', status: 'open', faciliteiten: null, opmerking: null, bron: null }, 'x')).rejects.toThrow();
  });

  it('weights municipalities by their postcode areas (the documented proxy for inhabitants)', async () => {
    const weighted = await weightedMunicipalities(database.db);
    expect(weighted.length).toBe(342);
    const total = weighted.reduce((s, m) => s + m.weight, 0);
    const pc4 = await database.db.selectFrom('pc4').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(total).toBe(Number(pc4.n));
    expect(weighted.find((m) => m.code === 'GM0363')!.weight).toBeGreaterThan(50);
  });
});
