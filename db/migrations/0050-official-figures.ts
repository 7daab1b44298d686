import { sql, type Kysely } from 'kysely';

/**
 * The official national series of government employment as BZK reported it to parliament: totals on
 * 1 January and the Randstad share of the growth, each with its Kamerstuk (number and date) where one exists.
 * Reference data (db/reference/rijkswerkgelegenheid_officieel.csv), refreshed at start-up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rijkswerkgelegenheid_officieel')
    .addColumn('peildatum', 'date', (c) => c.notNull())
    .addColumn('maat', 'text', (c) => c.notNull().check(sql`maat in ('fte_totaal','randstad_aandeel_groei_pct')`))
    .addColumn('waarde', sql`numeric(12,1)`, (c) => c.notNull())
    .addColumn('soort', 'text', (c) => c.notNull().check(sql`soort in ('gerapporteerd','afgeleid')`))
    .addColumn('kamerstuk', 'text')
    .addColumn('kamerstuk_datum', 'date')
    .addColumn('bron', 'text', (c) => c.notNull())
    .addColumn('opmerking', 'text')
    .addPrimaryKeyConstraint('rijkswerkgelegenheid_officieel_pk', ['peildatum', 'maat'])
    .execute();
}

/** Drops the official series. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rijkswerkgelegenheid_officieel').execute();
}
