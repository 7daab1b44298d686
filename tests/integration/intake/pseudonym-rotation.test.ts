import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { recordKey } from '../../../src/lib/disclosure/cell-key/index.ts';
import { applicantKey } from '../../../src/lib/intake/applicant-key.ts';
import { loadDashboardFigures } from '../../../src/lib/intake/dashboard-data.ts';
import { IntakeImportError } from '../../../src/lib/intake/import-applications.ts';
import { publicIntakeFigures } from '../../../src/lib/intake/public-intake.ts';
import { countByKeyId, labelUnversionedPseudonyms, pseudonymKeyReport } from '../../../src/lib/intake/pseudonym-key-usage.ts';
import { pseudonymKeyId, pseudonymKeyring } from '../../../src/lib/secrets/pseudonym-keys.ts';
import { importCsv, INTAKE_TABLES, TINY_HEADER } from '../../support/intake-fixtures.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
const RANDSTAD = ['PV26', 'PV27', 'PV28'];
const OLD = 'old-secret-for-rotation-0123456789abcdef';
const NEW = 'new-secret-for-rotation-0123456789abcdef';
const POSTCODES = ['9711', '9711', '8911', '2511', '2511', '1011', '3011', '3511', '6811', ''];
const STAGES = ['sollicitatie', 'sollicitatie', 'sollicitatie', 'gesprek', 'gesprek', 'aanbod', 'aangenomen'];
const ROWS = 160;
let database: Database;

/** ROWS applications over two vacancies, ten home areas and four stages; `changed` rows get one stage further. */
function csv(changed = 0): string {
  const rows = [TINY_HEADER];
  for (let i = 0; i < ROWS; i++) {
    const fase = i < changed ? 'aangenomen' : STAGES[(i * 7 + (i >> 3)) % STAGES.length]!;
    const uitkomst = fase === 'aangenomen' ? '' : 'afgewezen';
    rows.push(`a${i},V-${1 + (i % 2)},2026-11-${String(1 + (i % 28)).padStart(2, '0')},${POSTCODES[(i * 3) % POSTCODES.length]},${fase},${uitkomst},nee`);
  }
  return rows.join('\n');
}

/** Everything that decides a published value: the rows' record keys by id, both rollups and two published releases. */
async function published() {
  const rows = await database.db.selectFrom('sollicitatie').select(['id', 'record_sleutel']).orderBy('id').execute();
  const rollups = await sql<{ t: string }>`
    select concat_ws('|', 'c', kwartaal, woon_corop_code, werk_corop_code, fase, aantal, sleutel_som) as t from instroom_kwartaal
    union all select concat_ws('|', 'a', kwartaal, woon_corop_code, werk_corop_code, fase, aantal, sleutel_som) from instroom_activiteit_kwartaal
    order by 1`.execute(database.db);
  const dashboard = await loadDashboardFigures(database.db, { organisations: ['duo'] }, { fase: 'aangenomen', randstad: RANDSTAD, dataset: 'echt' });
  const open = await publicIntakeFigures(database.db, { jaar: 2026, organisations: ['duo'], voorbeeldgegevens: false, randstad: RANDSTAD });
  return { recordKeys: rows.map((r) => [Number(r.id), Number(r.record_sleutel)]), rollups: rollups.rows.map((r) => r.t), dashboard, open };
}

const storedKeys = async () => (await database.db.selectFrom('sollicitatie').select(['sollicitant_sleutel', 'pseudoniem_sleutel_id']).execute());
const keyCounts = async () => (await countByKeyId(database.db)).map(({ keyId, real, demo, organisations }) => ({ keyId, real, demo, organisations }));
const rowCount = async () => Number((await database.db.selectFrom('sollicitatie').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  database = await createTestDatabase();
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict' }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch' }),
  ]);
}, 240_000);
afterAll(async () => database.close());
beforeEach(async () => {
  await truncate(database, INTAKE_TABLES);
  const first = await importCsv(database.db, 'duo', csv(), { now: NOW, secret: OLD });
  expect([first.accepted, first.rekeyed]).toEqual([ROWS, 0]);
});

