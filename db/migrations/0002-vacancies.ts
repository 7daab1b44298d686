import { sql, type Kysely } from 'kysely';

/** Vacancies, their work locations, and the organisation API tokens that publish them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vacature')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('kenmerk', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('titel', 'text', (c) => c.notNull())
    .addColumn('samenvatting', 'text', (c) => c.notNull())
    .addColumn('beschrijving_html', 'text', (c) => c.notNull())
    .addColumn('schaal_min', 'integer', (c) => c.notNull())
    .addColumn('schaal_max', 'integer', (c) => c.notNull())
    .addColumn('salaris_min', 'integer', (c) => c.notNull())
    .addColumn('salaris_max', 'integer', (c) => c.notNull())
    .addColumn('uren_min', 'integer', (c) => c.notNull())
    .addColumn('uren_max', 'integer', (c) => c.notNull())
    .addColumn('opleidingsniveau', 'text', (c) => c.notNull())
    .addColumn('vakgebied', 'text', (c) => c.notNull())
    .addColumn('contract', 'text', (c) => c.notNull())
    .addColumn('werkwijze', 'text', (c) => c.notNull())
    .addColumn('vanaf_rijksontmoetingsplein', 'boolean', (c) => c.notNull())
    .addColumn('gepubliceerd_op', 'date', (c) => c.notNull())
    .addColumn('sluitingsdatum', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','gesloten','vervuld')`))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('inhoud_hash', 'text', (c) => c.notNull())
    .addColumn('aangemaakt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('gewijzigd_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('vacature_organisatie_kenmerk_uq', ['organisatie_code', 'kenmerk'])
    .addCheckConstraint('vacature_schaal_ck', sql`schaal_min <= schaal_max`)
    .addCheckConstraint('vacature_uren_ck', sql`uren_min <= uren_max`)
    .addCheckConstraint('vacature_datum_ck', sql`gepubliceerd_op <= sluitingsdatum`)
    .execute();
  await db.schema.createIndex('vacature_status_idx').on('vacature').columns(['status', 'sluitingsdatum']).execute();
  await db.schema
    .createTable('vacature_locatie')
    .addColumn('vacature_id', 'uuid', (c) => c.notNull().references('vacature.id').onDelete('cascade'))
    .addColumn('gemeente_code', 'varchar(6)', (c) => c.notNull().references('gemeente.code'))
    .addPrimaryKeyConstraint('vacature_locatie_pk', ['vacature_id', 'gemeente_code'])
    .execute();
  await db.schema.createIndex('vacature_locatie_gemeente_idx').on('vacature_locatie').column('gemeente_code').execute();
  await db.schema
    .createTable('api_token')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('aangemaakt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ingetrokken_op', 'timestamptz')
    .execute();
}

/** Drops the vacancy tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_token').execute();
  await db.schema.dropTable('vacature_locatie').execute();
  await db.schema.dropTable('vacature').execute();
}
