import type { Sector } from '../../../src/lib/db/schema.ts';
import type { EmploymentRow } from '../../../src/lib/statistics/employment-row.ts';

/** A compact literal row: organisation, sector, province, municipality, COROP, fte. */
export function row(organisatieCode: string, sector: Sector, provincieCode: string, gemeenteCode: string | null, coropCode: string | null, fte: number): EmploymentRow {
  return { organisatieCode, sector, provincieCode, gemeenteCode, coropCode, fte };
}
