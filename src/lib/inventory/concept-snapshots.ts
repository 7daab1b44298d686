import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SnapshotVersion } from '../statistics/snapshot-history.ts';

/** Concept (not yet published) snapshots, newest first, for the upload screen. */
export async function listConceptSnapshots(db: Kysely<DB>): Promise<(SnapshotVersion & { peildatum: string })[]> {
  const rows = await db.selectFrom('formatie_snapshot').selectAll().where('status', '=', 'concept').orderBy('aangemaakt_op', 'desc').execute();
  return rows.map((r) => ({ id: r.id, peildatum: r.peildatum, versie: r.versie, status: r.status, isDemo: r.is_demo, bron: r.bron, revisieNotitie: r.revisie_notitie, aangemaaktOp: new Date(r.aangemaakt_op).toISOString(), gepubliceerdOp: null }));
}
