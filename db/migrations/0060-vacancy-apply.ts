import { sql, type Kysely } from 'kysely';

/**
 * How to apply for a vacancy: application URL or e-mail, a staff contact person, the procedure.
 * Nullable because vacancies published before this migration have none; the input schema requires
 * them for every new or changed vacancy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('vacature')
    .addColumn('sollicitatie_url', 'text')
    .addColumn('sollicitatie_email', 'text')
    .addColumn('contact_naam', 'text')
    .addColumn('contact_functie', 'text')
    .addColumn('contact_telefoon', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('procedure_stappen', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('gesprekdata', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
}

/** Drops the apply columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['sollicitatie_url', 'sollicitatie_email', 'contact_naam', 'contact_functie', 'contact_telefoon', 'contact_email', 'procedure_stappen', 'gesprekdata']) {
    await db.schema.alterTable('vacature').dropColumn(column).execute();
  }
}
