import { STAGING_BATCH_SIZE } from '../../../src/lib/intake/application-store.ts';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { CsvSyntaxError } from '../../../src/lib/import/csv-parser.ts';
import { ImportHeaderError } from '../../../src/lib/import/import-errors.ts';
import { applicantKey } from '../../../src/lib/intake/applicant-key.ts';
import { expiredNotice, importApplications, IntakeImportError } from '../../../src/lib/intake/import-applications.ts';
import { intakeFunnel } from '../../../src/lib/intake/funnel-query.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';
import { COARSE_INTAKE_TABLES, importCsv, intakeTableDump, rollupCells, TEST_SECRET, textSource, INTAKE_TABLES } from '../../support/intake-fixtures.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

// 13:00 in Amsterdam on Sunday 29 November 2026.
const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;
let v1: string; // DUO, kenmerk V-1, Groningen
let v2: string; // DUO, kenmerk V-2, 's-Gravenhage, juridisch

const HEADER =
  'Sollicitant_ID;Vacature;Werkplaats_gemeente;Sollicitatiedatum;Postcode;Fase;Uitkomst;Datum_gesprek;Datum_aanbod;Datum_indiensttreding;Toestemming_bewaren;Naam;E-mail;Geboortedatum';

/** The messy export: BOM, semicolons, CRLF, Dutch dates, postcodes with spaces, a formula, duplicates, bad rows. */
function messyCsv(): string {
  const lines = [
    HEADER, // 1
    'A-001;V-1;;03-11-2026;9711 AB;gesprek;afgewezen;10-11-2026;;;nee;Jan Jansen;jan.jansen@example.nl;01-01-1990', // 2 ok, Groningen
    'A-002;v-1;;2026-11-04;2511CV;aangenomen;;12-11-2026;15-11-2026;01-01-2027;ja;Piet Pietersen;piet@example.org;02-02-1985', // 3 ok, Den Haag, kenmerk in lower case
    'A-003;V-1;;4-11-2026; 1010 ZZ ;sollicitatie;lopend;;;;;Klaas Klaassen;klaas@example.com;03-03-1970', // 4 ok, PC4 1010 unknown → onbekend (notice)
    'A-001;V-1;;03-11-2026;9711 AB;gesprek;afgewezen;10-11-2026;;;nee;Jan Jansen;jan.jansen@example.nl;01-01-1990', // 5 duplicate of 2
    'A-004;"=HYPERLINK(""http://evil.example"",""klik"")";Utrecht;05-11-2026;3511;sollicitatie;;;;;;Eva;eva@example.nl;04-04-1999', // 6 ok, external vacancy
    'A-005;ONBEKEND-99;;05-11-2026;9711;sollicitatie;;;;;;Bob;bob@example.nl;05-05-1995', // 7 unknown vacancy, no workplace
    'A-006;V-1;;31-02-2026;9711;gesprek;;;;;;X;x@example.nl;', // 8 date does not exist
    'A-007;V-1;;06-11-2026;9711;aangenomen;afgewezen;;;;;Y;y@example.nl;', // 9 inconsistent stage/outcome
    ';V-1;;06-11-2026;9711;sollicitatie;;;;;;Z;z@example.nl;', // 10 empty applicant id
    'A-008;V-2;Atlantis;06-11-2026;9711;sollicitatie;;;;;;Q;q@example.nl;', // 11 unknown municipality
    'A-009;V-1;;06-11-2026;9711 AB;sollicitatie', // 12 too few columns
    '', // 13 blank line, skipped
    `A-010;${'{{V2}}'};;07-11-2026;;gesprek;lopend;08-11-2026;;;;R;r@example.nl;`, // 14 ok by uuid, empty postcode → onbekend
    'A-011;V-2;;07-11-2026;B-1000;sollicitatie;;;;;;S;s@example.be;', // 15 ok, foreign postcode → onbekend (notice)
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  [v1, v2] = await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'] }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch' }),
  ]) as [string, string];
});
afterAll(async () => database.close());
beforeEach(async () => truncate(database, INTAKE_TABLES));

const messy = () => messyCsv().replace('{{V2}}', v2.toUpperCase());

