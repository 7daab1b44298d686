import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { currentProfiles, profileHistory, recordProfileVersion } from '../../../src/lib/province-profiles/profile-store.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => database.close());

const input = (omschrijving: string, bijgewerkt_op: string) => ({ kernprofiel: ['Energie', 'Onderwijs'], ontwikkelkansen: ['ICT'], bron_soort: 'provincie' as const, bron_omschrijving: omschrijving, bron_url: null, bijgewerkt_op });

describe(`kept province profiles on ${testDatabaseKind}`, () => {
  it('numbers versions per province and shows the latest', async () => {
    const { db } = database;
    expect((await recordProfileVersion(db, 'PV20', input('Provincie Groningen, maart', '2026-03-01'), 'analist.een')).versie).toBe(1);
    expect((await recordProfileVersion(db, 'PV20', input('Provincie Groningen, juni', '2026-06-01'), 'analist.twee')).versie).toBe(2);
    expect((await recordProfileVersion(db, 'PV31', input('Provincie Limburg', '2026-05-01'), 'analist.een')).versie).toBe(1);
    const current = await currentProfiles(db);
    expect(current.get('PV20')).toMatchObject({ versie: 2, kernprofiel: 'Energie\nOnderwijs', bron_omschrijving: 'Provincie Groningen, juni', bijgewerkt_op: '2026-06-01', vastgelegd_door: 'analist.twee' });
    expect(current.has('PV21')).toBe(false);
    expect((await profileHistory(db, 'PV20')).map((v) => v.versie)).toEqual([2, 1]);
  });

  it('gives concurrent saves distinct version numbers', async () => {
    const { db } = database;
    const saved = await Promise.all([1, 2, 3].map((i) => recordProfileVersion(db, 'PV22', input(`Provincie Drenthe ${i}`, '2026-01-01'), 'a')));
    expect(saved.map((s) => s.versie).sort()).toEqual([1, 2, 3]);
  });

  it('the database keeps versions as history and refuses unknown provinces', async () => {
    const { db } = database;
    await expect(db.updateTable('provincieprofiel').set({ kernprofiel: 'anders' }).execute()).rejects.toThrow(/geschiedenis/);
    await expect(db.deleteFrom('provincieprofiel').execute()).rejects.toThrow(/geschiedenis/);
    await expect(recordProfileVersion(db, 'PV99', input('Nergens', '2026-01-01'), 'a')).rejects.toThrow();
  });
});
