import { sql, type Kysely } from 'kysely';

/** Reference data: regions (CBS codes), postcodes, CBS figures, hubs and organisations. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('provincie')
    .addColumn('code', 'varchar(4)', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('iso_code', 'varchar(5)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('corop')
    .addColumn('code', 'varchar(4)', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('provincie_code', 'varchar(4)', (c) => c.notNull().references('provincie.code'))
    .execute();
  await db.schema
    .createTable('gemeente')
    .addColumn('code', 'varchar(6)', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('provincie_code', 'varchar(4)', (c) => c.notNull().references('provincie.code'))
    .addColumn('corop_code', 'varchar(4)', (c) => c.notNull().references('corop.code'))
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('gemeente_provincie_idx').on('gemeente').column('provincie_code').execute();
  await db.schema
    .createTable('pc4')
    .addColumn('pc4', 'char(4)', (c) => c.primaryKey())
    .addColumn('gemeente_code', 'varchar(6)', (c) => c.notNull().references('gemeente.code'))
    .addColumn('soort', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cbs_regiocijfer')
    .addColumn('jaar', 'integer', (c) => c.notNull())
    .addColumn('regio_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('bevolking', 'integer')
    .addColumn('beroepsbevolking', 'integer')
    .addColumn('cbs_tabel', 'text', (c) => c.notNull())
    .addColumn('bron', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cbs_regiocijfer_pk', ['jaar', 'regio_code', 'cbs_tabel'])
    .execute();
  await db.schema
    .createTable('rijksontmoetingsplein')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plaats', 'text', (c) => c.notNull())
    .addColumn('gemeente_code', 'varchar(6)', (c) => c.notNull().references('gemeente.code'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opmerking', 'text')
    .addColumn('bron', 'text', (c) => c.notNull())
    .addUniqueConstraint('rijksontmoetingsplein_plaats_uq', ['plaats'])
    .execute();
  await db.schema
    .createTable('organisatie')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('afkorting', 'text')
    .addColumn('ministerie_code', 'text', (c) => c.references('organisatie.code'))
    .addColumn('sector', 'text', (c) =>
      c.notNull().check(sql`sector in ('ministerie','politie','rechtspraak','dji','defensie','zbo')`),
    )
    .execute();
  await db.schema
    .createTable('organisatie_vestiging')
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addColumn('gemeente_code', 'varchar(6)', (c) => c.notNull().references('gemeente.code'))
    .addColumn('gewicht', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisatie_vestiging_pk', ['organisatie_code', 'gemeente_code'])
    .execute();
  await db.schema
    .createTable('rijkswerkgelegenheid_gepubliceerd')
    .addColumn('peildatum', 'date', (c) => c.notNull())
    .addColumn('regio_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('fte', sql`numeric(12,1)`, (c) => c.notNull())
    .addColumn('opmerking', 'text')
    .addColumn('bron', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rijkswerkgelegenheid_gepubliceerd_pk', ['peildatum', 'regio_code', 'sector'])
    .execute();
}

/** Drops the reference tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'rijkswerkgelegenheid_gepubliceerd',
    'organisatie_vestiging',
    'organisatie',
    'rijksontmoetingsplein',
    'cbs_regiocijfer',
    'pc4',
    'gemeente',
    'corop',
    'provincie',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
