import { sql, type Kysely } from 'kysely';

/**
 * Full-text search in PostgreSQL for when Meilisearch cannot be reached (and as the benchmark's
 * peer): a stored Dutch tsvector over title and summary with a GIN index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table vacature add column zoekvector tsvector generated always as (
    setweight(to_tsvector('dutch', titel), 'A') || setweight(to_tsvector('dutch', samenvatting), 'B')
  ) stored`.execute(db);
  await sql`create index vacature_zoekvector_idx on vacature using gin (zoekvector)`.execute(db);
}

/** Drops the full-text column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table vacature drop column zoekvector`.execute(db);
}
