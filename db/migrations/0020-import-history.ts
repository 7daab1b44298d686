import { sql, type Kysely } from 'kysely';

/**
 * The history of application imports as their uploaders see it on /dashboard/import: every attempt — stored,
 * dry run ("proef") or refused — with when, which account, the row counts and the retention notice.
 * A separate table from `sollicitatie_import` on purpose: that log entry is part of the import's own
 * transaction, so a dry run or a refused file leaves nothing there, while the history must show them.
 * No file names, rows or applicant data: only counts and texts the uploader already saw.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_geschiedenis')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('gestart_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The account's username, or "token:<organisation>" for an organisation API token.
    .addColumn('door', 'text', (c) => c.notNull())
    .addColumn('kanaal', 'text', (c) => c.notNull().check(sql`kanaal in ('dashboard','api')`))
    .addColumn('soort', 'text', (c) => c.notNull().check(sql`soort in ('import','proef')`))
    .addColumn('uitkomst', 'text', (c) => c.notNull().check(sql`uitkomst in ('verwerkt','geweigerd')`))
    .addColumn('formaat', 'text')
    .addColumn('geaccepteerd', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ongewijzigd', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('afgewezen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('verlopen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bewaarmelding', 'text')
    .addColumn('foutmelding', 'text')
    // The stored import this attempt produced (null for dry runs and refused files).
    .addColumn('import_id', 'bigint', (c) => c.references('sollicitatie_import.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('import_geschiedenis_organisatie_ix').on('import_geschiedenis').columns(['organisatie_code', 'gestart_op desc']).execute();
}

/** Drops the import history. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_geschiedenis').execute();
}
