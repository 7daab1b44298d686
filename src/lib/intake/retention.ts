import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { amsterdamDate } from '../time/amsterdam-time.ts';
import { addRemovedRows, lockOrganisationIntake, refreshFineRollups, refreshNationalRollups, refreshOrganisationCoarseRollups } from './intake-rollup.ts';

/** What a retention run did. */
export interface RetentionResult {
  /** The day used: rows with bewaren_tot before it were deleted. */
  today: string;
  /** Applications deleted. */
  deleted: number;
  /** Organisations that had applications deleted, sorted. */
  organisations: string[];
}

/**
 * Deletes application microdata whose retention date (`bewaren_tot`, set at import from the retention policy)
 * lies before today, in one transaction and without changing any figure: per organisation it first brings both
 * rollups in line with the microdata, then moves the expiring rows into the cells' `verwijderd` counts (the
 * cell totals stay the same), and only then deletes them (see intake-rollup.ts for the invariant).
 * Retention periods are applied when `bewaren_tot` is computed, so a changed policy affects rows imported later.
 */
export async function runRetention(db: Kysely<DB>, options: { now?: Date } = {}): Promise<RetentionResult> {
  const today = amsterdamDate(options.now ?? new Date());
  return db.transaction().execute(async (trx) => {
    const candidates = await trx
      .selectFrom('sollicitatie')
      .select('organisatie_code')
      .distinct()
      .where('bewaren_tot', '<', today)
      .orderBy('organisatie_code')
      .execute();
    const organisations = candidates.map((c) => c.organisatie_code);
    // Same order for every run, so two runs cannot deadlock on each other's locks.
    for (const org of organisations) await lockOrganisationIntake(trx, org);
    let deleted = 0;
    for (const org of organisations) {
      await refreshFineRollups(trx, org);
      const expiring = sql`s.organisatie_code = ${org} and s.bewaren_tot < ${today}::date`;
      // Both rollups (cohort and activity) take over the expiring rows before they go.
      await addRemovedRows(trx, sql`sollicitatie`, expiring, sql`s.organisatie_code`, sql`s.is_demo`, false);
      // Counts and key sums stay the same when rows move to `verwijderd`; rebuilt anyway, so the coarse rollups
      // never depend on that reasoning. The national rollup once, after every organisation.
      await refreshOrganisationCoarseRollups(trx, org);
      const result = await trx.deleteFrom('sollicitatie').where('organisatie_code', '=', org).where('bewaren_tot', '<', today).executeTakeFirst();
      deleted += Number(result.numDeletedRows);
    }
    if (organisations.length > 0) await refreshNationalRollups(trx);
    return { today, deleted, organisations };
  });
}
