import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { MaatregelStatusTable } from '../db/schema-action-plan.ts';
import type { MaatregelCode } from './measure-codes.ts';
import type { MeasureStatusInput } from './measure-status.ts';

/** One recorded status, as stored. */
export type MeasureStatusRecord = Selectable<MaatregelStatusTable>;

/** Appends a status for a measure; the analyst's username is stored with it. */
export async function recordMeasureStatus(db: Kysely<DB>, input: MeasureStatusInput, door: string): Promise<MeasureStatusRecord> {
  return db
    .insertInto('maatregel_status')
    .values({ maatregel: input.maatregel, status: input.status, peildatum: input.peildatum, notitie: input.notitie, vastgelegd_door: door })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The current status of every measure that has one: the latest recorded row (highest id, so a
 * correction recorded later wins even when it describes an earlier date).
 */
export async function currentMeasureStatuses(db: Kysely<DB>): Promise<Map<MaatregelCode, MeasureStatusRecord>> {
  const rows = await db
    .selectFrom('maatregel_status')
    .selectAll()
    .distinctOn('maatregel')
    .orderBy('maatregel')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.maatregel, r]));
}

/** Every recorded status, newest first (the staff screen's history). */
export async function measureStatusHistory(db: Kysely<DB>): Promise<MeasureStatusRecord[]> {
  return db.selectFrom('maatregel_status').selectAll().orderBy('id', 'desc').execute();
}
