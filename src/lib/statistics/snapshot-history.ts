import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** One version of the inventory of a peildatum, for the revision log. */
export interface SnapshotVersion {
  id: number;
  versie: number;
  status: string;
  isDemo: boolean;
  bron: string;
  revisieNotitie: string | null;
  aangemaaktOp: string;
  gepubliceerdOp: string | null;
}

/** Every version (concept and published) of the inventory of one peildatum, oldest first. */
export async function snapshotHistory(db: Kysely<DB>, peildatum: string): Promise<SnapshotVersion[]> {
  return (await listSnapshotVersions(db, peildatum)).map(({ peildatum: _peildatum, ...version }) => version);
}

/** Every version of every inventory (or of one peildatum), by peildatum, real before demo, then version. */
export async function listSnapshotVersions(db: Kysely<DB>, peildatum?: string): Promise<(SnapshotVersion & { peildatum: string })[]> {
  const rows = await db
    .selectFrom('formatie_snapshot')
    .select(['id', 'peildatum', 'versie', 'status', 'is_demo', 'bron', 'revisie_notitie', 'aangemaakt_op', 'gepubliceerd_op'])
    .$if(peildatum !== undefined, (q) => q.where('peildatum', '=', peildatum!))
    .orderBy('peildatum')
    .orderBy('is_demo')
    .orderBy('versie')
    .execute();
  return rows.map((r) => ({
    peildatum: r.peildatum,
    id: r.id,
    versie: r.versie,
    status: r.status,
    isDemo: r.is_demo,
    bron: r.bron,
    revisieNotitie: r.revisie_notitie,
    aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
    gepubliceerdOp: r.gepubliceerd_op ? new Date(r.gepubliceerd_op).toISOString() : null,
  }));
}
