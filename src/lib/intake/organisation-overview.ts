import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublishedCell } from '../disclosure/index.ts';
import { sumStages } from './funnel-query.ts';
import { filteredRollup, type IntakeFilter } from './intake-filter.ts';
import type { OrganisationLeague } from './organisation-league.ts';
import { publishFunnelRows } from './publishable-intake.ts';

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
 * Applicants and hires per organisation through the funnel disclosure (one additive table of end stages over all
 * organisations, with margins), joined with the league's two shares. Ordered by the PUBLISHED number of applicants
 * (never by exact counts, which would rank hidden cells), then by name.
 * @example SQL: select organisatie_code, fase, sum(aantal) from instroom_kwartaal where … group by organisatie_code, fase
 */
export async function organisationOverview(db: Kysely<DB>, filter: IntakeFilter, names: ReadonlyMap<string, string>, league: OrganisationLeague | null): Promise<OrganisationOverview> {
  const rows = await filteredRollup(db, filter)
    .select((eb) => ['organisatie_code as key', 'fase', eb.fn.sum<number>('aantal').as('aantal')])
    .groupBy(['organisatie_code', 'fase'])
    .execute();
  const counts = sumStages(rows.map((r) => ({ key: r.key, fase: r.fase, aantal: Number(r.aantal) })));
  const codes = [...counts.keys()].filter((c) => counts.get(c)!.sollicitatie > 0).sort();
  const published = publishFunnelRows(codes.map((code) => ({ region: { code, naam: names.get(code) ?? code }, counts: counts.get(code)! })));
  const leagueBy = new Map((league?.rows ?? []).map((r) => [r.organisatieCode, r]));
  const all: OverviewRow[] = published.rows.map((p) => ({
    code: p.region.code,
    naam: p.region.naam,
    applicants: p.reached.sollicitatie,
    hires: p.reached.aangenomen,
    hireRate: p.rates.aangenomen,
    shareOutsideRandstad: leagueBy.get(p.region.code)?.shareOutsideRandstad ?? null,
    shareLocal: leagueBy.get(p.region.code)?.shareLocal ?? null,
  }));
  const shown = all.filter((r) => r.applicants.kind === 'value' || r.hires.kind === 'value');
  const value = (c: PublishedCell) => (c.kind === 'value' ? c.value : -1);
  shown.sort((a, b) => value(b.applicants) - value(a.applicants) || a.naam.localeCompare(b.naam, 'nl'));
  const hiddenNames = all.filter((r) => !shown.includes(r)).map((r) => r.naam).sort((a, b) => a.localeCompare(b, 'nl'));
  return { rows: shown, hiddenNames };
}
