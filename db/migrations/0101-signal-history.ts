import { sql, type Kysely } from 'kysely';

/**
 * The follow-up history of a signal: every change of its status or follow-up text, with the staff
 * account id (never a name), when, old → new, and a note. Append-only, like the measure status.
 * No foreign key to the account: the history must outlive an account that is removed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signaal_vervolg')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('signaal_id', 'integer', (c) => c.notNull().references('signaal.id'))
    .addColumn('oude_status', 'text', (c) => c.check(sql`oude_status in ('nieuw','in-behandeling','opgevolgd','afgesloten')`))
    .addColumn('nieuwe_status', 'text', (c) => c.notNull().check(sql`nieuwe_status in ('nieuw','in-behandeling','opgevolgd','afgesloten')`))
    .addColumn('oud_vervolg', 'text')
    .addColumn('nieuw_vervolg', 'text', (c) => c.check(sql`length(nieuw_vervolg) <= 2000`))
    .addColumn('notitie', 'text', (c) => c.check(sql`length(notitie) <= 1000`))
    .addColumn('door_account_id', 'integer', (c) => c.notNull())
    .addColumn('op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('signaal_vervolg_signaal_idx').on('signaal_vervolg').columns(['signaal_id', 'id']).execute();
  await sql`create function signaal_vervolg_alleen_toevoegen() returns trigger language plpgsql as $$
    begin raise exception 'signaal_vervolg is een geschiedenis: regels kunnen niet worden gewijzigd of verwijderd'; end $$`.execute(db);
  await sql`create trigger signaal_vervolg_alleen_toevoegen before update or delete on signaal_vervolg
    for each row execute function signaal_vervolg_alleen_toevoegen()`.execute(db);
}

/** Drops the follow-up history. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signaal_vervolg').execute();
  await sql`drop function if exists signaal_vervolg_alleen_toevoegen()`.execute(db);
}
