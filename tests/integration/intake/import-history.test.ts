import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { runApplicationImport } from '../../../src/lib/intake/application-import-service.ts';
import { listImportHistory } from '../../../src/lib/intake/import-history.ts';
import { loadRegionCatalog, type RegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import { intakeTableDump, INTAKE_TABLES, TEST_SECRET, textSource } from '../../support/intake-fixtures.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

// 13:00 in Amsterdam on Sunday 29 November 2026.
const NOW = new Date('2026-11-29T12:00:00Z');
const HEADER = 'sollicitant_id;vacature;werkplaats_gemeente;sollicitatiedatum;postcode;fase;uitkomst;datum_gesprek;datum_aanbod;datum_indiensttreding;toestemming_bewaren';
const CSV = [
  HEADER,
  'H-1;V-1;;03-11-2026;9711 AB;gesprek;lopend;10-11-2026;;;nee', // ok
  'H-2;V-1;;04-11-2026;2511;aangenomen;;12-11-2026;15-11-2026;01-01-2027;ja', // ok
  'H-3;V-1;;31-02-2026;9711;sollicitatie;;;;;nee', // date does not exist
  'H-4;V-1;;01-09-2026;9711;gesprek;afgewezen;01-10-2026;;;nee', // past its retention date: not stored
].join('\n');

let database: Database;
let catalog: RegionCatalog;

beforeAll(async () => {
  database = await createTestDatabase();
  catalog = await loadRegionCatalog(database.db);
  await publish(database.db, 'duo', [vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'] })]);
});
afterAll(async () => database.close());
beforeEach(async () => truncate(database, [...INTAKE_TABLES, 'import_geschiedenis']));

function upload(text: string, options: { dryRun?: boolean; door?: string; kanaal?: 'dashboard' | 'api'; filename?: string } = {}) {
  return runApplicationImport(database.db, textSource(text), {
    organisatieCode: 'duo',
    secret: TEST_SECRET,
    door: options.door ?? 'hr.duo@voorbeeld.example',
    kanaal: options.kanaal ?? 'dashboard',
    catalog,
    now: NOW,
    filename: options.filename ?? 'export.csv',
    ...(options.dryRun ? { dryRun: true } : {}),
  });
}

describe('a dry run ("Controleer zonder op te slaan")', () => {
  it('reports exactly what the import reports, row by row, and writes nothing but its history line', async () => {
    const before = await intakeTableDump(database.db);
    const dry = await upload(CSV, { dryRun: true });
    expect(await intakeTableDump(database.db)).toEqual(before);
    const real = await upload(CSV);
    if (!dry.ok || !real.ok) throw new Error('both runs should be processed');
    expect(dry.report.dryRun).toBe(true);
    expect(real.report.dryRun).toBe(false);
    const { importId: _dryId, dryRun: _d, ...dryReport } = dry.report;
    const { importId: _realId, dryRun: _r, ...realReport } = real.report;
    expect(dryReport).toEqual(realReport);
    expect({ accepted: real.report.accepted, rejected: real.report.rejected, expired: real.report.expired }).toEqual({ accepted: 2, rejected: 1, expired: 1 });
    expect(real.report.issues.map((i) => [i.rowNumber, i.field])).toEqual([[4, 'sollicitatiedatum']]);
    const stored = await database.db.selectFrom('sollicitatie').select('sollicitatiedatum').orderBy('sollicitatiedatum').execute();
    expect(stored.map((r) => r.sollicitatiedatum)).toEqual(['2026-11-03', '2026-11-04']);
  });

  it('is listed in the history with who, when, the row counts and the retention notice; the real import links its log entry', async () => {
    await upload(CSV, { dryRun: true });
    const real = await upload(CSV, { kanaal: 'api', door: 'token:duo' });
    if (!real.ok) throw new Error('import should be processed');
    const history = await listImportHistory(database.db, ['duo']);
    expect(history.map(({ id: _id, gestartOp: _g, ...h }) => h)).toEqual([
      {
        organisatieCode: 'duo', door: 'token:duo', kanaal: 'api', soort: 'import', uitkomst: 'verwerkt', formaat: 'csv',
        geaccepteerd: 2, ongewijzigd: 0, afgewezen: 1, verlopen: 1,
        bewaarmelding: '1 sollicitatie is niet opgeslagen en niet meegeteld: de bewaartermijn (28 dagen na afloop van de procedure, of 365 dagen met toestemming) was al verstreken. Lees sollicitaties daarom minstens elke 4 weken in.',
        foutmelding: null, importId: real.report.importId,
      },
      {
        organisatieCode: 'duo', door: 'hr.duo@voorbeeld.example', kanaal: 'dashboard', soort: 'proef', uitkomst: 'verwerkt', formaat: 'csv',
        geaccepteerd: 2, ongewijzigd: 0, afgewezen: 1, verlopen: 1,
        bewaarmelding: expect.stringContaining('1 sollicitatie is niet opgeslagen') as unknown as string,
        foutmelding: null, importId: null,
      },
    ]);
    // A second, identical import changes nothing and says so.
    await upload(CSV);
    expect((await listImportHistory(database.db, ['duo']))[0]).toMatchObject({ soort: 'import', geaccepteerd: 0, ongewijzigd: 2, afgewezen: 1 });
  });

  it('records a refused file (bad header) as "geweigerd" with the reason, and nothing else is written', async () => {
    const before = await intakeTableDump(database.db);
    const result = await upload('naam;email\nJan;jan@example.nl\n');
    expect(result.ok).toBe(false);
    expect(await intakeTableDump(database.db)).toEqual(before);
    const [entry] = await listImportHistory(database.db, ['duo']);
    expect(entry).toMatchObject({ soort: 'import', uitkomst: 'geweigerd', geaccepteerd: 0, afgewezen: 0, importId: null });
    expect(entry!.foutmelding).toMatch(/Er is niets opgeslagen\.$/);
    expect(entry!.foutmelding).not.toContain('Jan');
  });

  it('never stores the file name, only counts, and shows an organisation only its own history', async () => {
    await upload(CSV, { filename: 'sollicitanten-jansen.csv' });
    const dump = JSON.stringify(await database.db.selectFrom('import_geschiedenis').selectAll().execute());
    expect(dump).not.toContain('jansen');
    expect(dump).not.toContain('9711');
    expect(await listImportHistory(database.db, ['belastingdienst'])).toEqual([]);
    expect(await listImportHistory(database.db, [])).toEqual([]);
  });
});
