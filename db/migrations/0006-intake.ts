import { sql, type Kysely } from 'kysely';

/**
 * Applications and hires (measure 6): pseudonymised microdata with a retention date, the import log, and the
 * quarterly rollup that every figure is read from. No names, e-mail addresses, birth dates or postcodes are
 * stored: the applicant is a keyed hash and the home address only survives as a municipality code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sollicitatie_import')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('bestandsnaam_hash', 'text')
    .addColumn('ingelezen_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('door', 'text', (c) => c.notNull())
    .addColumn('geaccepteerd', 'integer', (c) => c.notNull())
    .addColumn('afgewezen', 'integer', (c) => c.notNull())
    .addColumn('ongewijzigd', 'integer', (c) => c.notNull())
    .addColumn('verlopen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('sollicitatie_import_organisatie_idx').on('sollicitatie_import').columns(['organisatie_code', 'ingelezen_op']).execute();

  await db.schema
    .createTable('sollicitatie')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    // HMAC-SHA256 hex of (organisation, applicant id); the check keeps a raw id from ever landing here.
    .addColumn('sollicitant_sleutel', 'text', (c) => c.notNull().check(sql`sollicitant_sleutel ~ '^[0-9a-f]{64}$'`))
    .addColumn('vacature_id', 'uuid', (c) => c.references('vacature.id'))
    .addColumn('externe_vacature', 'text')
    // One key for "which vacancy" whether it is ours or only known by the organisation's own reference.
    .addColumn('vacature_sleutel', 'text', (c) => c.notNull().generatedAlwaysAs(sql`coalesce(vacature_id::text, externe_vacature)`).stored())
    .addColumn('werkplaats_gemeente_code', 'varchar(6)', (c) => c.notNull().references('gemeente.code'))
    .addColumn('sollicitatiedatum', 'date', (c) => c.notNull())
    // Null = unknown home municipality ('onbekend' in every figure).
    .addColumn('woon_gemeente_code', 'varchar(6)', (c) => c.references('gemeente.code'))
    .addColumn('fase', 'text', (c) => c.notNull().check(sql`fase in ('sollicitatie','gesprek','aanbod','aangenomen')`))
    .addColumn('uitkomst', 'text', (c) => c.notNull().check(sql`uitkomst in ('lopend','afgewezen','teruggetrokken','aangenomen')`))
    .addColumn('datum_gesprek', 'date')
    .addColumn('datum_aanbod', 'date')
    .addColumn('datum_indiensttreding', 'date')
    .addColumn('bewaren_tot', 'date', (c) => c.notNull())
    .addColumn('toestemming', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('import_id', 'bigint', (c) => c.references('sollicitatie_import.id').onDelete('set null'))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addCheckConstraint('sollicitatie_aangenomen_ck', sql`(fase = 'aangenomen') = (uitkomst = 'aangenomen')`)
    .addUniqueConstraint('sollicitatie_uq', ['organisatie_code', 'sollicitant_sleutel', 'vacature_sleutel'])
    .execute();
  await db.schema.createIndex('sollicitatie_bewaren_tot_idx').on('sollicitatie').column('bewaren_tot').execute();
  await db.schema.createIndex('sollicitatie_vacature_idx').on('sollicitatie').column('vacature_id').execute();
  await db.schema.createIndex('sollicitatie_import_idx').on('sollicitatie').column('import_id').execute();

  await db.schema
    .createTable('instroom_kwartaal')
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('kwartaal', 'varchar(7)', (c) => c.notNull().check(sql`kwartaal ~ '^[0-9]{4}-Q[1-4]$'`))
    .addColumn('woon_provincie_code', 'varchar(8)', (c) => c.notNull())
    .addColumn('woon_corop_code', 'varchar(8)', (c) => c.notNull())
    .addColumn('werk_provincie_code', 'varchar(4)', (c) => c.notNull().references('provincie.code'))
    .addColumn('werk_corop_code', 'varchar(4)', (c) => c.notNull().references('corop.code'))
    .addColumn('vakgebied', 'text')
    .addColumn('fase', 'text', (c) => c.notNull().check(sql`fase in ('sollicitatie','gesprek','aanbod','aangenomen')`))
    // aantal = microdata rows in this cell + verwijderd (rows removed by retention, or counted on a history load).
    .addColumn('aantal', 'integer', (c) => c.notNull())
    .addColumn('verwijderd', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addCheckConstraint('instroom_kwartaal_aantal_ck', sql`verwijderd >= 0 and aantal >= verwijderd`)
    .addUniqueConstraint(
      'instroom_kwartaal_cel_uq',
      ['organisatie_code', 'kwartaal', 'woon_provincie_code', 'woon_corop_code', 'werk_provincie_code', 'werk_corop_code', 'vakgebied', 'fase', 'is_demo'],
      (uq) => uq.nullsNotDistinct(),
    )
    .execute();
  // Platform-wide dashboards filter on period first; organisation scopes are served by the unique index.
  await db.schema.createIndex('instroom_kwartaal_kwartaal_idx').on('instroom_kwartaal').columns(['kwartaal', 'fase']).execute();
  await db.schema.createIndex('instroom_kwartaal_werk_idx').on('instroom_kwartaal').columns(['werk_provincie_code', 'kwartaal']).execute();
}

/** Drops the intake tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instroom_kwartaal').execute();
  await db.schema.dropTable('sollicitatie').execute();
  await db.schema.dropTable('sollicitatie_import').execute();
}