describe('rotating APP_SECRET (APP_SECRET=new, APP_SECRET_PREVIOUS=old)', () => {
  it('finds every stored applicant under the old key: 0 new rows, all re-keyed, record keys and published values unchanged', async () => {
    const before = await published();
    expect(before.dashboard.hasData).toBe(true);
    expect((await storedKeys()).every((r) => r.pseudoniem_sleutel_id === pseudonymKeyId(OLD))).toBe(true);

    const report = await importCsv(database.db, 'duo', csv(), { now: NOW, secret: NEW, previousSecrets: [OLD] });
    expect({ accepted: report.accepted, unchanged: report.unchanged, rekeyed: report.rekeyed, rejected: report.rejected }).toEqual({ accepted: 0, unchanged: ROWS, rekeyed: ROWS, rejected: 0 });
    expect(await rowCount()).toBe(ROWS);
    const keys = await storedKeys();
    expect(keys.every((r) => r.pseudoniem_sleutel_id === pseudonymKeyId(NEW))).toBe(true);
    expect(new Set(keys.map((r) => r.sollicitant_sleutel))).toEqual(new Set(Array.from({ length: ROWS }, (_, i) => applicantKey(NEW, 'duo', `a${i}`))));

    const after = await published();
    expect(after).toEqual(before);
    // The stored keys are the ones of the old pseudonyms: a generated column would have changed all of them.
    const rows = await database.db.selectFrom('sollicitatie').select(['sollicitant_sleutel', 'vacature_sleutel', 'record_sleutel']).execute();
    expect(rows.filter((r) => Number(r.record_sleutel) === recordKey(r.sollicitant_sleutel, r.vacature_sleutel))).toEqual([]);

    // The next import under the new key finds them directly: nothing left to re-key.
    const again = await importCsv(database.db, 'duo', csv(), { now: NOW, secret: NEW, previousSecrets: [OLD] });
    expect([again.accepted, again.unchanged, again.rekeyed]).toEqual([0, ROWS, 0]);
    expect(await published()).toEqual(before);
  });

  it('counts re-keyed rows that changed as changed and new applicants as new, as without a rotation', async () => {
    const extra = `${csv(3)}\nnieuw-1,V-1,2026-11-20,9711,sollicitatie,,nee`;
    const report = await importCsv(database.db, 'duo', extra, { now: NOW, secret: NEW, previousSecrets: [OLD] });
    // Rows a0..a2 go from "sollicitatie" to "aangenomen": three changed rows and one new row.
    expect({ accepted: report.accepted, unchanged: report.unchanged, rekeyed: report.rekeyed }).toEqual({ accepted: 4, unchanged: ROWS - 3, rekeyed: ROWS });
    expect(await rowCount()).toBe(ROWS + 1);
    const added = await database.db.selectFrom('sollicitatie').select(['pseudoniem_sleutel_id', 'sollicitant_sleutel', 'vacature_sleutel', 'record_sleutel']).where('sollicitant_sleutel', '=', applicantKey(NEW, 'duo', 'nieuw-1')).executeTakeFirstOrThrow();
    expect(added.pseudoniem_sleutel_id).toBe(pseudonymKeyId(NEW));
    expect(Number(added.record_sleutel)).toBe(recordKey(added.sollicitant_sleutel, added.vacature_sleutel));
  });

  it('refuses an import when the old secret was removed while rows remain under it, and writes nothing', async () => {
    const before = await published();
    const attempt = importCsv(database.db, 'duo', csv(), { now: NOW, secret: NEW });
    await expect(attempt).rejects.toThrow(IntakeImportError);
    await expect(importCsv(database.db, 'duo', csv(), { now: NOW, secret: NEW })).rejects.toThrow(
      `Er staan nog ${ROWS} sollicitaties van deze organisatie onder een pseudoniemsleutel die niet meer is ingesteld (sleutel-id ${pseudonymKeyId(OLD)}).`,
    );
    expect(await rowCount()).toBe(ROWS);
    expect((await storedKeys()).every((r) => r.pseudoniem_sleutel_id === pseudonymKeyId(OLD))).toBe(true);
    expect(await published()).toEqual(before);
    // Another organisation without such rows imports as usual.
    await publish(database.db, 'bz', [vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'] })]);
    const other = await importCsv(database.db, 'bz', `${TINY_HEADER}\nb1,V-1,2026-11-02,9711,sollicitatie,,nee`, { now: NOW, secret: NEW });
    expect(other.accepted).toBe(1);
  });

  it('tells the operator per key how many applications carry it and whether its old value may go', async () => {
    const ringAfter = pseudonymKeyring({ APP_SECRET: NEW, APP_SECRET_PREVIOUS: [OLD] });
    const states = async () => pseudonymKeyReport(ringAfter, await countByKeyId(database.db)).map((l) => [l.keyId, l.state, l.real]);
    expect(await states()).toEqual([[pseudonymKeyId(NEW), 'huidig', 0], [pseudonymKeyId(OLD), 'nodig', ROWS]]);
    // The latest retention date of the rows under the old key: the day retention has freed it at the latest.
    const latest = await database.db.selectFrom('sollicitatie').select((eb) => eb.fn.max('bewaren_tot').as('d')).executeTakeFirstOrThrow();
    expect((await countByKeyId(database.db)).find((c) => c.keyId === pseudonymKeyId(OLD))?.lastRetention).toBe(String(latest.d));
    await importCsv(database.db, 'duo', csv(), { now: NOW, secret: NEW, previousSecrets: [OLD] });
    expect(await states()).toEqual([[pseudonymKeyId(NEW), 'huidig', ROWS], [pseudonymKeyId(OLD), 'kan-weg', 0]]);
    // Removed too early: the key id is still found, without a configured key.
    const removed = pseudonymKeyReport(pseudonymKeyring({ APP_SECRET: 'x'.repeat(32) }), await countByKeyId(database.db));
    expect(removed.map((l) => [l.keyId, l.state, l.real])).toEqual([[pseudonymKeyId('x'.repeat(32)), 'huidig', 0], [pseudonymKeyId(NEW), 'ontbreekt', ROWS]]);
  });
});

describe('rows stored before key versions (migration 0085 leaves their key id empty)', () => {
  it('labels real rows with the oldest configured secret and demo rows with the current one, then re-keys on import', async () => {
    await sql`update sollicitatie set pseudoniem_sleutel_id = null`.execute(database.db);
    await sql`update sollicitatie set is_demo = true where sollicitant_sleutel = ${applicantKey(OLD, 'duo', 'a0')}`.execute(database.db);
    const labelled = await labelUnversionedPseudonyms(database.db, pseudonymKeyring({ APP_SECRET: NEW, APP_SECRET_PREVIOUS: [OLD] }));
    expect(labelled).toBe(ROWS);
    expect(await keyCounts()).toEqual(
      [{ keyId: pseudonymKeyId(OLD), real: ROWS - 1, demo: 0, organisations: ['duo'] }, { keyId: pseudonymKeyId(NEW), real: 0, demo: 1, organisations: [] }].sort((a, b) => a.keyId.localeCompare(b.keyId)),
    );
  });

  it('labels them during an import too, before matching', async () => {
    await sql`update sollicitatie set pseudoniem_sleutel_id = null`.execute(database.db);
    const report = await importCsv(database.db, 'duo', csv(), { now: NOW, secret: NEW, previousSecrets: [OLD] });
    expect([report.accepted, report.rekeyed]).toEqual([0, ROWS]);
    expect(await keyCounts()).toEqual([{ keyId: pseudonymKeyId(NEW), real: ROWS, demo: 0, organisations: ['duo'] }]);
  });
});

describe('the stored record key', () => {
  it('cannot be changed by an update', async () => {
    await expect(sql`update sollicitatie set record_sleutel = record_sleutel + 1`.execute(database.db)).rejects.toThrow(/record_sleutel/);
  });
});
