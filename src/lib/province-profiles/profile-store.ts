import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ProvincieprofielTable } from '../db/schema-action-plan.ts';
import type { ProvinceProfileInput } from './profile-input.ts';

/** One stored profile version. */
export type ProfileVersionRecord = Selectable<ProvincieprofielTable>;

/**
 * Stores a new version of a province's profile (version = previous + 1). Two analysts saving at
 * once cannot both get the same number: the unique constraint refuses the second, which retries.
 */
export async function recordProfileVersion(db: Kysely<DB>, provincieCode: string, input: ProvinceProfileInput, door: string): Promise<ProfileVersionRecord> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db
        .insertInto('provincieprofiel')
        .values({
          provincie_code: provincieCode,
          versie: sql<number>`(select coalesce(max(versie), 0) + 1 from provincieprofiel where provincie_code = ${provincieCode})`,
          kernprofiel: input.kernprofiel.join('\n'),
          ontwikkelkansen: input.ontwikkelkansen.join('\n'),
          bron_soort: input.bron_soort,
          bron_omschrijving: input.bron_omschrijving,
          bron_url: input.bron_url,
          bijgewerkt_op: input.bijgewerkt_op,
          vastgelegd_door: door,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (attempt < 2 && /provincieprofiel_versie_uq/.test(String(error))) continue;
      throw error;
    }
  }
}

/** The latest version of every province that has one, by province code. */
export async function currentProfiles(db: Kysely<DB>): Promise<Map<string, ProfileVersionRecord>> {
  const rows = await db.selectFrom('provincieprofiel').selectAll().distinctOn('provincie_code').orderBy('provincie_code').orderBy('versie', 'desc').execute();
  return new Map(rows.map((r) => [r.provincie_code, r]));
}

/** Every version of one province's profile, newest first. */
export async function profileHistory(db: Kysely<DB>, provincieCode: string): Promise<ProfileVersionRecord[]> {
  return db.selectFrom('provincieprofiel').selectAll().where('provincie_code', '=', provincieCode).orderBy('versie', 'desc').execute();
}
