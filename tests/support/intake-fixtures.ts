import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/lib/db/schema.ts';
import { importApplications, type ImportApplicationsOptions } from '../../src/lib/intake/import-applications.ts';

/** A fixed test secret (≥ 32 characters) for the applicant pseudonym. */
export const TEST_SECRET = 'test-secret-for-intake-0123456789abcdef';

/** Streams a string in small chunks, so readers see chunk borders inside rows. */
export async function* textSource(text: string, chunkSize = 64): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
}

/** Imports CSV text for an organisation with the test secret. */
export function importCsv(db: Kysely<DB>, organisatieCode: string, text: string, options: Partial<ImportApplicationsOptions> = {}) {
  return importApplications(db, textSource(text), { organisatieCode, format: 'csv', secret: TEST_SECRET, door: 'test', ...options });
}

/** Every row of the intake tables as text (row literals), for privacy scans and before/after comparisons. */
export async function intakeTableDump(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of ['sollicitatie', 'sollicitatie_import', 'instroom_kwartaal', 'instroom_activiteit_kwartaal', ...COARSE_INTAKE_TABLES]) {
    const rows = await sql<{ t: string }>`select t::text as t from ${sql.table(table)} t order by 1`.execute(db);
    out[table] = rows.rows.map((r) => r.t);
  }
  return out;
}

/** The coarse rollups kept in step with the fine ones (migration 0115). */
export const COARSE_INTAKE_TABLES = ['instroom_kwartaal_per_provincie', 'instroom_activiteit_kwartaal_per_provincie', 'instroom_kwartaal_rijk', 'instroom_activiteit_kwartaal_rijk'];

/** The intake tables a test resets between cases. */
export const INTAKE_TABLES = ['instroom_kwartaal', 'instroom_activiteit_kwartaal', ...COARSE_INTAKE_TABLES, 'sollicitatie', 'sollicitatie_import'];

/** A rollup (default: cohort) as sorted plain objects without the `verwijderd` bookkeeping (what figures are computed from). */
export async function rollupCells(db: Kysely<DB>, table: 'instroom_kwartaal' | 'instroom_activiteit_kwartaal' = 'instroom_kwartaal') {
  const rows = await db
    .selectFrom(table)
    .select(['organisatie_code', 'kwartaal', 'woon_provincie_code', 'woon_corop_code', 'werk_provincie_code', 'werk_corop_code', 'vakgebied', 'opleidingsniveau', 'fase', 'is_demo', 'aantal'])
    .execute();
  return rows.map((r) => JSON.stringify(r)).sort();
}

/** Header of {@link TINY_DUO}. */
export const TINY_HEADER = 'sollicitant_id,vacature,sollicitatiedatum,postcode,fase,uitkomst,toestemming_bewaren';

/**
 * A tiny literal dataset: eight DUO applications: V-1 in Groningen (PV20, COROP CR03), V-2 in 's-Gravenhage (PV28, CR26). Vacancies: see the tests.
 */
export const TINY_DUO = [
  TINY_HEADER,
  'd1,V-1,2026-11-01,9711,aangenomen,,nee', // Groningen → Groningen job, same COROP
  'd2,V-1,2026-11-02,8911,aanbod,teruggetrokken,nee', // Leeuwarden (PV21)
  'd3,V-1,2026-11-03,9401,gesprek,afgewezen,nee', // Assen (PV22)
  'd4,V-1,2026-11-04,,sollicitatie,afgewezen,nee', // unknown home
  'd5,V-2,2026-11-05,2511 AA,aangenomen,,nee', // Den Haag → Den Haag job, same COROP
  'd6,V-2,2026-11-06,1011,gesprek,lopend,nee', // Amsterdam (PV27)
  'd7,V-2,2026-08-15,9711,sollicitatie,afgewezen,ja', // Groningen → Den Haag job, third quarter
  'd8,V-2,2026-11-08,3011,aangenomen,,nee', // Rotterdam → Den Haag job: same province, other COROP
].join('\n');
