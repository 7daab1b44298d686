import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** An organisation present in a province: open vacancies there, offices there, published fte there. */
export interface ProvinceEmployer {
  code: string;
  naam: string;
  openVacatures: number;
  /** Municipalities in the province where the reference list places an office of the organisation. */
  vestigingen: string[];
  /** Published fte in the province from the cited inventory; null when the inventory has none for it. */
  fte: number | null;
}

/**
 * Merges the three ways an organisation can be "in" a province into one list: those with open vacancies first
 * (most first), then by name. Organisations absent from `names` (unknown codes) are left out.
 */
export function mergeProvinceEmployers(
  openVacancies: Readonly<Record<string, number>>,
  offices: readonly { organisatieCode: string; gemeenteNaam: string }[],
  fte: readonly { code: string; fte: number }[],
  names: ReadonlyMap<string, string>,
): ProvinceEmployer[] {
  const byCode = new Map<string, ProvinceEmployer>();
  const entry = (code: string): ProvinceEmployer | undefined => {
    const naam = names.get(code);
    if (naam === undefined) return undefined;
    let employer = byCode.get(code);
    if (!employer) byCode.set(code, (employer = { code, naam, openVacatures: 0, vestigingen: [], fte: null }));
    return employer;
  };
  for (const [code, n] of Object.entries(openVacancies)) {
    const employer = n > 0 ? entry(code) : undefined;
    if (employer) employer.openVacatures = n;
  }
  for (const office of offices) {
    const employer = entry(office.organisatieCode);
    if (employer && !employer.vestigingen.includes(office.gemeenteNaam)) employer.vestigingen.push(office.gemeenteNaam);
  }
  for (const group of fte) {
    const employer = group.fte > 0 ? entry(group.code) : undefined;
    if (employer) employer.fte = group.fte;
  }
  return [...byCode.values()].sort((a, b) => b.openVacatures - a.openVacatures || a.naam.localeCompare(b.naam, 'nl'));
}

/** The offices in a province from the reference list (organisation code and municipality name), by municipality. */
export async function listOfficesInProvince(db: Kysely<DB>, provincieCode: string): Promise<{ organisatieCode: string; gemeenteNaam: string }[]> {
  return db
    .selectFrom('organisatie_vestiging as v')
    .innerJoin('gemeente as g', 'g.code', 'v.gemeente_code')
    .select(['v.organisatie_code as organisatieCode', 'g.naam as gemeenteNaam'])
    .where('g.provincie_code', '=', provincieCode)
    .orderBy('g.naam')
    .execute();
}
