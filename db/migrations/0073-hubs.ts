import { sql, type Kysely } from 'kysely';

/**
 * Rijksontmoetingspleinen as analysts maintain them (measure 4) and the counters with a
 * rijksfunctie they host (measure 5). The reference CSV seeds new hubs; analysts' edits win.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plein')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plaats', 'text', (c) => c.notNull().unique().check(sql`length(plaats) between 2 and 80`))
    .addColumn('slug', 'text', (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    .addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeente.code'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','gepland','genoemd','gesloten')`))
    .addColumn('faciliteiten', 'text', (c) => c.check(sql`length(faciliteiten) <= 1000`))
    .addColumn('opmerking', 'text', (c) => c.check(sql`length(opmerking) <= 1000`))
    .addColumn('bron', 'text', (c) => c.check(sql`bron ~ '^https?://'`))
    .addColumn('bijgewerkt_door', 'text', (c) => c.notNull())
    .addColumn('bijgewerkt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('plein_balie')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plein_id', 'integer', (c) => c.notNull().references('plein.id').onDelete('cascade'))
    .addColumn('organisaties', 'text', (c) => c.notNull().check(sql`length(organisaties) between 2 and 300`))
    .addColumn('diensten', 'text', (c) => c.notNull().check(sql`length(diensten) between 2 and 1000`))
    .addColumn('openingstijden', 'text', (c) => c.notNull().check(sql`length(openingstijden) between 2 and 300`))
    .addColumn('bron', 'text', (c) => c.check(sql`bron ~ '^https?://'`))
    .addColumn('bijgewerkt_door', 'text', (c) => c.notNull())
    .addColumn('bijgewerkt_op', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('plein_balie_plein_idx').on('plein_balie').column('plein_id').execute();
}

/** Drops the hub tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plein_balie').execute();
  await db.schema.dropTable('plein').execute();
}
