import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { FormatieRegelTable } from '../db/schema-inventory.ts';
import type { Sector } from '../db/schema.ts';
import { tenthsToFte } from './fte-tenths.ts';

/** A validated inventory row with its place resolved (province always known), fte in integer tenths. */
export interface InventoryRow {
  organisatieCode: string;
  sector: Sector;
  gemeenteCode: string | null;
  provincieCode: string;
  fteTenths: number;
  prognoseJaar: number | null;
  prognoseFteTenths: number | null;
}

/** Identity of a row within a snapshot: organisation × place × sector (the place is the municipality, else the province). */
export function inventoryRowKey(row: Pick<InventoryRow, 'organisatieCode' | 'sector' | 'gemeenteCode' | 'provincieCode'>): string {
  return `${row.organisatieCode}|${row.sector}|${row.provincieCode}|${row.gemeenteCode ?? ''}`;
}

/** Orders rows by their key with plain code-unit comparison (locale-independent, so always the same order). */
export function compareInventoryRows(a: InventoryRow, b: InventoryRow): number {
  const ka = inventoryRowKey(a);
  const kb = inventoryRowKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * SHA-256 over the rows in canonical order: the same figures give the same hash whatever the row order or
 * notation in the file ("12,5" and "12.50"), so re-importing an unchanged file is recognised.
 */
export function inventoryContentHash(rows: readonly InventoryRow[]): string {
  const canonical = [...rows]
    .sort(compareInventoryRows)
    .map((r) => [r.organisatieCode, r.sector, r.gemeenteCode, r.provincieCode, r.fteTenths, r.prognoseJaar, r.prognoseFteTenths]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** The database row for an inventory row of a snapshot. */
export function toFormatieRegel(snapshotId: number, row: InventoryRow): Insertable<FormatieRegelTable> {
  return {
    snapshot_id: snapshotId,
    organisatie_code: row.organisatieCode,
    sector: row.sector,
    gemeente_code: row.gemeenteCode,
    provincie_code: row.provincieCode,
    fte: tenthsToFte(row.fteTenths),
    prognose_jaar: row.prognoseJaar,
    prognose_fte: row.prognoseFteTenths === null ? null : tenthsToFte(row.prognoseFteTenths),
  };
}
