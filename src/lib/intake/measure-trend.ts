import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { suppressTable, type PublishedCell, type PublishedTable } from '../disclosure/index.ts';
import { outsideRandstadShare } from './headline-figures.ts';
import { filteredRollup, type IntakeFilter } from './intake-filter.ts';
import { ONBEKEND } from './intake-vocabulary.ts';
import { quarterLabel, quarterRange } from './quarter.ts';

/** Measure 6 over quarters: hires by home region group per quarter, and the share from outside the Randstad. */
export interface MeasureTrend {
  quarters: string[];
  /** Rows = quarters (Dutch labels), columns = outside the Randstad, inside, unknown; with margins. */
  table: PublishedTable;
  /** Per quarter: share of hires (known home region) living outside the Randstad, from the published counts. */
  shares: PublishedCell[];
}

/**
 * Hires per application quarter by where they live (outside / inside the Randstad / unknown), through table
 * disclosure, and the outside-Randstad share per quarter computed from the published counts. Every quarter of the
 * range is listed (the filter's, or the first to the last with figures).
 */
export async function measureTrend(db: Kysely<DB>, filter: IntakeFilter, randstad: readonly string[]): Promise<MeasureTrend> {
  const list = randstad.length > 0 ? sql.join([...randstad].map((code) => sql`${code}`)) : sql`null`;
  const rows = await filteredRollup(db, filter)
    .where('fase', '=', 'aangenomen')
    .select([
      'kwartaal',
      sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code <> ${ONBEKEND} and woon_provincie_code not in (${list})), 0)`.as('rest'),
      sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code in (${list})), 0)`.as('randstad'),
      sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code = ${ONBEKEND}), 0)`.as('onbekend'),
    ])
    .groupBy('kwartaal')
    .execute();
  const by = new Map(rows.map((r) => [r.kwartaal, [Number(r.rest), Number(r.randstad), Number(r.onbekend)]]));
  const present = [...by.keys()].sort();
  const from = filter.fromQuarter ?? present[0];
  const to = filter.toQuarter ?? present.at(-1);
  const quarters = from !== undefined && to !== undefined ? quarterRange(from, to) : [];
  const table = suppressTable({
    rowLabels: quarters.map(quarterLabel),
    columnLabels: ['Woont buiten de Randstad', 'Woont in de Randstad', 'Woonregio onbekend'],
    counts: quarters.map((q) => by.get(q) ?? [0, 0, 0]),
  });
  return { quarters, table, shares: table.cells.map((cells) => outsideRandstadShare(cells[0]!, cells[1]!)) };
}
