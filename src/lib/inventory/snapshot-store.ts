import { sql, type Kysely, type Transaction } from 'kysely';
import type { FormatieSnapshot } from '../db/schema-inventory.ts';
import type { DB } from '../db/schema.ts';
import { InventoryError } from './inventory-error.ts';
import { toFormatieRegel, type InventoryRow } from './inventory-row.ts';

/** Rows per insert statement: well below PostgreSQL's 65,535 bind parameters (8 per row). */
const INSERT_CHUNK = 1000;

/** What identifies a new snapshot version and where it came from. */
export interface NewSnapshot {
  peildatum: string;
  isDemo: boolean;
  bron: string;
  revisieNotitie: string | null;
  door: string;
  inhoudHash: string;
}

/**
 * Serialises writers of one peildatum (import, demo seed) for the rest of the transaction, so two imports at
 * the same moment cannot both take the same next version number.
 */
export async function lockPeildatum(trx: Transaction<DB>, peildatum: string, isDemo: boolean): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`formatie_snapshot:${peildatum}:${isDemo}`}))`.execute(trx);
}

/** The highest version for a peildatum (demo and real data are versioned separately), or null. */
export async function latestSnapshot(db: Kysely<DB> | Transaction<DB>, peildatum: string, isDemo: boolean): Promise<FormatieSnapshot | null> {
  const row = await db
    .selectFrom('formatie_snapshot')
    .selectAll()
    .where('peildatum', '=', peildatum)
    .where('is_demo', '=', isDemo)
    .orderBy('versie', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** Inserts a concept snapshot as the next version and its rows, inside the caller's transaction. */
export async function insertConceptSnapshot(trx: Transaction<DB>, snapshot: NewSnapshot, versie: number, rows: readonly InventoryRow[]): Promise<FormatieSnapshot> {
  const inserted = await trx
    .insertInto('formatie_snapshot')
    .values({
      peildatum: snapshot.peildatum,
      versie,
      status: 'concept',
      is_demo: snapshot.isDemo,
      bron: snapshot.bron,
      revisie_notitie: snapshot.revisieNotitie,
      aangemaakt_door: snapshot.door,
      inhoud_hash: snapshot.inhoudHash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('formatie_regel')
      .values(rows.slice(i, i + INSERT_CHUNK).map((row) => toFormatieRegel(inserted.id, row)))
      .execute();
  }
  return inserted;
}

/** Outcome of {@link publishSnapshot}. */
export interface PublishResult {
  snapshot: FormatieSnapshot;
  /** False when the snapshot had already been published (nothing changed). */
  published: boolean;
}

/**
 * Publishes a concept snapshot: from then on neither it nor its rows can change (the database triggers refuse
 * it as well). A correction is a new version imported with a revision note. Publishing twice is harmless.
 */
export async function publishSnapshot(db: Kysely<DB>, id: number, door: string): Promise<PublishResult> {
  if (door.trim() === '') throw new InventoryError('parameter', 'Geef aan wie de inventarisatie publiceert.');
  return db.transaction().execute(async (trx) => {
    const snapshot = await trx.selectFrom('formatie_snapshot').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!snapshot) throw new InventoryError('niet-gevonden', `Inventarisatie ${id} bestaat niet.`);
    if (snapshot.status === 'gepubliceerd') return { snapshot, published: false };
    const updated = await trx
      .updateTable('formatie_snapshot')
      .set({ status: 'gepubliceerd', gepubliceerd_op: sql<Date>`now()`, gepubliceerd_door: door.trim() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { snapshot: updated, published: true };
  });
}

/** Deletes a concept snapshot with its rows; a published snapshot is refused (it is part of the record). */
export async function discardConceptSnapshot(db: Kysely<DB>, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const snapshot = await trx.selectFrom('formatie_snapshot').select(['id', 'status', 'peildatum', 'versie']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!snapshot) throw new InventoryError('niet-gevonden', `Inventarisatie ${id} bestaat niet.`);
    if (snapshot.status === 'gepubliceerd') {
      throw new InventoryError('bevroren', `Inventarisatie ${snapshot.peildatum} versie ${snapshot.versie} is gepubliceerd en kan niet worden verwijderd. Lever een correctie aan als nieuwe versie.`);
    }
    await trx.deleteFrom('formatie_snapshot').where('id', '=', id).execute();
  });
}
