import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { findPublishedSnapshot, listPublishedPeildata, loadPublishedRows, type SnapshotInfo } from '../statistics/employment-queries.ts';

/** Fte per province in the latest published inventory, with the snapshot it comes from (null when none is published). */
export async function fteNowByProvince(db: Kysely<DB>): Promise<{ snapshot: SnapshotInfo | null; fte: Map<string, number> }> {
  const peildata = await listPublishedPeildata(db);
  const latest = peildata.at(-1);
  const snapshot = latest ? await findPublishedSnapshot(db, latest) : null;
  const fte = new Map<string, number>();
  if (!snapshot) return { snapshot: null, fte };
  // Summed in tenths: inventory fte have one decimal.
  const tenths = new Map<string, number>();
  for (const row of await loadPublishedRows(db, snapshot.id)) tenths.set(row.provincieCode, (tenths.get(row.provincieCode) ?? 0) + Math.round(row.fte * 10));
  for (const [code, t] of tenths) fte.set(code, t / 10);
  return { snapshot, fte };
}
