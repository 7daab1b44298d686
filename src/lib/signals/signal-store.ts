import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SignaalTable } from '../db/schema-action-plan.ts';
import type { SignalFilter } from './signal-filter.ts';
import type { SignalInput } from './signal-input.ts';
import type { SignaalStatus } from './signal-vocabulary.ts';

/** One stored signal. */
export type SignalRecord = Selectable<SignaalTable>;

/** Stores a new signal with the analyst's username. */
export async function recordSignal(db: Kysely<DB>, input: SignalInput, door: string): Promise<SignalRecord> {
  return db
    .insertInto('signaal')
    .values({
      provincie_code: input.provincie,
      corop_code: input.corop,
      organisatie_code: input.organisatie,
      soort: input.soort,
      omschrijving: input.omschrijving,
      fte_verandering: input.fte_verandering,
      verwacht_jaar: input.verwacht_jaar,
      bron: input.bron,
      gesprek_met: input.gesprek_met,
      gesprek_datum: input.gesprek_datum,
      vervolg: input.vervolg,
      status: input.status,
      vastgelegd_door: door,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Updates the follow-up and status of a signal; false when it does not exist. */
export async function updateSignalFollowUp(db: Kysely<DB>, id: number, change: { status: SignaalStatus; vervolg: string | null }, door: string): Promise<boolean> {
  const result = await db.updateTable('signaal').set({ status: change.status, vervolg: change.vervolg, gewijzigd_door: door, gewijzigd_op: new Date() }).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** One signal by id, or null. */
export async function getSignal(db: Kysely<DB>, id: number): Promise<SignalRecord | null> {
  return (await db.selectFrom('signaal').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** The signals matching a filter, newest conversation first. */
export async function listSignals(db: Kysely<DB>, filter: SignalFilter): Promise<SignalRecord[]> {
  let query = db.selectFrom('signaal').selectAll();
  if (filter.provincie) query = query.where('provincie_code', '=', filter.provincie);
  if (filter.bron) query = query.where('bron', '=', filter.bron);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.soort) query = query.where('soort', '=', filter.soort);
  if (filter.jaarVan !== null) query = query.where('verwacht_jaar', '>=', filter.jaarVan);
  if (filter.jaarTot !== null) query = query.where('verwacht_jaar', '<=', filter.jaarTot);
  return query.orderBy('gesprek_datum', 'desc').orderBy('id', 'desc').execute();
}
