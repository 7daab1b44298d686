import { sql, type Kysely } from 'kysely';

/**
 * Kept province profiles (measure 1a): the kernprofiel and ontwikkelkansen of a province, one row
 * per version. Append-only, so every earlier version stays visible with who recorded it and when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('provincieprofiel')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('provincie_code', 'text', (c) => c.notNull().references('provincie.code'))
    .addColumn('versie', 'integer', (c) => c.notNull().check(sql`versie >= 1`))
    // One item per line (short statements), so both drivers read plain text.
    .addColumn('kernprofiel', 'text', (c) => c.notNull().check(sql`length(kernprofiel) between 1 and 4000`))
    .addColumn('ontwikkelkansen', 'text', (c) => c.notNull().check(sql`length(ontwikkelkansen) between 1 and 4000`))
    // 'provincie': the province supplied the text; 'eigen-samenvatting': our own summary.
    .addColumn('bron_soort', 'text', (c) => c.notNull().check(sql`bron_soort in ('provincie','eigen-samenvatting')`))
    .addColumn('bron_omschrijving', 'text', (c) => c.notNull().check(sql`length(bron_omschrijving) between 3 and 300`))
    .addColumn('bron_url', 'text', (c) => c.check(sql`bron_url ~ '^https?://'`))
    // The date of the text itself (shown as "bijgewerkt op").
    .addColumn('bijgewerkt_op', 'date', (c) => c.notNull())
    .addColumn('vastgelegd_door', 'text', (c) => c.notNull())
    .addColumn('vastgelegd_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('provincieprofiel_versie_uq', ['provincie_code', 'versie'])
    .execute();
  await sql`create function provincieprofiel_alleen_toevoegen() returns trigger language plpgsql as $$
    begin raise exception 'provincieprofiel is een geschiedenis: versies kunnen niet worden gewijzigd of verwijderd'; end $$`.execute(db);
  await sql`create trigger provincieprofiel_alleen_toevoegen before update or delete on provincieprofiel
    for each row execute function provincieprofiel_alleen_toevoegen()`.execute(db);
}

/** Drops the kept profiles. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('provincieprofiel').execute();
  await sql`drop function if exists provincieprofiel_alleen_toevoegen()`.execute(db);
}
