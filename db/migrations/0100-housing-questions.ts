import { sql, type Kysely } from 'kysely';

/**
 * Housing questions (measure 1d): what an organisation needs, entered by a BZK analyst so it can be
 * matched to regions early. Versioned and append-only: a revision is a new row with the same
 * `vraag_nummer` and the next `versie`. Who entered it is a staff account id, never a name; no
 * foreign key to the account so the record outlives an account that is removed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('huisvestingsvraag')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('vraag_nummer', 'integer', (c) => c.notNull().check(sql`vraag_nummer > 0`))
    .addColumn('versie', 'integer', (c) => c.notNull().check(sql`versie > 0`))
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('omvang', sql`numeric(9,1)`, (c) => c.notNull().check(sql`omvang > 0`))
    .addColumn('eenheid', 'text', (c) => c.notNull().check(sql`eenheid in ('fte','werkplekken')`))
    // Checked against the vacancy vocabulary (VAKGEBIEDEN) by the form, so the list is declared once.
    .addColumn('vakgebied', 'text', (c) => c.notNull())
    .addColumn('jaar', 'integer', (c) => c.notNull().check(sql`jaar between 2024 and 2100`))
    .addColumn('kwartaal', 'integer', (c) => c.check(sql`kwartaal between 1 and 4`))
    .addColumn('max_afstand_km', 'integer', (c) => c.check(sql`max_afstand_km between 1 and 300`))
    .addColumn('afstand_tot', 'text', (c) => c.notNull().check(sql`afstand_tot in ('vestiging','plein','vestiging-of-plein')`))
    .addColumn('buiten_randstad', 'boolean', (c) => c.notNull())
    .addColumn('van_gemeente_code', 'text', (c) => c.references('gemeente.code'))
    .addColumn('toelichting', 'text', (c) => c.check(sql`length(toelichting) <= 2000`))
    .addColumn('vastgelegd_door_account_id', 'integer', (c) => c.notNull())
    .addColumn('vastgelegd_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('huisvestingsvraag_versie_uq', ['vraag_nummer', 'versie'])
    .execute();
  await sql`create function huisvestingsvraag_alleen_toevoegen() returns trigger language plpgsql as $$
    begin raise exception 'huisvestingsvraag is een geschiedenis: een wijziging is een nieuwe versie'; end $$`.execute(db);
  await sql`create trigger huisvestingsvraag_alleen_toevoegen before update or delete on huisvestingsvraag
    for each row execute function huisvestingsvraag_alleen_toevoegen()`.execute(db);
}

/** Drops the housing questions. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('huisvestingsvraag').execute();
  await sql`drop function if exists huisvestingsvraag_alleen_toevoegen()`.execute(db);
}
