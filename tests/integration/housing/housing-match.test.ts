import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { loadMatchContext } from '../../../src/lib/housing/housing-data.ts';
import { housingQuestionInput } from '../../../src/lib/housing/housing-input.ts';
import { matchRegions } from '../../../src/lib/housing/housing-match.ts';
import { housingQuestionVersions, listHousingQuestions, recordHousingQuestion } from '../../../src/lib/housing/housing-store.ts';
import { importInventory } from '../../../src/lib/inventory/import-inventory.ts';
import { publishSnapshot } from '../../../src/lib/inventory/snapshot-store.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
const RANDSTAD = ['PV26', 'PV27', 'PV28'];
const form = { organisatie: 'duo', omvang: '40', eenheid: 'fte', vakgebied: 'ict', jaar: '2027', kwartaal: '2', max_afstand_km: '', afstand_tot: 'vestiging-of-plein', buiten_randstad: '', van_gemeente: '', toelichting: '' };

async function* csv(text: string): AsyncGenerator<string> {
  yield text;
}

beforeAll(async () => {
  database = await createTestDatabase();
  // GM0014 Groningen (CR03), GM0363 Amsterdam (Randstad), GM0106 Assen (open hub in the reference list).
  const report = await importInventory(database.db, csv('organisatie;gemeente;fte\nduo;GM0014;1100\nduo;GM0363;60\nuwv;GM0363;2200\nbelastingdienst;GM0106;300\n'), { peildatum: '2024-01-01', door: 'a', bron: 'test', revisieNotitie: null });
  await publishSnapshot(database.db, report.snapshot!.id, 'a');
});
afterAll(async () => database.close());

describe(`housing questions (measure 1d) on ${testDatabaseKind}`, () => {
  it('stores a question with the account id, and a revision as the next version; history cannot be edited', async () => {
    const { db } = database;
    const first = await recordHousingQuestion(db, housingQuestionInput.parse(form), 7);
    const second = await recordHousingQuestion(db, housingQuestionInput.parse({ ...form, organisatie: 'uwv' }), 8);
    expect([first.vraag_nummer, first.versie, second.vraag_nummer, second.versie]).toEqual([1, 1, 2, 1]);
    const revised = await recordHousingQuestion(db, housingQuestionInput.parse({ ...form, omvang: '55,5', buiten_randstad: 'ja' }), 8, first.vraag_nummer);
    expect([revised.vraag_nummer, revised.versie, revised.omvang, revised.vastgelegd_door_account_id]).toEqual([1, 2, 55.5, 8]);
    expect((await listHousingQuestions(db)).map((q) => [q.vraag_nummer, q.versie])).toEqual([[2, 1], [1, 2]]);
    expect((await housingQuestionVersions(db, 1)).map((q) => [q.versie, q.omvang, q.vastgelegd_door_account_id])).toEqual([[2, 55.5, 8], [1, 40, 7]]);
    await expect(db.updateTable('huisvestingsvraag').set({ omvang: 1 }).execute()).rejects.toThrow(/nieuwe versie/);
    await expect(db.insertInto('huisvestingsvraag').values({ ...first, id: undefined, versie: 1 } as never).execute()).rejects.toThrow();
  });

  it('matches against the published inventory, the hubs, CBS figures and the profiles, with sources', async () => {
    const context = (await loadMatchContext(database.db, RANDSTAD, new Map()))!;
    expect(context.snapshot).toMatchObject({ peildatum: '2024-01-01', isDemo: false });
    // Labour force: 2024 has none in the reference data, so the nearest earlier year (2023).
    expect(context.labourForce.get('PV20')?.jaar).toBe(2023);
    const result = matchRegions({ organisatie: 'duo', omvang: 40, maxAfstandKm: 50, afstandTot: 'vestiging-of-plein', buitenRandstad: true, vanGemeente: 'GM0363' }, context);
    expect(result.vestigingen.map((v) => [v.gemeenteCode, v.fte])).toEqual([['GM0014', 1100], ['GM0363', 60]]);
    // Noord-Drenthe (open hub in Assen, 25 km from DUO in Groningen, fewer government jobs per 1,000) ranks first.
    expect(result.kandidaten.slice(0, 2).map((c) => [c.coropCode, c.anker.code, c.score])).toEqual([['CR07', 'GM0106', 69.8], ['CR03', 'GM0014', 66.2]]);
    const top = result.kandidaten[1]!;
    expect(top.scenario?.url).toBe('/cijfers/scenario?jaar=2024&organisatie=duo&van=GM0363&naar=GM0014&fte=40');
    // Moving 40 of 3,660 fte out of Amsterdam: the Randstad share falls from 61.75% to 60.66%.
    expect(top.randstadEffect).toEqual({ voor: 61.75, na: 60.66, verschilProcentpunt: -1.09 });
    expect(result.kandidaten.every((c) => !c.randstad)).toBe(true);
    expect(result.uitgesloten.some((u) => u.reden.startsWith('ligt in de Randstad'))).toBe(true);
    expect(result.uitgesloten.some((u) => / ligt [0-9,]+ km van .+ \(eis: hoogstens 50 km\)$/.test(u.reden))).toBe(true);
    expect(top.redenen.find((r) => r.deel === 'profiel')?.link).toBe('/regio/groningen#ontwikkelkansen');
  });
});
