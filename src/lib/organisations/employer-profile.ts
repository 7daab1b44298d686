import type { Kysely } from 'kysely';
import type { DB, Sector } from '../db/schema.ts';

/** What the reference data says about an organisation: nothing more (no invented descriptions). */
export interface Employer {
  code: string;
  naam: string;
  afkorting: string | null;
  sector: Sector;
  /** The parent ministry (code and name); null for a ministry itself or when none is recorded. */
  ministerie: { code: string; naam: string } | null;
}

/** Where an organisation is, per province: open vacancies, offices from the reference list, published fte. */
export interface EmployerPlace {
  provincieCode: string;
  provincieNaam: string;
  provincieSlug: string;
  openVacatures: number;
  vestigingen: string[];
  fte: number | null;
}

/** An organisation by its code with its parent ministry; null when unknown. */
export async function getEmployer(db: Kysely<DB>, code: string): Promise<Employer | null> {
  const row = await db
    .selectFrom('organisatie as o')
    .leftJoin('organisatie as m', 'm.code', 'o.ministerie_code')
    .select(['o.code', 'o.naam', 'o.afkorting', 'o.sector', 'o.ministerie_code', 'm.naam as ministerie_naam'])
    .where('o.code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  const ministerie = row.ministerie_code && row.ministerie_naam ? { code: row.ministerie_code, naam: row.ministerie_naam } : null;
  return { code: row.code, naam: row.naam, afkorting: row.afkorting, sector: row.sector, ministerie };
}

/** The organisation's offices from the reference list: municipality name and province code, by name. */
export async function listEmployerOffices(db: Kysely<DB>, code: string): Promise<{ gemeenteNaam: string; provincieCode: string }[]> {
  return db
    .selectFrom('organisatie_vestiging as v')
    .innerJoin('gemeente as g', 'g.code', 'v.gemeente_code')
    .select(['g.naam as gemeenteNaam', 'g.provincie_code as provincieCode'])
    .where('v.organisatie_code', '=', code)
    .orderBy('g.naam')
    .execute();
}

/**
 * One row per province where the organisation has open vacancies, an office or published fte, in the order of
 * `provinces` (CBS code order); provinces where it has none of the three are left out.
 */
export function employerPlaces(
  provinces: readonly { code: string; naam: string; slug: string }[],
  openVacancies: Readonly<Record<string, number>>,
  offices: readonly { gemeenteNaam: string; provincieCode: string }[],
  fte: readonly { code: string; fte: number }[],
): EmployerPlace[] {
  return provinces
    .map((p) => ({
      provincieCode: p.code,
      provincieNaam: p.naam,
      provincieSlug: p.slug,
      openVacatures: openVacancies[p.code] ?? 0,
      vestigingen: [...new Set(offices.filter((o) => o.provincieCode === p.code).map((o) => o.gemeenteNaam))],
      fte: fte.find((f) => f.code === p.code && f.fte > 0)?.fte ?? null,
    }))
    .filter((place) => place.openVacatures > 0 || place.vestigingen.length > 0 || place.fte !== null);
}
