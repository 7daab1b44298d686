import { sql, type Kysely } from 'kysely';

/**
 * Versioned applicant pseudonyms (issue 11): every application records which pseudonym key made its
 * `sollicitant_sleutel` — the key's id, a short hash of the derived key (src/lib/secrets/pseudonym-keys.ts), so it
 * does not depend on the order of APP_SECRET / APP_SECRET_PREVIOUS. A migration has no access to the secrets, so
 * existing rows keep null here; start-up and every import label them with the key they were made with (the
 * oldest configured secret, which keyed every pseudonym until now; see `labelUnversionedPseudonyms`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sollicitatie')
    .addColumn('pseudoniem_sleutel_id', 'text', (c) => c.check(sql`pseudoniem_sleutel_id ~ '^[0-9a-f]{16}$'`))
    .execute();
  await db.schema.createIndex('sollicitatie_pseudoniem_sleutel_idx').on('sollicitatie').columns(['organisatie_code', 'pseudoniem_sleutel_id']).execute();
}

/** Drops the key id. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sollicitatie_pseudoniem_sleutel_idx').execute();
  await db.schema.alterTable('sollicitatie').dropColumn('pseudoniem_sleutel_id').execute();
}
