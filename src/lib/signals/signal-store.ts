import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SignaalTable, SignaalVervolgTable } from '../db/schema-action-plan.ts';
import type { SignalFilter } from './signal-filter.ts';
import type { SignalInput } from './signal-input.ts';
import type { SignaalStatus } from './signal-vocabulary.ts';

/** One stored signal. */
export type SignalRecord = Selectable<SignaalTable>;
/** One change in a signal's follow-up history. */
export type SignalFollowUpRecord = Selectable<SignaalVervolgTable>;

/** The staff member who records or changes: username on the signal row, account id in the history. */
export interface SignalEditor {
  id: number;
  gebruikersnaam: string;
}

/** Stores a new signal with the analyst's username; its first status opens the follow-up history (account id). */
export async function recordSignal(db: Kysely<DB>, input: SignalInput, door: SignalEditor): Promise<SignalRecord> {
  return db.transaction().execute(async (trx) => {
    const signal = await trx
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
      vastgelegd_door: door.gebruikersnaam,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
    await trx.insertInto('signaal_vervolg').values({ signaal_id: signal.id, oude_status: null, nieuwe_status: signal.status, oud_vervolg: null, nieuw_vervolg: signal.vervolg, notitie: null, door_account_id: door.id }).execute();
    return signal;
  });
}

/**
 * Updates the follow-up and status of a signal and appends the change (old → new, note, account id) to its
 * history, in one transaction so the history never misses a change; false when the signal does not exist.
 */
export async function updateSignalFollowUp(db: Kysely<DB>, id: number, change: { status: SignaalStatus; vervolg: string | null; notitie?: string | null }, door: SignalEditor): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom('signaal').select(['status', 'vervolg']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!old) return false;
    await trx.updateTable('signaal').set({ status: change.status, vervolg: change.vervolg, gewijzigd_door: door.gebruikersnaam, gewijzigd_op: new Date() }).where('id', '=', id).execute();
    await trx
      .insertInto('signaal_vervolg')
      .values({ signaal_id: id, oude_status: old.status, nieuwe_status: change.status, oud_vervolg: old.vervolg, nieuw_vervolg: change.vervolg, notitie: change.notitie ?? null, door_account_id: door.id })
      .execute();
    return true;
  });
}

/** The follow-up history of a signal, newest first. */
export async function signalFollowUpHistory(db: Kysely<DB>, id: number): Promise<SignalFollowUpRecord[]> {
  return db.selectFrom('signaal_vervolg').selectAll().where('signaal_id', '=', id).orderBy('id', 'desc').execute();
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
