import { sql, type Kysely } from 'kysely';

/** Staff accounts, their organisation scope, server-side sessions and failed-login bookkeeping. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gebruiker')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    // Stored lower-case so "A@x.nl" and "a@x.nl" can never become two accounts.
    .addColumn('gebruikersnaam', 'text', (c) => c.notNull().unique().check(sql`gebruikersnaam = lower(gebruikersnaam) and length(gebruikersnaam) between 3 and 254`))
    .addColumn('wachtwoord_hash', 'text', (c) => c.notNull())
    .addColumn('rol', 'text', (c) => c.notNull().check(sql`rol in ('hr','analist','beheerder')`))
    .addColumn('aangemaakt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('laatst_ingelogd_op', 'timestamptz')
    .addColumn('actief', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await db.schema
    .createTable('gebruiker_organisatie')
    .addColumn('gebruiker_id', 'integer', (c) => c.notNull().references('gebruiker.id').onDelete('cascade'))
    .addColumn('organisatie_code', 'text', (c) => c.notNull().references('organisatie.code'))
    .addPrimaryKeyConstraint('gebruiker_organisatie_pk', ['gebruiker_id', 'organisatie_code'])
    .execute();
  await db.schema
    .createTable('sessie')
    // sha256 of the cookie token: a leaked table does not yield usable sessions.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('gebruiker_id', 'integer', (c) => c.notNull().references('gebruiker.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('aangemaakt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('verloopt_op', 'timestamptz', (c) => c.notNull())
    .addColumn('laatst_gezien_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('sessie_gebruiker_idx').on('sessie').column('gebruiker_id').execute();
  await db.schema.createIndex('sessie_verloopt_idx').on('sessie').column('verloopt_op').execute();
  await db.schema
    .createTable('inlogpoging')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    // HMAC of username or IP range: the table never holds raw IP addresses.
    .addColumn('sleutel', 'text', (c) => c.notNull())
    .addColumn('tijdstip', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inlogpoging_sleutel_idx').on('inlogpoging').columns(['sleutel', 'tijdstip']).execute();
  await db.schema.createIndex('inlogpoging_tijdstip_idx').on('inlogpoging').column('tijdstip').execute();
}

/** Drops the account tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('inlogpoging').execute();
  await db.schema.dropTable('sessie').execute();
  await db.schema.dropTable('gebruiker_organisatie').execute();
  await db.schema.dropTable('gebruiker').execute();
}
