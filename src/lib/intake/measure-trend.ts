import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublishedCell, PublishedTable } from '../disclosure/index.ts';
import { EMPTY_CELL, KEY_MODULUS, RELEASE_NOTE, RELEASE_NOTE_EN, addCells, presentCount, presentShare, publishStages, type KeyedCount } from '../disclosure/cell-key/index.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { FASES, ONBEKEND, faseRank } from './intake-vocabulary.ts';
import { quarterLabel, quarterRange } from './quarter.ts';
import { coarseRollup } from './coarse-rollup.ts';

/** Measure 6 over quarters: hires by home region group per quarter, and the share from outside the Randstad. */
export interface MeasureTrend {
  quarters: string[];
  /** Rows = quarters (Dutch labels), columns = outside the Randstad, inside, unknown; margins are cells of their own. */
  table: PublishedTable;
  /** Per quarter: share of hires with a known home region living outside the Randstad, from published counts. */
  shares: PublishedCell[];
}

const GROUPS = ['rest', 'randstad', 'onbekend', 'bekend', 'alle'] as const;
type Group = (typeof GROUPS)[number];

/**
 * Hires per application quarter by where they live (outside / inside the Randstad / unknown), through the cell-key
 * release: every count (per quarter and group, and every margin) is the published value of its own set of records,
 * with the stage chain's running minimum as everywhere else; the share is computed from published counts that are
 * shown, as in the league. Every quarter of the range is listed (the filter's, or the first to the last with figures).
 * @example SQL: select kwartaal, woon_provincie_code, fase, sum(aantal), sum(sleutel_som) % 4294967296 … group by 1, 2, 3
 */
export async function measureTrend(db: Kysely<DB>, filter: IntakeFilter, randstad: readonly string[]): Promise<MeasureTrend> {
  const scoped: IntakeFilter = { ...filter, demo: filter.demo === 'only' ? 'only' : 'exclude' };
  const rows = await coarseRollup(db, scoped, 'instroom_kwartaal')
    .select(['kwartaal', 'woon_provincie_code', 'fase', sql<number>`sum(aantal)`.as('n'), sql<number>`sum(sleutel_som) % ${sql.lit(KEY_MODULUS)}`.as('k')])
    .groupBy(['kwartaal', 'woon_provincie_code', 'fase'])
    .execute();
  return buildMeasureTrend(
    rows.map((r) => ({ kwartaal: r.kwartaal, woon: r.woon_provincie_code, fase: r.fase, n: Number(r.n), k: Number(r.k) })),
    filter,
    randstad,
  );
}

/** The trend from the filtered cells per quarter, home province and stage (pure, so the attack suite can build it too). */
export function buildMeasureTrend(
  rows: readonly (KeyedCount & { kwartaal: string; woon: string; fase: IntakeFase })[],
  filter: Pick<IntakeFilter, 'fromQuarter' | 'toQuarter'>,
  randstad: readonly string[],
): MeasureTrend {
  const inRandstad = new Set(randstad);
  const groupsOf = (home: string): Group[] => (home === ONBEKEND ? ['alle', 'onbekend'] : ['alle', 'bekend', inRandstad.has(home) ? 'randstad' : 'rest']);
  const chains = new Map<string, KeyedCount[]>();
  const add = (key: string, fase: IntakeFase, cell: KeyedCount) => {
    const chain = chains.get(key) ?? FASES.map(() => EMPTY_CELL);
    chain[faseRank(fase)] = addCells(chain[faseRank(fase)]!, cell);
    chains.set(key, chain);
  };
  const present = new Set<string>();
  for (const r of rows) {
    present.add(r.kwartaal);
    for (const g of groupsOf(r.woon)) {
      const cell = { n: r.n, k: r.k };
      add(`${r.kwartaal}|${g}`, r.fase, cell);
      add(`*|${g}`, r.fase, cell);
    }
  }
  const hires = (quarter: string, g: Group): number => publishStages(chains.get(`${quarter}|${g}`) ?? FASES.map(() => EMPTY_CELL))[faseRank('aangenomen')]!;
  const sorted = [...present].sort();
  const from = filter.fromQuarter ?? sorted[0];
  const to = filter.toQuarter ?? sorted.at(-1);
  const quarters = from !== undefined && to !== undefined ? quarterRange(from, to) : [];
  const columns = ['rest', 'randstad', 'onbekend'] as const;
  const table: PublishedTable = {
    rowLabels: quarters.map(quarterLabel),
    columnLabels: ['Woont buiten de Randstad', 'Woont in de Randstad', 'Woonregio onbekend'],
    cells: quarters.map((q) => columns.map((g) => presentCount(hires(q, g)))),
    rowTotals: quarters.map((q) => presentCount(hires(q, 'alle'))),
    columnTotals: columns.map((g) => presentCount(hires('*', g))),
    grandTotal: presentCount(hires('*', 'alle')),
    note: RELEASE_NOTE,
    noteEn: RELEASE_NOTE_EN,
  };
  return { quarters, table, shares: quarters.map((q) => presentShare(hires(q, 'rest'), hires(q, 'bekend'))) };
}
