import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { findPublishedSnapshot } from './employment-queries.ts';
import { listSnapshotVersions, type SnapshotVersion } from './snapshot-history.ts';

/** One published version of a yearly report: one published snapshot of the year's inventory. */
export interface ReportVersion extends SnapshotVersion {
  /** The permanent path of this version, e.g. "/cijfers/rapportage/2024/snapshot-17". */
  pad: string;
  /** True for the version /cijfers/rapportage/{jaar} shows now. */
  nieuwste: boolean;
}

/** The path segment of a report version: "snapshot-17". */
export function versionSegment(snapshotId: number): string {
  return `snapshot-${snapshotId}`;
}

/** Reads a version segment ("snapshot-17" → 17); null for anything else. */
export function parseVersionSegment(segment: string | undefined): number | null {
  const match = /^snapshot-([1-9]\d{0,9})$/.exec(segment ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * Every published version of the report of one year, oldest first. A version never changes: it is the
 * snapshot (frozen) compared with the previous year's snapshot as published at that moment. The newest is
 * the one the statistics use for the year (real before demo, highest version).
 */
export async function listReportVersions(db: Kysely<DB>, jaar: number): Promise<ReportVersion[]> {
  const peildatum = `${jaar}-01-01`;
  const [versions, latest] = await Promise.all([listSnapshotVersions(db, peildatum), findPublishedSnapshot(db, peildatum)]);
  return versions
    .filter((v) => v.status === 'gepubliceerd')
    .sort((a, b) => (a.gepubliceerdOp! < b.gepubliceerdOp! ? -1 : a.gepubliceerdOp! > b.gepubliceerdOp! ? 1 : a.id - b.id))
    .map(({ peildatum: _p, ...v }) => ({ ...v, pad: `/cijfers/rapportage/${jaar}/${versionSegment(v.id)}`, nieuwste: v.id === latest?.id }));
}
