import { sql, type Kysely } from 'kysely';

/**
 * The yearly "Rijkswerkgelegenheid in Groningen" account (measure 3), frozen once published: the
 * whole account is stored as JSON, so later corrections to the inventory never change it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groningen_verantwoording')
    .addColumn('jaar', 'integer', (c) => c.primaryKey().check(sql`jaar between 2000 and 2100`))
    .addColumn('inhoud', 'text', (c) => c.notNull())
    .addColumn('gepubliceerd_door', 'text', (c) => c.notNull())
    .addColumn('gepubliceerd_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create function groningen_verantwoording_bevroren() returns trigger language plpgsql as $$
    begin raise exception 'een gepubliceerde Groningen-verantwoording is bevroren en kan niet worden gewijzigd of verwijderd'; end $$`.execute(db);
  await sql`create trigger groningen_verantwoording_bevroren before update or delete on groningen_verantwoording
    for each row execute function groningen_verantwoording_bevroren()`.execute(db);
}

/** Drops the Groningen accounts. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('groningen_verantwoording').execute();
  await sql`drop function if exists groningen_verantwoording_bevroren()`.execute(db);
}
