import { sql, type Kysely } from 'kysely';

/** Remembers which settings fingerprint the live search indexes were built with. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('zoekindex_status')
    .addColumn('naam', 'text', (c) => c.primaryKey())
    .addColumn('vingerafdruk', 'text', (c) => c.notNull())
    .addColumn('aantal_documenten', 'integer', (c) => c.notNull())
    .addColumn('gebouwd_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

/** Drops the index state. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('zoekindex_status').execute();
}
