import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { publishRate, suppressTable, type PublishedCell, type PublishedTable } from '../disclosure/index.ts';
import { filteredRollup, type IntakeFilter } from './intake-filter.ts';

/** One organisation in the league table of regional intake. */
export interface LeagueRow {
  organisatieCode: string;
  naam: string;
  /** Hires from outside the Randstad (known home region) as a share of hires with a known home region. */
  shareOutsideRandstad: PublishedCell;
  /** Hires living in the province of their workplace, as a share of all hires. */
  shareLocal: PublishedCell;
}

/** The league table: suppressed counts of hires per organisation by home region group, plus the two shares. */
export interface OrganisationLeague {
  table: PublishedTable;
  rows: LeagueRow[];
}

/**
 * Regional intake per organisation (hires, by application cohort): outside vs inside the Randstad,
 * unknown, and local (same province as the job). Sorted by the share from outside the Randstad.
 * @example SQL: select organisatie_code, sum(aantal) filter (where woon_provincie_code in (…)) … group by organisatie_code
 */
export async function organisationLeague(db: Kysely<DB>, filter: IntakeFilter, names: ReadonlyMap<string, string>, randstad: readonly string[]): Promise<OrganisationLeague> {
  const rows = await filteredRollup(db, filter)
    .where('fase', '=', 'aangenomen')
    .select([
      'organisatie_code',
      sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code in (${sql.join(randstad)})), 0)`.as('randstad'),
      sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code <> 'onbekend' and woon_provincie_code not in (${sql.join(randstad)})), 0)`.as('rest'),
      sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code = 'onbekend'), 0)`.as('onbekend'),
      sql<number>`coalesce(sum(aantal) filter (where woon_provincie_code = werk_provincie_code), 0)`.as('lokaal'),
    ])
    .groupBy('organisatie_code')
    .orderBy('organisatie_code')
    .execute();
  const counts = rows.map((r) => [Number(r.rest), Number(r.randstad), Number(r.onbekend)]);
  const table = suppressTable({ rowLabels: rows.map((r) => names.get(r.organisatie_code) ?? r.organisatie_code), columnLabels: ['Woont buiten de Randstad', 'Woont in de Randstad', 'Woonregio onbekend'], counts });
  const league = rows.map((r, i): LeagueRow => {
    const known = Number(r.rest) + Number(r.randstad);
    const total = known + Number(r.onbekend);
    const rowShown = table.cells[i]!.every((c) => c.kind === 'value');
    return {
      organisatieCode: r.organisatie_code,
      naam: names.get(r.organisatie_code) ?? r.organisatie_code,
      shareOutsideRandstad: rowShown ? publishRate(Number(r.rest), known) : publishRate(0, 0),
      shareLocal: rowShown ? publishRate(Number(r.lokaal), total) : publishRate(0, 0),
    };
  });
  const order = (c: PublishedCell) => (c.kind === 'value' ? c.value : -1);
  return { table, rows: league.sort((a, b) => order(b.shareOutsideRandstad) - order(a.shareOutsideRandstad) || a.naam.localeCompare(b.naam, 'nl')) };
}
