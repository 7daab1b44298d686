import { sql, type Kysely } from 'kysely';

/**
 * The status of each measure of the BZK action plan, as analysts record it. Append-only: every
 * change is a new row, so the history (who, when, why) is the table itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('maatregel_status')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('maatregel', 'text', (c) => c.notNull().check(sql`maatregel in ('1a','1b','1c','1d','2','3','4','5','6','7')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('niet-gestart','lopend','doorlopend','gereed','gestopt')`))
    // The date the status describes (may be earlier than the day it was recorded).
    .addColumn('peildatum', 'date', (c) => c.notNull())
    .addColumn('notitie', 'text', (c) => c.check(sql`length(notitie) <= 1000`))
    // Username of the analyst; never a display name.
    .addColumn('vastgelegd_door', 'text', (c) => c.notNull())
    .addColumn('vastgelegd_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('maatregel_status_maatregel_idx').on('maatregel_status').columns(['maatregel', 'id']).execute();
  // History is evidence: rows are never changed or removed.
  await sql`create function maatregel_status_alleen_toevoegen() returns trigger language plpgsql as $$
    begin raise exception 'maatregel_status is een geschiedenis: regels kunnen niet worden gewijzigd of verwijderd'; end $$`.execute(db);
  await sql`create trigger maatregel_status_alleen_toevoegen before update or delete on maatregel_status
    for each row execute function maatregel_status_alleen_toevoegen()`.execute(db);
}

/** Drops the status history. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('maatregel_status').execute();
  await sql`drop function if exists maatregel_status_alleen_toevoegen()`.execute(db);
}
