import type { Sector } from '../db/schema.ts';
import type { EmploymentRow, RegionFte } from './employment-row.ts';
import { fromTenths, toTenths } from './rounding.ts';

/** Regional level of an aggregation. */
export type RegionLevel = 'provincie' | 'corop';

/** Fte per region for one snapshot, plus the national total and what could not be placed at this level. */
export interface RegionTotals {
  level: RegionLevel;
  /** Sector filter, or null for all sectors. */
  sector: Sector | null;
  /** Sorted by region code; regions asked for without fte are included with 0. */
  regions: RegionFte[];
  /** Fte in rows without a region at this level (COROP: rows that only name a province). */
  unassignedFte: number;
  /** National total of the (filtered) rows, including the unassigned fte. */
  nationalFte: number;
}

/** Plain code-unit order, independent of the runtime's locale. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sums fte per province or COROP region (optionally one sector). `regionCodes` lists regions that must appear
 * even with 0 fte (e.g. all 12 provinces). Sums are exact (integer tenths).
 */
export function fteByRegion(rows: readonly EmploymentRow[], options: { level: RegionLevel; sector?: Sector | null; regionCodes?: readonly string[] }): RegionTotals {
  const sector = options.sector ?? null;
  const sums = new Map<string, number>();
  for (const code of options.regionCodes ?? []) sums.set(code, 0);
  let unassigned = 0;
  let national = 0;
  for (const row of rows) {
    if (sector !== null && row.sector !== sector) continue;
    const tenths = toTenths(row.fte);
    national += tenths;
    const code = options.level === 'provincie' ? row.provincieCode : row.coropCode;
    if (code === null) unassigned += tenths;
    else sums.set(code, (sums.get(code) ?? 0) + tenths);
  }
  return {
    level: options.level,
    sector,
    regions: [...sums].sort(([a], [b]) => byCode(a, b)).map(([regioCode, tenths]) => ({ regioCode, fte: fromTenths(tenths) })),
    unassignedFte: fromTenths(unassigned),
    nationalFte: fromTenths(national),
  };
}

/** Fte per province × sector: one list of provinces per sector, sectors in the given order. */
export function fteByProvinceAndSector(rows: readonly EmploymentRow[], sectors: readonly Sector[], regionCodes: readonly string[] = []): { sector: Sector; regions: RegionFte[]; nationalFte: number }[] {
  return sectors.map((sector) => {
    const totals = fteByRegion(rows, { level: 'provincie', sector, regionCodes });
    return { sector, regions: totals.regions, nationalFte: totals.nationalFte };
  });
}
