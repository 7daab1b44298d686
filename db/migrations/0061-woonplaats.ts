import { sql, type Kysely } from 'kysely';

/** CBS woonplaatsen with their municipality, so a job seeker can search by the place they live in. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('woonplaats')
    .addColumn('code', 'varchar(8)', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('gemeente_code', 'varchar(6)', (c) => c.notNull().references('gemeente.code'))
    .execute();
  await sql`create index woonplaats_gemeente_idx on woonplaats (gemeente_code)`.execute(db);
}

/** Drops the woonplaats table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('woonplaats').execute();
}
