import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublishedCell } from '../disclosure/index.ts';
import { EMPTY_CELL, KEY_MODULUS, addCells, presentCount, presentShare, publishStages, type KeyedCount } from '../disclosure/cell-key/index.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { FASES, faseRank } from './intake-vocabulary.ts';
import type { OrganisationLeague } from './organisation-league.ts';
import { coarseRollup } from './coarse-rollup.ts';

/** One organisation in the national overview, by name, with published figures only. */
export interface OverviewRow {
  code: string;
  naam: string;
  applicants: PublishedCell;
  hires: PublishedCell;
  hireRate: PublishedCell;
  shareOutsideRandstad: PublishedCell | null;
  shareLocal: PublishedCell | null;
}

/** Organisations side by side: those with a shown figure (most applicants first) and the names of the rest. */
export interface OrganisationOverview {
  rows: OverviewRow[];
  /** Organisations with applications of which no count can be shown (listed by name in one sentence). */
  hiddenNames: string[];
}

/**
 * Applicants and hires per organisation through the cell-key release (each organisation's stage chain published as
 * its own cells, the same cells as in the league), joined with the league's two shares. Ordered by the PUBLISHED
 * number of applicants (never by true counts), then by name.
 * @example SQL: select organisatie_code, fase, sum(aantal), sum(sleutel_som) % 4294967296 from instroom_kwartaal_per_provincie where … group by 1, 2
 */
export async function organisationOverview(db: Kysely<DB>, filter: IntakeFilter, names: ReadonlyMap<string, string>, league: OrganisationLeague | null): Promise<OrganisationOverview> {
  const scoped: IntakeFilter = { ...filter, demo: filter.demo === 'only' ? 'only' : 'exclude' };
  const rows = await coarseRollup(db, scoped, 'instroom_kwartaal', { byOrganisation: true })
    .select(['organisatie_code', 'fase', sql<number>`sum(aantal)`.as('n'), sql<number>`sum(sleutel_som) % ${sql.lit(KEY_MODULUS)}`.as('k')])
    .groupBy(['organisatie_code', 'fase'])
    .execute();
  return buildOrganisationOverview(
    rows.map((r) => ({ organisatie: r.organisatie_code, fase: r.fase, n: Number(r.n), k: Number(r.k) })),
    names,
    league,
  );
}

/** The overview from the filtered cells per organisation and stage (pure, so the attack suite can build it too). */
export function buildOrganisationOverview(
  rows: readonly (KeyedCount & { organisatie: string; fase: IntakeFase })[],
  names: ReadonlyMap<string, string>,
  league: OrganisationLeague | null,
): OrganisationOverview {
  const chains = new Map<string, KeyedCount[]>();
  for (const r of rows) {
    const chain = chains.get(r.organisatie) ?? FASES.map(() => EMPTY_CELL);
    chain[faseRank(r.fase)] = addCells(chain[faseRank(r.fase)]!, { n: r.n, k: r.k });
    chains.set(r.organisatie, chain);
  }
  const leagueBy = new Map((league?.rows ?? []).map((r) => [r.organisatieCode, r]));
  const all: OverviewRow[] = [...chains]
    .filter(([, chain]) => chain[0]!.n > 0)
    .map(([code, chain]) => {
      const published = publishStages(chain);
      const applicants = published[0]!;
      const hires = published[faseRank('aangenomen')]!;
      return {
        code,
        naam: names.get(code) ?? code,
        applicants: presentCount(applicants),
        hires: presentCount(hires),
        hireRate: presentShare(hires, applicants),
        shareOutsideRandstad: leagueBy.get(code)?.shareOutsideRandstad ?? null,
        shareLocal: leagueBy.get(code)?.shareLocal ?? null,
      };
    });
  const shown = all.filter((r) => r.applicants.kind === 'value' || r.hires.kind === 'value');
  const value = (c: PublishedCell) => (c.kind === 'value' ? c.value : -1);
  shown.sort((a, b) => value(b.applicants) - value(a.applicants) || a.naam.localeCompare(b.naam, 'nl'));
  const hiddenNames = all.filter((r) => !shown.includes(r)).map((r) => r.naam).sort((a, b) => a.localeCompare(b, 'nl'));
  return { rows: shown, hiddenNames };
}
