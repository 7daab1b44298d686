import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { importInventory, type InventoryImportOptions } from '../../../src/lib/inventory/import-inventory.ts';
import { InventoryError } from '../../../src/lib/inventory/inventory-error.ts';
import { publishSnapshot } from '../../../src/lib/inventory/snapshot-store.ts';
import { createTestDatabase, testDatabaseKind, truncate } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => truncate(database, ['formatie_snapshot']));

/** A CSV text as a one-chunk source. */
async function* csv(text: string): AsyncGenerator<string> {
  yield text;
}

const options: InventoryImportOptions = { peildatum: '2025-01-01', door: 'bzk-analist', bron: 'Opgave ministeries 2025' };

const GOOD = [
  'organisatie;sector;gemeente;provincie;fte;prognose_jaar;prognose_fte;opmerking',
  'duo;;GM0014;;1234,5;2027;1300;hoofdkantoor',
  'belastingdienst;;GM0917;PV31;512.3;;;',
  'politie;;;PV22;88;;;eenheid Noord-Nederland, alleen provincie bekend',
  'defensie;defensie;1581;;640,0;;;',
  'rvo;ministerie;gm0344;pv26;10;;;',
].join('\n');

async function counts() {
  const snapshots = await database.db.selectFrom('formatie_snapshot').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await database.db.selectFrom('formatie_regel').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { snapshots: Number(snapshots.n), rows: Number(rows.n) };
}

