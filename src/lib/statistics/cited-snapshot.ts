import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { findPublishedSnapshot, listPublishedPeildata, loadPublishedRows, type SnapshotInfo } from './employment-queries.ts';
import type { EmploymentRow } from './employment-row.ts';

/** Published fte of one place or organisation, with the snapshot it comes from (its peildatum, source and kind). */
export interface CitedFte {
  snapshot: SnapshotInfo;
  rows: EmploymentRow[];
}

/**
 * The inventory a public page cites: the latest published REAL snapshot; only when no real one is published, the
 * latest demo one (the page must then label it "voorbeeldgegevens"). Real and demo are never mixed. Null when
 * nothing is published.
 */
export async function loadCitedInventory(db: Kysely<DB>): Promise<CitedFte | null> {
  const real = (await listPublishedPeildata(db, { isDemo: false })).at(-1);
  const peildatum = real ?? (await listPublishedPeildata(db, { isDemo: true })).at(-1);
  if (!peildatum) return null;
  const snapshot = await findPublishedSnapshot(db, peildatum, { isDemo: real === undefined });
  return snapshot ? { snapshot, rows: await loadPublishedRows(db, snapshot.id) } : null;
}

/** Sums fte per value of `key` over the rows that pass `where`, largest first (ties by code); with the total; one decimal. */
export function sumFteBy(rows: readonly EmploymentRow[], key: 'organisatieCode' | 'provincieCode', where: (row: EmploymentRow) => boolean): { total: number; groups: { code: string; fte: number }[] } {
  const sums = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (!where(row)) continue;
    total += row.fte;
    sums.set(row[key], (sums.get(row[key]) ?? 0) + row.fte);
  }
  // Rows carry one decimal; rounding the sums keeps float noise (0.30000000000000004) off the page.
  const oneDecimal = (n: number) => Math.round(n * 10) / 10;
  const groups = [...sums].map(([code, fte]) => ({ code, fte: oneDecimal(fte) })).sort((a, b) => b.fte - a.fte || (a.code < b.code ? -1 : 1));
  return { total: oneDecimal(total), groups };
}
