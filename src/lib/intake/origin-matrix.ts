import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { filterContainsDemo, filteredRollup, homeProvinces, workProvinceList, type IntakeFilter, type RegionRef } from './intake-filter.ts';

/** Counts of one stage by home province (rows, incl. 'onbekend') and work province (columns). */
export interface OriginMatrix {
  fase: IntakeFase;
  rows: RegionRef[];
  columns: RegionRef[];
  /** counts[row][column]. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  containsDemo: boolean;
}

/** Where the applicants (or interviewees, offers, hires) of each work province live: home × work province. */
export async function originMatrix(db: Kysely<DB>, filter: IntakeFilter = {}, fase: IntakeFase = 'sollicitatie'): Promise<OriginMatrix> {
  const [rows, columns, cells, containsDemo] = await Promise.all([
    homeProvinces(db),
    workProvinceList(db),
    filteredRollup(db, filter)
      .where('fase', '=', fase)
      .select((eb) => ['woon_provincie_code', 'werk_provincie_code', eb.fn.sum<number>('aantal').as('aantal')])
      .groupBy(['woon_provincie_code', 'werk_provincie_code'])
      .execute(),
    filterContainsDemo(db, filter),
  ]);
  const rowIndex = new Map(rows.map((r, i) => [r.code, i]));
  const columnIndex = new Map(columns.map((c, j) => [c.code, j]));
  const counts = rows.map(() => columns.map(() => 0));
  for (const cell of cells) {
    const i = rowIndex.get(cell.woon_provincie_code);
    const j = columnIndex.get(cell.werk_provincie_code);
    if (i === undefined || j === undefined) continue;
    counts[i]![j]! += Number(cell.aantal);
  }
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, j) => counts.reduce((sum, row) => sum + row[j]!, 0));
  return { fase, rows, columns, counts, rowTotals, columnTotals, total: rowTotals.reduce((a, b) => a + b, 0), containsDemo };
}
