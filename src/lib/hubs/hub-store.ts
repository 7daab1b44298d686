import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PleinBalieTable, PleinTable } from '../db/schema-action-plan.ts';
import { pleinSlug } from './hub-vocabulary.ts';
import type { CounterInput, HubInput } from './hub-input.ts';

/** A stored hub. */
export type HubRecord = Selectable<PleinTable>;
/** A stored counter. */
export type CounterRecord = Selectable<PleinBalieTable>;
/** A hub with its municipality point and counters. */
export type HubWithCounters = HubRecord & { gemeenteNaam: string; provincieCode: string; lat: number; lon: number; balies: CounterRecord[] };

const seeded = new WeakSet<Kysely<DB>>();

/** Adds hubs from the reference data once per database handle (see {@link insertMissingHubs}). */
export async function seedHubsFromReference(db: Kysely<DB>): Promise<void> {
  if (seeded.has(db)) return;
  await insertMissingHubs(db);
  seeded.add(db);
}

/**
 * Adds hubs from the reference data that the maintained list does not have yet. Existing rows
 * are never touched, so analysts' edits survive a new release of the reference data.
 */
export async function insertMissingHubs(db: Kysely<DB>): Promise<void> {
  const reference = await db.selectFrom('rijksontmoetingsplein').select(['plaats', 'gemeente_code', 'status', 'opmerking', 'bron']).execute();
  for (const r of reference) {
    await db
      .insertInto('plein')
      .values({ plaats: r.plaats, slug: pleinSlug(r.plaats), gemeente_code: r.gemeente_code, status: r.status === 'open' ? 'open' : 'genoemd', opmerking: r.opmerking, bron: r.bron, bijgewerkt_door: 'referentiegegevens' })
      .onConflict((oc) => oc.column('plaats').doNothing())
      .execute();
  }
}

/** Every hub with municipality and counters, by place name. */
export async function listHubs(db: Kysely<DB>): Promise<HubWithCounters[]> {
  await seedHubsFromReference(db);
  const [hubs, counters] = await Promise.all([
    db
      .selectFrom('plein as p')
      .innerJoin('gemeente as g', 'g.code', 'p.gemeente_code')
      .selectAll('p')
      .select(['g.naam as gemeenteNaam', 'g.provincie_code as provincieCode', 'g.lat', 'g.lon'])
      .orderBy('p.plaats')
      .execute(),
    db.selectFrom('plein_balie').selectAll().orderBy('id').execute(),
  ]);
  return hubs.map((h) => ({ ...h, balies: counters.filter((c) => c.plein_id === h.id) }));
}

/** Creates a hub; its slug comes from the place name. */
export async function createHub(db: Kysely<DB>, input: HubInput, door: string): Promise<HubRecord> {
  return db.insertInto('plein').values({ ...input, slug: pleinSlug(input.plaats), bijgewerkt_door: door }).returningAll().executeTakeFirstOrThrow();
}

/** Updates a hub's details (the place name and so its URL stay). */
export async function updateHub(db: Kysely<DB>, id: number, input: Omit<HubInput, 'plaats'>, door: string): Promise<boolean> {
  const result = await db.updateTable('plein').set({ ...input, bijgewerkt_door: door, bijgewerkt_op: sql`now()` }).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Adds a counter to a hub. */
export async function addCounter(db: Kysely<DB>, pleinId: number, input: CounterInput, door: string): Promise<CounterRecord> {
  return db.insertInto('plein_balie').values({ ...input, plein_id: pleinId, bijgewerkt_door: door }).returningAll().executeTakeFirstOrThrow();
}

/** Removes a counter (it closed or moved); false when it was not part of that hub. */
export async function removeCounter(db: Kysely<DB>, pleinId: number, counterId: number): Promise<boolean> {
  const result = await db.deleteFrom('plein_balie').where('id', '=', counterId).where('plein_id', '=', pleinId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
