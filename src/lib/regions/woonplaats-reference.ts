import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { readReferenceCsv } from '../reference/reference-files.ts';

/** The CBS woonplaatsen file in db/reference (codes without prefix: gemeente '0873' is GM0873). */
export const WOONPLAATS_FILE = 'woonplaatsen_gemeente_corop_2024.csv';

/** Loads (or refreshes) the woonplaats table from db/reference; idempotent upsert by code. */
export async function upsertWoonplaatsen(trx: Transaction<DB> | Kysely<DB>): Promise<number> {
  const rows = await readReferenceCsv(WOONPLAATS_FILE, ['Woonplaatscode', 'Woonplaats', 'Gemeentecode', 'Gemeente', 'COROP-gebiedcode', 'COROP-gebied']);
  // The CSV reader lower-cases column names.
  const values = rows.map((r) => ({ code: r.woonplaatscode!, naam: r.woonplaats!, gemeente_code: `GM${r.gemeentecode!.padStart(4, '0')}` }));
  for (let i = 0; i < values.length; i += 1000) {
    await trx
      .insertInto('woonplaats')
      .values(values.slice(i, i + 1000))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam'), gemeente_code: eb.ref('excluded.gemeente_code') })))
      .execute();
  }
  return values.length;
}
