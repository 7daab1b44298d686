import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/lib/db/database.ts';
import { loadRegionCatalog, type RegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import { validateAndPublish } from '../../../src/lib/vacancies/vacancy-publish-service.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { runCli } from '../../support/site-server.ts';
import { addDays, amsterdamDate } from '../../../src/lib/time/amsterdam-time.ts';

/** A closing date a year ahead: within the two years the input accepts, open for as long as the test runs. */
const FAR_CLOSING = addDays(amsterdamDate(), 365);

const HEADER = 'kenmerk;titel;samenvatting;beschrijving;standplaatsen;schaalMin;schaalMax;salarisMin;salarisMax;urenMin;urenMax;opleidingsniveau;vakgebied;contract;werkwijze;vanafRijksontmoetingsplein;gepubliceerdOp;sluitingsdatum;status;sollicitatieUrl;contactNaam;contactFunctie;contactTelefoon;procedureStappen;gesprekdata;extra';
const row = (kenmerk: string, overrides: Partial<Record<string, string>> = {}) => {
  const v = { titel: 'Jurist omgevingsrecht', samenvatting: 'Je adviseert over de Omgevingswet.', beschrijving: '<p>Werk aan de Omgevingswet.</p>', standplaatsen: 'Groningen|Assen', schaalMin: '10', schaalMax: '11', salarisMin: '3900', salarisMax: '6100', urenMin: '32', urenMax: '36', opleidingsniveau: 'wo', vakgebied: 'juridisch', contract: 'vast', werkwijze: 'hybride', vanaf: 'ja', gepubliceerdOp: '2026-11-20', sluitingsdatum: FAR_CLOSING, status: 'open', sollicitatieUrl: 'https://werken.voorbeeld.example/v/1', contactNaam: 'Noor Visser', contactFunctie: 'recruiter', contactTelefoon: '050 000 0000', procedureStappen: 'Stuur je cv|Eerste gesprek', gesprekdata: FAR_CLOSING, ...overrides };
  return [kenmerk, v.titel, v.samenvatting, v.beschrijving, v.standplaatsen, v.schaalMin, v.schaalMax, v.salarisMin, v.salarisMax, v.urenMin, v.urenMax, v.opleidingsniveau, v.vakgebied, v.contract, v.werkwijze, v.vanaf, v.gepubliceerdOp, v.sluitingsdatum, v.status, v.sollicitatieUrl, v.contactNaam, v.contactFunctie, v.contactTelefoon, v.procedureStappen, v.gesprekdata, 'genegeerd'].join(';');
};

describe('vacancy import', () => {
  let database: Database;
  let catalog: RegionCatalog;
  beforeAll(async () => {
    database = await createTestDatabase();
    catalog = await loadRegionCatalog(database.db);
  });
  afterAll(async () => database.close());

  it('reports bad rows by row and field, lets good rows in, and changes nothing on a second run', async () => {
    const rows = [
      { rowNumber: 2, data: { kenmerk: 'IMP-1', titel: 'Beleidsmedewerker wonen', samenvatting: 'Je werkt aan woonbeleid in de regio.', beschrijving: '<p>Je werkt aan woonbeleid voor de regio.</p>', standplaatsen: ['GM0014'], schaalMin: 10, schaalMax: 11, salarisMin: 3900, salarisMax: 6100, urenMin: 32, urenMax: 36, opleidingsniveau: 'wo', vakgebied: 'beleid', contract: 'vast', gepubliceerdOp: '2026-11-01', sluitingsdatum: FAR_CLOSING, sollicitatieEmail: 'sollicitaties@voorbeeld.example', contactNaam: 'Noor Visser', contactFunctie: 'recruiter', contactEmail: 'vragen@voorbeeld.example', procedureStappen: ['Stuur je cv en motivatie', 'Gesprek met het team'], gesprekdata: [FAR_CLOSING] } },
      { rowNumber: 3, data: { kenmerk: 'IMP-2', titel: 'X', samenvatting: 'kort', beschrijving: '', standplaatsen: ['Atlantis'], schaalMin: 12, schaalMax: 10 } },
    ];
    const first = await validateAndPublish(database.db, catalog, 'bzk', rows);
    expect(first.accepted.map((a) => [a.kenmerk, a.result])).toEqual([['IMP-1', 'created']]);
    expect(first.issues.filter((i) => i.rowNumber === 3).map((i) => i.field)).toEqual(expect.arrayContaining(['titel', 'samenvatting', 'beschrijving', 'salarisMin', 'opleidingsniveau']));
    const second = await validateAndPublish(database.db, catalog, 'bzk', rows.slice(0, 1));
    expect(second.accepted.map((a) => a.result)).toEqual(['unchanged']);
    const stored = await database.db.selectFrom('vacature').select(['sollicitatie_url', 'sollicitatie_email', 'contact_naam', 'contact_email', 'procedure_stappen', 'gesprekdata']).where('kenmerk', '=', 'IMP-1').executeTakeFirstOrThrow();
    expect(stored).toEqual({ sollicitatie_url: null, sollicitatie_email: 'sollicitaties@voorbeeld.example', contact_naam: 'Noor Visser', contact_email: 'vragen@voorbeeld.example', procedure_stappen: ['Stuur je cv en motivatie', 'Gesprek met het team'], gesprekdata: [FAR_CLOSING] });
    const changed = await validateAndPublish(database.db, catalog, 'bzk', [{ rowNumber: 2, data: { ...rows[0]!.data, sollicitatieUrl: 'http://onveilig.example/x' } }]);
    expect(changed.issues).toEqual([{ rowNumber: 2, field: 'sollicitatieUrl', message: 'verwacht een https-adres (https://…)' }]);
  });
});

describe('npm run import -- vacatures (the CLI, on its own PGlite data folder)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rir-import-'));
  const file = join(dataDir, 'vacatures.csv');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports a CSV with semicolons and a BOM, rejects bad rows with exit code 2, and is idempotent', async () => {
    writeFileSync(file, `\uFEFF${HEADER}\r\n${row('CLI-1')}\r\n${row('CLI-2', { standplaatsen: 'Atlantis' })}\r\n${row('CLI-3', { schaalMin: '13', schaalMax: '11' })}\r\n`);
    const first = runCli(dataDir, ['scripts/import.ts', 'vacatures', file, '--organisatie', 'duo']);
    expect(first.status).toBe(2);
    expect(first.stdout).toContain('vacatures.csv: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 rijen afgewezen.');
    expect(first.stdout).toContain('Genegeerde kolommen: extra');
    expect(first.stdout).toContain('rij 3, standplaatsen: onbekende gemeente "Atlantis"');
    expect(first.stdout).toContain('rij 4, schaalMax: lager dan schaalMin');

    const again = runCli(dataDir, ['scripts/import.ts', 'vacatures', file, '--organisatie', 'duo']);
    expect(again.stdout).toContain('0 nieuw, 0 bijgewerkt, 1 ongewijzigd, 2 rijen afgewezen.');

    const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    try {
      const stored = await database.db.selectFrom('vacature').select(['kenmerk', 'organisatie_code', 'vanaf_rijksontmoetingsplein', 'contact_telefoon', 'procedure_stappen']).execute();
      expect(stored).toEqual([{ kenmerk: 'CLI-1', organisatie_code: 'duo', vanaf_rijksontmoetingsplein: true, contact_telefoon: '050 000 0000', procedure_stappen: ['Stuur je cv', 'Eerste gesprek'] }]);
      const locations = await database.db.selectFrom('vacature_locatie').select('gemeente_code').orderBy('gemeente_code').execute();
      expect(locations.map((l) => l.gemeente_code)).toEqual(['GM0014', 'GM0106']);
    } finally {
      await database.close();
    }
  }, 480_000); // two CLI runs, each migrating and loading a fresh embedded database: over 4 minutes at load 26

  it('exits with 1 for an unknown organisation and writes nothing', () => {
    const result = runCli(dataDir, ['scripts/import.ts', 'vacatures', file, '--organisatie', 'atlantis']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Onbekende organisatie "atlantis"');
  }, 240_000); // a CLI run on a fresh embedded database
});
