import { sql, type Kysely } from 'kysely';

/**
 * One row per background job: when a node last claimed a run. Several app nodes tick; the one whose
 * conditional upsert wins runs the job, so every job runs once per period across the cluster.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('taak_run')
    .addColumn('naam', 'text', (c) => c.primaryKey())
    .addColumn('gestart_op', 'timestamptz', (c) => c.notNull())
    .addColumn('klaar_op', 'timestamptz')
    .addColumn('node', 'text', (c) => c.notNull())
    .addColumn('resultaat', 'text')
    .addColumn('aantal_runs', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .execute();
}

/** Drops the job-run table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('taak_run').execute();
}
