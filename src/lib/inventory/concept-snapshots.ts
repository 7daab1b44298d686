import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { listSnapshotVersions, type SnapshotVersion } from '../statistics/snapshot-history.ts';

/** Concept (not yet published) snapshots, newest peildatum first, for the upload screen. */
export async function listConceptSnapshots(db: Kysely<DB>): Promise<(SnapshotVersion & { peildatum: string })[]> {
  return (await listSnapshotVersions(db)).filter((s) => s.status === 'concept').reverse();
}
