import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { applyIntakeFilter, type IntakeFilter } from './intake-filter.ts';

/** Which organisations delivered intake data, and for which application quarters. */
export interface IntakeCoverage {
  organisaties: { code: string; naam: string; kwartalen: string[] }[];
  /** Every quarter in which at least one organisation delivered data, oldest first. */
  kwartalen: string[];
}

/**
 * Coverage of the intake figures (who delivered data for which quarters), shown next to every national figure: a
 * national figure only covers the organisations that imported applications. Only the fact of delivery is shown, never
 * a count, so it needs no disclosure control.
 */
export async function intakeCoverage(db: Kysely<DB>, filter: IntakeFilter): Promise<IntakeCoverage> {
  const rows = await applyIntakeFilter(db.selectFrom('instroom_kwartaal'), filter)
    .innerJoin('organisatie', 'organisatie.code', 'instroom_kwartaal.organisatie_code')
    .select(['instroom_kwartaal.organisatie_code as code', 'organisatie.naam as naam', 'kwartaal'])
    .distinct()
    .orderBy('organisatie.naam')
    .orderBy('kwartaal')
    .execute();
  const byOrg = new Map<string, { code: string; naam: string; kwartalen: string[] }>();
  for (const r of rows) {
    const org = byOrg.get(r.code) ?? { code: r.code, naam: r.naam, kwartalen: [] };
    org.kwartalen.push(r.kwartaal);
    byOrg.set(r.code, org);
  }
  return { organisaties: [...byOrg.values()], kwartalen: [...new Set(rows.map((r) => r.kwartaal))].sort() };
}
