import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublishedCell, PublishedTable } from '../disclosure/index.ts';
import { EMPTY_CELL, KEY_MODULUS, RELEASE_NOTE, RELEASE_NOTE_EN, addCells, presentCount, presentShare, publishStages, type KeyedCount } from '../disclosure/cell-key/index.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { FASES, ONBEKEND, faseRank } from './intake-vocabulary.ts';
import { coarseRollup } from './coarse-rollup.ts';

/** One organisation in the league table of regional intake. */
export interface LeagueRow {
  organisatieCode: string;
  naam: string;
  /** Hires from outside the Randstad (known home region) as a share of hires with a known home region. */
  shareOutsideRandstad: PublishedCell;
  /** Hires living in the province of their workplace, as a share of all hires. */
  shareLocal: PublishedCell;
}

/** The league table: published counts of hires per organisation by home region group, plus the two shares. */
export interface OrganisationLeague {
  table: PublishedTable;
  rows: LeagueRow[];
}

const GROUPS = ['rest', 'randstad', 'onbekend', 'bekend', 'lokaal', 'alle'] as const;
type Group = (typeof GROUPS)[number];

/**
 * Regional intake per organisation (hires, by application cohort), through the cell-key release like every other
 * figure: each count (per organisation and group, and every total) is its own published cell; shares are computed
 * from published counts that are shown. Sorted by the share from outside the Randstad, then by name.
 * @example SQL: select organisatie_code, woon_provincie_code, werk_provincie_code, fase, sum(aantal), sum(sleutel_som) % 2^32 … group by 1, 2, 3, 4
 */
export async function organisationLeague(db: Kysely<DB>, filter: IntakeFilter, names: ReadonlyMap<string, string>, randstad: readonly string[]): Promise<OrganisationLeague> {
  const scoped: IntakeFilter = { ...filter, demo: filter.demo === 'only' ? 'only' : 'exclude' };
  const rows = await coarseRollup(db, scoped, 'instroom_kwartaal', { byOrganisation: true })
    .select([
      'organisatie_code',
      'woon_provincie_code',
      'werk_provincie_code',
      'fase',
      sql<number>`sum(aantal)`.as('n'),
      sql<number>`sum(sleutel_som) % ${sql.lit(KEY_MODULUS)}`.as('k'),
    ])
    .groupBy(['organisatie_code', 'woon_provincie_code', 'werk_provincie_code', 'fase'])
    .execute();
  return buildOrganisationLeague(
    rows.map((r) => ({ organisatie: r.organisatie_code, woon: r.woon_provincie_code, werk: r.werk_provincie_code, fase: r.fase, n: Number(r.n), k: Number(r.k) })),
    names,
    randstad,
  );
}

/** One cell of the cohort rollup by organisation, home and work province and stage (true count and key sum). */
export interface OrganisationCell extends KeyedCount {
  readonly organisatie: string;
  readonly woon: string;
  readonly werk: string;
  readonly fase: IntakeFase;
}

/** The league from the filtered cells (pure, so the disclosure attack suite can build it from its own records). */
export function buildOrganisationLeague(rows: readonly OrganisationCell[], names: ReadonlyMap<string, string>, randstad: readonly string[]): OrganisationLeague {
  const inRandstad = new Set(randstad);
  const groupsOf = (home: string, work: string): Group[] => {
    const out: Group[] = ['alle', home === ONBEKEND ? 'onbekend' : inRandstad.has(home) ? 'randstad' : 'rest'];
    if (home !== ONBEKEND) out.push('bekend');
    if (home === work) out.push('lokaal');
    return out;
  };
  // Stage chains per (organisation or '*', group): the running minimum needs every stage of the same group.
  const chains = new Map<string, KeyedCount[]>();
  const add = (key: string, fase: IntakeFase, cell: KeyedCount) => {
    const chain = chains.get(key) ?? FASES.map(() => EMPTY_CELL);
    chain[faseRank(fase)] = addCells(chain[faseRank(fase)]!, cell);
    chains.set(key, chain);
  };
  const orgs = new Set<string>();
  for (const r of rows) {
    orgs.add(r.organisatie);
    for (const g of groupsOf(r.woon, r.werk)) {
      const cell = { n: r.n, k: r.k };
      add(`${r.organisatie}|${g}`, r.fase, cell);
      add(`*|${g}`, r.fase, cell);
    }
  }
  const hires = (org: string, g: Group): number => publishStages(chains.get(`${org}|${g}`) ?? FASES.map(() => EMPTY_CELL))[faseRank('aangenomen')]!;
  const codes = [...orgs].sort();
  const naam = (code: string) => names.get(code) ?? code;
  const table: PublishedTable = {
    rowLabels: codes.map(naam),
    columnLabels: ['Woont buiten de Randstad', 'Woont in de Randstad', 'Woonregio onbekend'],
    cells: codes.map((c) => (['rest', 'randstad', 'onbekend'] as const).map((g) => presentCount(hires(c, g)))),
    rowTotals: codes.map((c) => presentCount(hires(c, 'alle'))),
    columnTotals: (['rest', 'randstad', 'onbekend'] as const).map((g) => presentCount(hires('*', g))),
    grandTotal: presentCount(hires('*', 'alle')),
    note: RELEASE_NOTE,
    noteEn: RELEASE_NOTE_EN,
  };
  const league = codes.map((c): LeagueRow => ({
    organisatieCode: c,
    naam: naam(c),
    shareOutsideRandstad: presentShare(hires(c, 'rest'), hires(c, 'bekend')),
    shareLocal: presentShare(hires(c, 'lokaal'), hires(c, 'alle')),
  }));
  const order = (c: PublishedCell) => (c.kind === 'value' ? c.value : -1);
  return { table, rows: league.sort((a, b) => order(b.shareOutsideRandstad) - order(a.shareOutsideRandstad) || a.naam.localeCompare(b.naam, 'nl')) };
}
