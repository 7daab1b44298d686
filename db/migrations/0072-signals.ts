import { sql, type Kysely } from 'kysely';

/**
 * The signals register (measures 1b, 1c, 2): what talks with regional administrators and ministries,
 * Samenwerking Rijk Noord and 'Elke regio telt!' bring up. Staff-only. A conversation partner is
 * recorded by role only (a fixed list), never by name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signaal')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('provincie_code', 'text', (c) => c.notNull().references('provincie.code'))
    .addColumn('corop_code', 'text', (c) => c.references('corop.code'))
    .addColumn('organisatie_code', 'text', (c) => c.references('organisatie.code'))
    .addColumn('soort', 'text', (c) => c.notNull().check(sql`soort in ('kans','bedreiging','verwachte-groei','verwachte-krimp')`))
    .addColumn('omschrijving', 'text', (c) => c.notNull().check(sql`length(omschrijving) between 3 and 2000`))
    // Signed: growth positive, shrinkage negative (checked against the kind below).
    .addColumn('fte_verandering', sql`numeric(9,1)`)
    .addColumn('verwacht_jaar', 'integer', (c) => c.check(sql`verwacht_jaar between 2024 and 2100`))
    .addColumn('bron', 'text', (c) => c.notNull().check(sql`bron in ('gesprek-bestuurder','gesprek-ministerie','samenwerking-rijk-noord','elke-regio-telt')`))
    .addColumn('gesprek_met', 'text', (c) => c.notNull().check(sql`gesprek_met in ('commissaris-van-de-koning','gedeputeerde','burgemeester','wethouder','ambtenaar-regio','departement','uitvoeringsorganisatie','samenwerking-rijk-noord','programma-elke-regio-telt')`))
    .addColumn('gesprek_datum', 'date', (c) => c.notNull())
    .addColumn('vervolg', 'text', (c) => c.check(sql`length(vervolg) <= 2000`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('nieuw','in-behandeling','opgevolgd','afgesloten')`))
    .addColumn('vastgelegd_door', 'text', (c) => c.notNull())
    .addColumn('vastgelegd_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('gewijzigd_door', 'text')
    .addColumn('gewijzigd_op', 'timestamptz')
    .addCheckConstraint('signaal_fte_teken', sql`fte_verandering is null
      or (soort = 'verwachte-groei' and fte_verandering > 0)
      or (soort = 'verwachte-krimp' and fte_verandering < 0)
      or (soort in ('kans','bedreiging'))`)
    .execute();
  await db.schema.createIndex('signaal_provincie_idx').on('signaal').columns(['provincie_code', 'soort']).execute();
}

/** Drops the signals register. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signaal').execute();
}
