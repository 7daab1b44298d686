import type { Kysely } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';

/** An organisation as the public API shows it. */
export interface OrganisationListItem {
  code: string;
  naam: string;
  afkorting: string | null;
  sector: Sector;
  ministerie: string | null;
}

/** All government organisations, ministries first, then by name. */
export async function listOrganisations(db: Kysely<DB>): Promise<OrganisationListItem[]> {
  const rows = await db
    .selectFrom('organisatie')
    .select(['code', 'naam', 'afkorting', 'sector', 'ministerie_code'])
    .orderBy((eb) => eb.case().when('ministerie_code', 'is', null).then(0).else(1).end())
    .orderBy('naam')
    .execute();
  return rows.map((r) => ({ code: r.code, naam: r.naam, afkorting: r.afkorting, sector: r.sector, ministerie: r.ministerie_code }));
}