describe('importApplications on a messy ATS export', () => {
  it('accepts the good rows and reports every bad one with row number, column and a Dutch reason', async () => {
    const report = await importCsv(database.db, 'duo', messy(), { now: NOW });
    expect({ accepted: report.accepted, rejected: report.rejected, unchanged: report.unchanged, expired: report.expired }).toEqual({
      accepted: 6,
      rejected: 7,
      unchanged: 0,
      expired: 0,
    });
    expect(report.issues).toEqual([
      { rowNumber: 5, field: null, message: 'Dubbele regel: dezelfde sollicitant en vacature staan al op regel 2; alleen die regel is ingelezen.' },
      {
        rowNumber: 7,
        field: 'vacature',
        message:
          'Onbekende vacature "ONBEKEND-99": dit is geen vacature-id of kenmerk van je organisatie op dit platform. Vul werkplaats_gemeente in om de sollicitatie met je eigen vacaturenummer in te lezen.',
      },
      { rowNumber: 8, field: 'sollicitatiedatum', message: '"31-02-2026" bestaat niet: februari 2026 heeft 28 dagen.' },
      { rowNumber: 9, field: 'uitkomst', message: 'De fase is aangenomen, dan moet de uitkomst aangenomen zijn (of leeg), niet afgewezen.' },
      { rowNumber: 10, field: 'sollicitant_id', message: 'Het sollicitant_id is leeg.' },
      { rowNumber: 11, field: 'werkplaats_gemeente', message: 'Onbekende gemeente "Atlantis". Gebruik een CBS-gemeentecode (bijvoorbeeld GM0014) of de gemeentenaam.' },
      { rowNumber: 12, field: null, message: 'Deze regel heeft 6 kolommen, de kopregel heeft er 14. Controleer scheidingstekens en aanhalingstekens in deze regel.' },
    ]);
    expect(report.notices).toEqual([
      { rowNumber: 4, field: 'postcode', message: 'Postcode niet gevonden in de postcodetabel: de woonregio wordt "onbekend".' },
      { rowNumber: 15, field: 'postcode', message: 'Geen Nederlandse postcode (vier cijfers, eventueel met twee letters): de woonregio wordt "onbekend".' },
    ]);
    expect(report.ignoredColumns).toEqual(['naam', 'e-mail', 'geboortedatum']);
    expect(report.omittedIssues).toBe(0);
  });

  it('stores pseudonymised rows with municipality codes, our vacancy ids and the formula as plain data', async () => {
    await importCsv(database.db, 'duo', messy(), { now: NOW });
    const rows = await database.db
      .selectFrom('sollicitatie')
      .select(['sollicitant_sleutel', 'vacature_id', 'externe_vacature', 'werkplaats_gemeente_code', 'sollicitatiedatum', 'woon_gemeente_code', 'fase', 'uitkomst', 'bewaren_tot', 'toestemming'])
      .orderBy('sollicitatiedatum')
      .orderBy('woon_gemeente_code')
      .execute();
    const key = (id: string) => applicantKey(TEST_SECRET, 'duo', id);
    expect(rows).toEqual([
      { sollicitant_sleutel: key('A-001'), vacature_id: v1, externe_vacature: null, werkplaats_gemeente_code: 'GM0014', sollicitatiedatum: '2026-11-03', woon_gemeente_code: 'GM0014', fase: 'gesprek', uitkomst: 'afgewezen', bewaren_tot: '2026-12-08', toestemming: false },
      { sollicitant_sleutel: key('A-002'), vacature_id: v1, externe_vacature: null, werkplaats_gemeente_code: 'GM0014', sollicitatiedatum: '2026-11-04', woon_gemeente_code: 'GM0518', fase: 'aangenomen', uitkomst: 'aangenomen', bewaren_tot: '2028-01-01', toestemming: true },
      { sollicitant_sleutel: key('A-003'), vacature_id: v1, externe_vacature: null, werkplaats_gemeente_code: 'GM0014', sollicitatiedatum: '2026-11-04', woon_gemeente_code: null, fase: 'sollicitatie', uitkomst: 'lopend', bewaren_tot: '2027-12-02', toestemming: false },
      { sollicitant_sleutel: key('A-004'), vacature_id: null, externe_vacature: '=HYPERLINK("http://evil.example","klik")', werkplaats_gemeente_code: 'GM0344', sollicitatiedatum: '2026-11-05', woon_gemeente_code: 'GM0344', fase: 'sollicitatie', uitkomst: 'lopend', bewaren_tot: '2027-12-03', toestemming: false },
      { sollicitant_sleutel: key('A-010'), vacature_id: v2, externe_vacature: null, werkplaats_gemeente_code: 'GM0518', sollicitatiedatum: '2026-11-07', woon_gemeente_code: null, fase: 'gesprek', uitkomst: 'lopend', bewaren_tot: '2027-12-06', toestemming: false },
      { sollicitant_sleutel: key('A-011'), vacature_id: v2, externe_vacature: null, werkplaats_gemeente_code: 'GM0518', sollicitatiedatum: '2026-11-07', woon_gemeente_code: null, fase: 'sollicitatie', uitkomst: 'lopend', bewaren_tot: '2027-12-05', toestemming: false },
    ]);
    const log = await database.db.selectFrom('sollicitatie_import').select(['organisatie_code', 'door', 'geaccepteerd', 'afgewezen', 'ongewijzigd', 'verlopen']).execute();
    expect(log).toEqual([{ organisatie_code: 'duo', door: 'test', geaccepteerd: 6, afgewezen: 7, ongewijzigd: 0, verlopen: 0 }]);
  });

  it('keeps the unknown home region visible in the rollup and the funnel', async () => {
    await importCsv(database.db, 'duo', messy(), { now: NOW });
    const funnel = await intakeFunnel(database.db, { organisations: ['duo'] });
    const byCode = Object.fromEntries(funnel.rows.filter((r) => r.counts.sollicitatie > 0).map((r) => [r.region.code, r.counts]));
    expect(byCode).toEqual({
      PV20: { sollicitatie: 1, gesprek: 1, aanbod: 0, aangenomen: 0 },
      PV26: { sollicitatie: 1, gesprek: 0, aanbod: 0, aangenomen: 0 },
      PV28: { sollicitatie: 1, gesprek: 1, aanbod: 1, aangenomen: 1 },
      onbekend: { sollicitatie: 3, gesprek: 1, aanbod: 0, aangenomen: 0 },
    });
    expect(funnel.rows.map((r) => r.region.code)).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31', 'onbekend']);
    expect(funnel.total.counts).toEqual({ sollicitatie: 6, gesprek: 3, aanbod: 1, aangenomen: 1 });
  });

  it('holds no postcode, name, e-mail address, birth date or raw applicant id anywhere in the intake tables', async () => {
    await importCsv(database.db, 'duo', messy(), { now: NOW, bestandsnaam: 'sollicitanten-jansen.csv' });
    const columns = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and table_name in ('sollicitatie', 'sollicitatie_import', 'instroom_kwartaal', 'instroom_activiteit_kwartaal',
        'instroom_kwartaal_per_provincie', 'instroom_activiteit_kwartaal_per_provincie', 'instroom_kwartaal_rijk', 'instroom_activiteit_kwartaal_rijk')
        and data_type in ('text', 'character varying', 'character')`.execute(database.db);
    const hexOrUuid = /^([0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
    const forbidden = ['9711', '2511', '1010', '3511', 'AB', 'CV', 'ZZ', 'B-1000', 'Jansen', 'Piet', 'Klaas', '@', 'example.', '1990', '1985', 'A-00', 'A-01', 'jansen.csv'];
    const values: string[] = [];
    for (const { table_name, column_name } of columns.rows) {
      const result = await sql<{ v: string | null }>`select ${sql.ref(column_name)}::text as v from ${sql.table(table_name)}`.execute(database.db);
      for (const { v } of result.rows) if (v !== null) values.push(v);
    }
    expect(values.length).toBeGreaterThan(50);
    for (const value of values) {
      // Keys, hashes and vacancy ids are random-looking hex: they may contain any digits, so they are checked by shape.
      if (hexOrUuid.test(value)) continue;
      for (const text of forbidden) expect(value, `"${value}" contains "${text}"`).not.toContain(text);
    }
  });

  it('changes nothing when the same file is imported again', async () => {
    const first = await importCsv(database.db, 'duo', messy(), { now: NOW });
    const before = await intakeTableDump(database.db);
    const second = await importCsv(database.db, 'duo', messy(), { now: new Date('2026-11-30T12:00:00Z') });
    expect({ accepted: second.accepted, unchanged: second.unchanged, rejected: second.rejected }).toEqual({ accepted: 0, unchanged: first.accepted, rejected: first.rejected });
    const after = await intakeTableDump(database.db);
    expect(after.sollicitatie).toEqual(before.sollicitatie);
    expect(after.instroom_kwartaal).toEqual(before.instroom_kwartaal);
    expect(after.instroom_activiteit_kwartaal).toEqual(before.instroom_activiteit_kwartaal);
    expect(after.sollicitatie_import).toHaveLength(2);
  });

  it('updates a changed row, counts the rest as unchanged and moves the rollup along', async () => {
    await importCsv(database.db, 'duo', messy(), { now: NOW });
    const changed = messy().replace('A-003;V-1;;4-11-2026; 1010 ZZ ;sollicitatie;lopend;;', 'A-003;V-1;;4-11-2026; 1010 ZZ ;gesprek;lopend;20-11-2026;');
    const report = await importCsv(database.db, 'duo', changed, { now: NOW });
    expect({ accepted: report.accepted, unchanged: report.unchanged }).toEqual({ accepted: 1, unchanged: 5 });
    const funnel = await intakeFunnel(database.db, { organisations: ['duo'] });
    expect(funnel.rows.find((r) => r.region.code === 'onbekend')!.counts).toEqual({ sollicitatie: 3, gesprek: 2, aanbod: 0, aangenomen: 0 });
  });
});

describe('fatal errors roll back everything', () => {
  it('writes nothing when the CSV breaks at the very end, after several batches were staged', async () => {
    await importCsv(database.db, 'duo', messy(), { now: NOW });
    const before = await intakeTableDump(database.db);
    const rows = Array.from({ length: STAGING_BATCH_SIZE * 2 + 500 }, (_, i) => `B-${i};V-1;;0${(i % 9) + 1}-11-2026;9711;sollicitatie;;;;;;;;`);
    const broken = `${HEADER}\n${rows.join('\n')}\nB-x;"V-1;;01-11-2026;9711;sollicitatie;;;;;;;;\n`;
    const progress: number[] = [];
    await expect(importCsv(database.db, 'duo', broken, { now: NOW, onProgress: (p) => progress.push(p.rowsRead) })).rejects.toBeInstanceOf(CsvSyntaxError);
    expect(progress).toEqual([STAGING_BATCH_SIZE, STAGING_BATCH_SIZE * 2]);
    expect(await intakeTableDump(database.db)).toEqual(before);
  });

  it('refuses a file without a required column before reading any row', async () => {
    const error = await importCsv(database.db, 'duo', 'sollicitant_id;vacature;sollicitatiedatum\nA;V-1;01-11-2026\n', { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportHeaderError);
    expect((error as Error).message).toBe('Verplichte kolom ontbreekt: fase. Gevonden kolommen: sollicitant_id, vacature en sollicitatiedatum.');
    expect(await intakeTableDump(database.db)).toEqual(Object.fromEntries(['sollicitatie', 'sollicitatie_import', 'instroom_kwartaal', 'instroom_activiteit_kwartaal', ...COARSE_INTAKE_TABLES].map((t) => [t, []])));
  });

  it('refuses an unknown organisation and a secret that is too short', async () => {
    await expect(importCsv(database.db, 'bestaat-niet', messy(), { now: NOW })).rejects.toBeInstanceOf(IntakeImportError);
    await expect(importCsv(database.db, 'duo', messy(), { now: NOW, secret: 'kort' })).rejects.toThrow('APP_SECRET');
  });
});

describe('other formats and edge cases', () => {
  it('reads JSON Lines with the same rules', async () => {
    const jsonl = [
      JSON.stringify({ sollicitant_id: 'J-1', vacature: 'V-2', sollicitatiedatum: '2026-11-02', postcode: '3511 AA', fase: 'aanbod', datum_gesprek: '2026-11-09', datum_aanbod: '2026-11-16', naam: 'Geheim' }),
      JSON.stringify({ sollicitant_id: 'J-2', vacature: 'V-2', sollicitatiedatum: '2026-11-02', fase: 'gesprek', datum_aanbod: '2026-11-16' }),
    ].join('\n');
    const report = await importApplications(database.db, textSource(jsonl), { organisatieCode: 'duo', format: 'jsonl', secret: TEST_SECRET, door: 'test', now: NOW });
    expect({ accepted: report.accepted, rejected: report.rejected, ignored: report.ignoredColumns }).toEqual({ accepted: 1, rejected: 1, ignored: ['naam'] });
    expect(report.issues).toEqual([
      { rowNumber: 2, field: 'datum_aanbod', message: 'Er is een datum van het aanbod, maar de fase is gesprek. Zet de fase op aanbod of aangenomen.' },
    ]);
  });

  it('stores an own vacancy reference with a backslash, tab or line break exactly, and finds it again on re-import', async () => {
    // COPY's text format gives these characters a meaning; the staging must escape them (src/lib/db/bulk-copy.ts).
    const references = ['EXT\\N', 'EXT\\1\t2', 'EXT\n3'];
    const csv = `${HEADER}\n${references.map((r, i) => `T-${i};"${r}";Utrecht;05-11-2026;3511;sollicitatie;;;;;;;;`).join('\n')}\n`;
    const report = await importCsv(database.db, 'duo', csv, { now: NOW });
    expect({ accepted: report.accepted, rejected: report.rejected }).toEqual({ accepted: 3, rejected: 0 });
    const stored = await database.db.selectFrom('sollicitatie').select('externe_vacature').orderBy('externe_vacature').execute();
    expect(stored.map((r) => r.externe_vacature)).toEqual([...references].sort());
    const again = await importCsv(database.db, 'duo', csv, { now: NOW });
    expect({ accepted: again.accepted, unchanged: again.unchanged }).toEqual({ accepted: 0, unchanged: 3 });
  });

  it('does not store new applications whose retention date has passed, and says how many', async () => {
    // Rejected after the interview on 1 October: kept until 29 October without consent.
    const csv = `${HEADER}\nC-1;V-1;;01-09-2026;9711;gesprek;afgewezen;01-10-2026;;;nee;;;\nC-2;V-1;;01-09-2026;9711;gesprek;afgewezen;01-10-2026;;;ja;;;\n`;
    const report = await importCsv(database.db, 'duo', csv, { now: NOW });
    expect({ accepted: report.accepted, expired: report.expired, rejected: report.rejected }).toEqual({ accepted: 1, expired: 1, rejected: 0 });
    expect(expiredNotice(report)).toBe(
      '1 sollicitatie is niet opgeslagen en niet meegeteld: de bewaartermijn (28 dagen na afloop van de procedure, of 365 dagen met toestemming) was al verstreken. Lees sollicitaties daarom minstens elke 4 weken in.',
    );
    expect(expiredNotice({ expired: 0 })).toBeNull();
    expect(await rollupCells(database.db)).toHaveLength(2); // C-2 only: stages sollicitatie and gesprek
  });

  it('counts expired applications once on a history load, and refuses a second history load', async () => {
    const csv = `${HEADER}\nH-1;V-1;;01-03-2026;9711;gesprek;afgewezen;01-04-2026;;;nee;;;\nH-2;V-1;;02-03-2026;;sollicitatie;afgewezen;;;;nee;;;\n`;
    const report = await importCsv(database.db, 'duo', csv, { now: NOW, historyLoad: true });
    expect({ accepted: report.accepted, expired: report.expired }).toEqual({ accepted: 0, expired: 2 });
    expect(await database.db.selectFrom('sollicitatie').selectAll().execute()).toEqual([]);
    const funnel = await intakeFunnel(database.db, { organisations: ['duo'] });
    expect(funnel.total.counts).toEqual({ sollicitatie: 2, gesprek: 1, aanbod: 0, aangenomen: 0 });
    expect(funnel.rows.find((r) => r.region.code === 'onbekend')!.counts.sollicitatie).toBe(1);
    await expect(importCsv(database.db, 'duo', csv, { now: NOW, historyLoad: true })).rejects.toBeInstanceOf(IntakeImportError);
    // An ordinary re-import of the same expired rows neither stores nor double-counts them.
    const again = await importCsv(database.db, 'duo', csv, { now: NOW });
    expect(again.expired).toBe(2);
    expect((await intakeFunnel(database.db, { organisations: ['duo'] })).total.counts).toEqual({ sollicitatie: 2, gesprek: 1, aanbod: 0, aangenomen: 0 });
  });
});
