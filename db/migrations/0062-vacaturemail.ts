import { sql, type Kysely } from 'kysely';

/**
 * Vacancy alerts (vacaturemail): a saved search and an e-mail address, stored only for this purpose.
 * Unconfirmed rows are deleted after 7 days; a row is deleted on unsubscribe. `vacaturemail_run`
 * records each digest period once, so several servers send one digest per period.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vacaturemail_abonnement')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('zoekopdracht', 'text', (c) => c.notNull())
    .addColumn('omschrijving', 'text', (c) => c.notNull())
    .addColumn('frequentie', 'text', (c) => c.notNull().check(sql`frequentie in ('dagelijks', 'wekelijks')`))
    .addColumn('client_hash', 'text', (c) => c.notNull())
    .addColumn('aangemaakt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('bevestigd_op', 'timestamptz')
    .addColumn('nieuw_sinds', 'timestamptz')
    .addColumn('laatst_verzonden_op', 'timestamptz')
    .addUniqueConstraint('vacaturemail_email_zoekopdracht_uq', ['email', 'zoekopdracht'])
    .execute();
  await sql`create index vacaturemail_client_idx on vacaturemail_abonnement (client_hash, aangemaakt_op)`.execute(db);
  await db.schema
    .createTable('vacaturemail_run')
    .addColumn('periode', 'text', (c) => c.primaryKey())
    .addColumn('gestart_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('verzonden', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Drops the vacancy-alert tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vacaturemail_run').execute();
  await db.schema.dropTable('vacaturemail_abonnement').execute();
}
