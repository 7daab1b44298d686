import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { importInventory } from '../../../src/lib/inventory/import-inventory.ts';
import { discardConceptSnapshot, publishSnapshot } from '../../../src/lib/inventory/snapshot-store.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
let publishedId: number;
let conceptId: number;

async function* csv(text: string): AsyncGenerator<string> {
  yield text;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const first = await importInventory(database.db, csv('organisatie;gemeente;fte\nduo;GM0014;100\nuwv;GM0363;50,5\n'), { peildatum: '2024-01-01', door: 'a', bron: 'b' });
  publishedId = first.snapshot!.id;
  const second = await importInventory(database.db, csv('organisatie;gemeente;fte\nduo;GM0014;101\n'), { peildatum: '2023-01-01', door: 'a', bron: 'b' });
  conceptId = second.snapshot!.id;
});
afterAll(async () => database.close());

describe(`publishing freezes a snapshot on ${testDatabaseKind}`, () => {
  it('publishes once: status, time and publisher are set; publishing again changes nothing', async () => {
    const result = await publishSnapshot(database.db, publishedId, 'teamleider');
    expect(result.published).toBe(true);
    expect(result.snapshot).toMatchObject({ status: 'gepubliceerd', gepubliceerd_door: 'teamleider' });
    expect(result.snapshot.gepubliceerd_op).toBeInstanceOf(Date);
    const again = await publishSnapshot(database.db, publishedId, 'iemand-anders');
    expect(again).toMatchObject({ published: false, snapshot: { gepubliceerd_door: 'teamleider' } });
    await expect(publishSnapshot(database.db, 999_999, 'x')).rejects.toMatchObject({ code: 'niet-gevonden' });
  });

  it('the database refuses to change, add or delete rows of a published snapshot', async () => {
    await expect(database.db.updateTable('formatie_regel').set({ fte: 1 }).where('snapshot_id', '=', publishedId).execute()).rejects.toThrow(/gepubliceerd: de regels zijn bevroren/);
    await expect(database.db.deleteFrom('formatie_regel').where('snapshot_id', '=', publishedId).execute()).rejects.toThrow(/bevroren/);
    await expect(
      database.db.insertInto('formatie_regel').values({ snapshot_id: publishedId, organisatie_code: 'cbs', sector: 'zbo', gemeente_code: 'GM0518', provincie_code: 'PV28', fte: 1, prognose_jaar: null, prognose_fte: null }).execute(),
    ).rejects.toThrow(/bevroren/);
    // Moving a row INTO a published snapshot is refused as well.
    await expect(database.db.updateTable('formatie_regel').set({ snapshot_id: publishedId }).where('snapshot_id', '=', conceptId).execute()).rejects.toThrow(/bevroren/);
    const rows = await database.db.selectFrom('formatie_regel').select(['organisatie_code', 'fte']).where('snapshot_id', '=', publishedId).orderBy('organisatie_code').execute();
    expect(rows).toEqual([{ organisatie_code: 'duo', fte: 100 }, { organisatie_code: 'uwv', fte: 50.5 }]);
  });

  it('the database refuses any update or delete of the published snapshot itself', async () => {
    await expect(database.db.updateTable('formatie_snapshot').set({ bron: 'anders' }).where('id', '=', publishedId).execute()).rejects.toThrow(/kan niet meer worden gewijzigd/);
    await expect(database.db.updateTable('formatie_snapshot').set({ status: 'concept', gepubliceerd_op: null, gepubliceerd_door: null }).where('id', '=', publishedId).execute()).rejects.toThrow(/kan niet meer worden gewijzigd/);
    await expect(database.db.deleteFrom('formatie_snapshot').where('id', '=', publishedId).execute()).rejects.toThrow(/verwijderd/);
    await expect(sql`update formatie_snapshot set revisie_notitie = 'x'`.execute(database.db)).rejects.toThrow(/kan niet meer worden gewijzigd/);
  });

  it('the code refuses to discard a published snapshot, but discards a concept with its rows', async () => {
    await expect(discardConceptSnapshot(database.db, publishedId)).rejects.toMatchObject({ code: 'bevroren' });
    await database.db.updateTable('formatie_regel').set({ fte: 102 }).where('snapshot_id', '=', conceptId).execute();
    await discardConceptSnapshot(database.db, conceptId);
    const left = await database.db.selectFrom('formatie_regel').select('snapshot_id').distinct().execute();
    expect(left).toEqual([{ snapshot_id: publishedId }]);
  });
});
