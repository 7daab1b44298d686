import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { currentMeasureStatuses, measureStatusHistory, recordMeasureStatus } from '../../../src/lib/action-plan/status-store.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => { database = await createTestDatabase({ reference: false }); });
afterAll(async () => database.close());

describe(`measure status history on ${testDatabaseKind}`, () => {
  it('keeps every status; the latest recorded one is current, also when it describes an earlier date', async () => {
    const { db } = database;
    await recordMeasureStatus(db, { maatregel: '1a', status: 'lopend', peildatum: '2025-03-01', notitie: null }, 'analist.een');
    await recordMeasureStatus(db, { maatregel: '1a', status: 'gereed', peildatum: '2025-06-01', notitie: 'Alle profielen binnen' }, 'analist.twee');
    await recordMeasureStatus(db, { maatregel: '1a', status: 'lopend', peildatum: '2025-05-01', notitie: 'Correctie: Zeeland ontbreekt nog' }, 'analist.een');
    await recordMeasureStatus(db, { maatregel: '7', status: 'doorlopend', peildatum: '2025-01-15', notitie: null }, 'analist.twee');
    const current = await currentMeasureStatuses(db);
    expect([...current.keys()].sort()).toEqual(['1a', '7']);
    expect(current.get('1a')).toMatchObject({ status: 'lopend', peildatum: '2025-05-01', notitie: 'Correctie: Zeeland ontbreekt nog', vastgelegd_door: 'analist.een' });
    const history = await measureStatusHistory(db);
    expect(history.map((h) => [h.maatregel, h.status, h.vastgelegd_door])).toEqual([
      ['7', 'doorlopend', 'analist.twee'],
      ['1a', 'lopend', 'analist.een'],
      ['1a', 'gereed', 'analist.twee'],
      ['1a', 'lopend', 'analist.een'],
    ]);
    expect(history[0]!.vastgelegd_op).toBeInstanceOf(Date);
  });

  it('the database refuses to change or delete history, and unknown measures or statuses', async () => {
    const { db } = database;
    await expect(db.updateTable('maatregel_status').set({ status: 'gereed' }).execute()).rejects.toThrow(/geschiedenis/);
    await expect(db.deleteFrom('maatregel_status').execute()).rejects.toThrow(/geschiedenis/);
    // @ts-expect-error the type forbids it; the database must too
    await expect(recordMeasureStatus(db, { maatregel: '8', status: 'lopend', peildatum: '2025-01-01', notitie: null }, 'x')).rejects.toThrow();
    // @ts-expect-error idem for the status
    await expect(recordMeasureStatus(db, { maatregel: '1b', status: 'klaar', peildatum: '2025-01-01', notitie: null }, 'x')).rejects.toThrow();
    expect((await measureStatusHistory(db)).length).toBe(4);
  });
});
