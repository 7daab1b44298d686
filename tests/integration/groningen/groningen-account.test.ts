import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { accountForPage, publishAccount } from '../../../src/lib/groningen/account-store.ts';
import { buildGroningenAccount } from '../../../src/lib/groningen/groningen-account.ts';
import { importInventory } from '../../../src/lib/inventory/import-inventory.ts';
import { publishSnapshot } from '../../../src/lib/inventory/snapshot-store.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
const RANDSTAD = ['PV26', 'PV27', 'PV28'];

async function* csv(text: string): AsyncGenerator<string> {
  yield text;
}
async function publish(peildatum: string, text: string, revisie: string | null = null) {
  const report = await importInventory(database.db, csv(text), { peildatum, door: 'a', bron: 'test', revisieNotitie: revisie });
  await publishSnapshot(database.db, report.snapshot!.id, 'a');
}

beforeAll(async () => {
  database = await createTestDatabase();
  // GM0014 Groningen (COROP Overig Groningen), GM0363 Amsterdam.
  await publish('2023-01-01', 'organisatie;gemeente;fte\nduo;GM0014;1000\nbelastingdienst;GM0014;500\nuwv;GM0363;2000\n');
  await publish('2024-01-01', 'organisatie;gemeente;fte\nduo;GM0014;1100\nbelastingdienst;GM0014;450,5\nuwv;GM0363;2200\n');
});
afterAll(async () => database.close());

describe(`the yearly Groningen account on ${testDatabaseKind}`, () => {
  it('sums fte by organisation and sector in the province, next to the Netherlands, with the change on last year', async () => {
    const account = (await buildGroningenAccount(database.db, 2024, RANDSTAD, new Date('2025-03-01T10:00:00Z')))!;
    expect(account.provincie).toMatchObject({ regioCode: 'PV20', fte: 1550.5, vorigeFte: 1500, verschil: 50.5 });
    expect(account.nationaal).toMatchObject({ fte: 3750.5, vorigeFte: 3500 });
    // Per 1,000 of the labour force: CBS has no 2024 labour force in the reference data, so the nearest earlier year.
    expect(account.provincie.beroepsbevolkingJaar).toBe(2023);
    expect(account.provincie.perDuizendBeroepsbevolking).toBeGreaterThan(0);
    expect(account.provincie.inwonersJaar).toBe(2024);
    expect(account.organisaties.map((o) => [o.code, o.fte])).toEqual([['duo', 1100], ['belastingdienst', 450.5]]);
    expect(account.corop.find((c) => c.fte > 0)).toMatchObject({ regioCode: 'CR03', fte: 1550.5 });
    expect(account.pleinen).toEqual([]);
    expect(await buildGroningenAccount(database.db, 2019, RANDSTAD)).toBeNull();
  });

  it('publishing freezes the account: a corrected inventory later does not change it, and the database refuses edits', async () => {
    expect(await publishAccount(database.db, 2024, RANDSTAD, 'analist.een')).toBe(true);
    expect(await publishAccount(database.db, 2024, RANDSTAD, 'analist.twee')).toBe(false);
    await publish('2024-01-01', 'organisatie;gemeente;fte\nduo;GM0014;9999\nuwv;GM0363;2200\n', 'correctie');
    const page = (await accountForPage(database.db, 2024, RANDSTAD))!;
    expect(page.gepubliceerd?.door).toBe('analist.een');
    expect(page.account.provincie.fte).toBe(1550.5);
    // The live concept of the same year would differ; the frozen one is what the page shows.
    expect((await buildGroningenAccount(database.db, 2024, RANDSTAD))!.provincie.fte).toBe(9999);
    await expect(database.db.updateTable('groningen_verantwoording').set({ inhoud: '{}' }).execute()).rejects.toThrow(/bevroren/);
    await expect(database.db.deleteFrom('groningen_verantwoording').execute()).rejects.toThrow(/bevroren/);
    expect((await accountForPage(database.db, 2023, RANDSTAD))!.gepubliceerd).toBeNull();
  });
});