describe(`inventory import on ${testDatabaseKind}`, () => {
  it('imports a good file as concept version 1, deriving province and sector', async () => {
    const report = await importInventory(database.db, csv(GOOD), options);
    expect(report).toMatchObject({ outcome: 'created', format: 'csv', accepted: 5, rejected: 0, unchanged: 0, issues: [], ignoredColumns: ['opmerking'], validRows: 5, totalFte: 2484.8 });
    expect(report.snapshot).toMatchObject({ peildatum: '2025-01-01', versie: 1, status: 'concept', is_demo: false, bron: 'Opgave ministeries 2025', aangemaakt_door: 'bzk-analist', revisie_notitie: null, gepubliceerd_op: null });
    const rows = await database.db
      .selectFrom('formatie_regel')
      .select(['organisatie_code', 'sector', 'gemeente_code', 'provincie_code', 'fte', 'prognose_jaar', 'prognose_fte'])
      .orderBy('organisatie_code')
      .execute();
    expect(rows).toEqual([
      { organisatie_code: 'belastingdienst', sector: 'ministerie', gemeente_code: 'GM0917', provincie_code: 'PV31', fte: 512.3, prognose_jaar: null, prognose_fte: null },
      { organisatie_code: 'defensie', sector: 'defensie', gemeente_code: 'GM1581', provincie_code: 'PV26', fte: 640, prognose_jaar: null, prognose_fte: null },
      { organisatie_code: 'duo', sector: 'ministerie', gemeente_code: 'GM0014', provincie_code: 'PV20', fte: 1234.5, prognose_jaar: 2027, prognose_fte: 1300 },
      { organisatie_code: 'politie', sector: 'politie', gemeente_code: null, provincie_code: 'PV22', fte: 88, prognose_jaar: null, prognose_fte: null },
      { organisatie_code: 'rvo', sector: 'ministerie', gemeente_code: 'GM0344', provincie_code: 'PV26', fte: 10, prognose_jaar: null, prognose_fte: null },
    ]);
  });

  it('rejects a bad file row by row and writes nothing at all', async () => {
    const bad = [
      'organisatie,gemeente,provincie,fte',
      'duo,GM0014,,100', // line 2: valid on its own
      'duo,GM9999,,5', // line 3: municipality does not exist
      'uwv,GM0363,,-5', // line 4: negative
      'uwv,GM0344,,abc', // line 5: not a number
      'duo,GM0014,,7', // line 6: duplicate of line 2
      'atlantis,GM0363,,1', // line 7: unknown organisation
      'cbs,GM0363,PV28,1', // line 8: Amsterdam is not in Zuid-Holland
      'cbs,,,1', // line 9: no place at all
      'cbs,GM0917', // line 10: too few cells
      'cbs,GM0917,,12,55', // line 11: too many cells (a decimal comma without quotes)
    ].join('\r\n');
    const report = await importInventory(database.db, csv(bad), options);
    expect(report.outcome).toBe('rejected');
    expect(report.snapshot).toBeNull();
    expect({ accepted: report.accepted, rejected: report.rejected, validRows: report.validRows }).toEqual({ accepted: 0, rejected: 9, validRows: 1 });
    expect(report.issues).toEqual([
      { rowNumber: 3, field: 'gemeente', message: 'Gemeentecode GM9999 bestaat niet in de gemeentelijke indeling 2025.' },
      { rowNumber: 4, field: 'fte', message: '"-5": fte mag niet negatief zijn.' },
      { rowNumber: 5, field: 'fte', message: '"abc" is geen getal. Schrijf fte als 12,5 of 12.5.' },
      { rowNumber: 6, field: null, message: 'Dubbele regel: organisatie duo, plaats GM0014 en sector ministerie staan al op regel 2. Tel de fte op in één regel.' },
      { rowNumber: 7, field: 'organisatie', message: 'Onbekende organisatie "atlantis": gebruik een organisatiecode uit de lijst van organisaties.' },
      { rowNumber: 8, field: 'provincie', message: 'Gemeente GM0363 (Amsterdam) ligt in Noord-Holland (PV27), niet in Zuid-Holland (PV28).' },
      { rowNumber: 9, field: 'provincie', message: 'Vul een provincie (PV-code) in als de gemeente leeg is.' },
      { rowNumber: 10, field: null, message: 'Deze regel heeft 2 kolommen, de kopregel heeft er 4. Controleer scheidingstekens en aanhalingstekens in deze regel.' },
      { rowNumber: 11, field: null, message: 'Deze regel heeft 5 kolommen, de kopregel heeft er 4. Controleer scheidingstekens en aanhalingstekens in deze regel.' },
    ]);
    expect(await counts()).toEqual({ snapshots: 0, rows: 0 });
  });

  it('refuses a peildatum that is not 1 January before reading anything', async () => {
    const attempt = importInventory(database.db, csv(GOOD), { ...options, peildatum: '2025-03-01' });
    await expect(attempt).rejects.toThrow(InventoryError);
    await expect(importInventory(database.db, csv(GOOD), { ...options, peildatum: '2025-03-01' })).rejects.toMatchObject({
      code: 'peildatum',
      message: 'Peildatum 2025-03-01 is geen 1 januari: de rijkswerkgelegenheid wordt geteld op 1 januari (gebruik 2025-01-01).',
    });
    await expect(importInventory(database.db, csv(GOOD), { ...options, peildatum: '1-1-2025' })).rejects.toMatchObject({ code: 'peildatum' });
    expect(await counts()).toEqual({ snapshots: 0, rows: 0 });
  });

  it('reports a file with only a header as rejected', async () => {
    const report = await importInventory(database.db, csv('organisatie;fte;gemeente\n'), options);
    expect(report).toMatchObject({ outcome: 'rejected', issues: [{ rowNumber: 1, field: null, message: 'Het bestand bevat geen gegevensregels: alleen een kopregel.' }] });
    expect(await counts()).toEqual({ snapshots: 0, rows: 0 });
  });

  it('is idempotent: the same figures (any order or notation) give "unchanged" and no new version', async () => {
    const first = await importInventory(database.db, csv(GOOD), options);
    const reordered = [
      'organisatie;fte;gemeente;provincie;sector;prognose_fte;prognose_jaar',
      'rvo;10,0;GM0344;;;;',
      'politie;88.0;;PV22;politie;;',
      'defensie;640;GM1581;;;;',
      'belastingdienst;512,3;GM0917;;;;',
      'duo;1234.5;GM0014;;ministerie;1300,0;2027',
    ].join('\n');
    const again = await importInventory(database.db, csv(reordered), { ...options, door: 'iemand-anders' });
    expect(again).toMatchObject({ outcome: 'unchanged', accepted: 0, unchanged: 5, rejected: 0, issues: [] });
    expect(again.snapshot?.id).toBe(first.snapshot?.id);
    expect(await counts()).toEqual({ snapshots: 1, rows: 5 });

    const changed = await importInventory(database.db, csv(GOOD.replace('politie;;;PV22;88', 'politie;;;PV22;89')), options);
    expect(changed).toMatchObject({ outcome: 'created', accepted: 5, snapshot: { versie: 2, status: 'concept' } });
    expect(await counts()).toEqual({ snapshots: 2, rows: 10 });
  });

  it('versions demo and real inventories separately', async () => {
    await importInventory(database.db, csv(GOOD), options);
    const demo = await importInventory(database.db, csv(GOOD), { ...options, isDemo: true });
    expect(demo).toMatchObject({ outcome: 'created', snapshot: { versie: 1, is_demo: true } });
  });

  it('requires a revision note to correct a published version, and stores it', async () => {
    const first = await importInventory(database.db, csv(GOOD), options);
    await publishSnapshot(database.db, first.snapshot!.id, 'bzk-teamleider');
    const corrected = GOOD.replace('rvo;ministerie;gm0344;pv26;10', 'rvo;ministerie;gm0344;pv26;12');
    await expect(importInventory(database.db, csv(corrected), options)).rejects.toMatchObject({ code: 'revisienotitie' });
    expect(await counts()).toEqual({ snapshots: 1, rows: 5 });
    const report = await importInventory(database.db, csv(corrected), { ...options, revisieNotitie: 'RVO Utrecht: 2 fte gemist' });
    expect(report.snapshot).toMatchObject({ versie: 2, status: 'concept', revisie_notitie: 'RVO Utrecht: 2 fte gemist' });
    // Re-importing the published figures is recognised against the LATEST version only (the correction).
    const back = await importInventory(database.db, csv(GOOD), { ...options, revisieNotitie: 'terug naar versie 1' });
    expect(back.snapshot?.versie).toBe(3);
  });

  it('keeps the database itself consistent: peildatum, derived province and duplicates', async () => {
    const insertSnapshot = (peildatum: string) =>
      database.db.insertInto('formatie_snapshot').values({ peildatum, versie: 1, status: 'concept', bron: 'x', aangemaakt_door: 'x', inhoud_hash: 'x', revisie_notitie: null, gepubliceerd_op: null, gepubliceerd_door: null }).returning('id').executeTakeFirstOrThrow();
    await expect(insertSnapshot('2025-03-01')).rejects.toThrow(/formatie_snapshot_peildatum_ck/);
    const { id } = await insertSnapshot('2025-01-01');
    const row = { snapshot_id: id, organisatie_code: 'duo', sector: 'ministerie' as const, gemeente_code: 'GM0014', provincie_code: 'PV26', fte: 1, prognose_jaar: null, prognose_fte: null };
    await expect(database.db.insertInto('formatie_regel').values(row).execute()).rejects.toThrow(/GM0014 ligt in PV20/);
    await database.db.insertInto('formatie_regel').values({ ...row, provincie_code: 'PV20' }).execute();
    await expect(database.db.insertInto('formatie_regel').values({ ...row, provincie_code: 'PV20', fte: 2 }).execute()).rejects.toThrow(/formatie_regel_plaats_uq/);
    // Two province-level rows (no municipality) for the same place are duplicates too.
    await database.db.insertInto('formatie_regel').values({ ...row, gemeente_code: null, provincie_code: 'PV22' }).execute();
    await expect(database.db.insertInto('formatie_regel').values({ ...row, gemeente_code: null, provincie_code: 'PV22' }).execute()).rejects.toThrow(/formatie_regel_plaats_uq/);
    await expect(sql`update formatie_regel set fte = -1 where snapshot_id = ${id}`.execute(database.db)).rejects.toThrow(/formatie_regel_fte_check|check/);
  });
});
