import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import type { RowIssue } from '../import/row-report.ts';
import { zodIssuesToRowIssues } from '../import/row-report.ts';
import { publishVacancies, resolveStandplaatsen, UnknownMunicipalityError, type PublishOutcome } from './vacancy-publisher.ts';
import { vacancyInputSchema, type VacancyInput } from './vacancy-input.ts';

/** One row to publish, before validation, with the row number the publisher sees. */
export interface RawVacancyRow {
  rowNumber: number;
  data: unknown;
}

/** The outcome of validating and publishing a batch of vacancies. */
export interface VacancyPublishReport {
  accepted: PublishOutcome[];
  issues: RowIssue[];
}

/** Validates rows with zod and resolves standplaatsen; returns the good rows and the row issues. */
export function validateVacancyRows(rows: RawVacancyRow[], catalog: RegionCatalog): { good: { rowNumber: number; input: VacancyInput; gemeenteCodes: string[] }[]; issues: RowIssue[] } {
  const good: { rowNumber: number; input: VacancyInput; gemeenteCodes: string[] }[] = [];
  const issues: RowIssue[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const parsed = vacancyInputSchema.safeParse(row.data);
    if (!parsed.success) {
      issues.push(...zodIssuesToRowIssues(row.rowNumber, parsed.error));
      continue;
    }
    const earlier = seen.get(parsed.data.kenmerk);
    if (earlier !== undefined) {
      issues.push({ rowNumber: row.rowNumber, field: 'kenmerk', message: `kenmerk ${parsed.data.kenmerk} staat ook al in rij ${earlier}` });
      continue;
    }
    try {
      const gemeenteCodes = resolveStandplaatsen(catalog, parsed.data.standplaatsen);
      seen.set(parsed.data.kenmerk, row.rowNumber);
      good.push({ rowNumber: row.rowNumber, input: parsed.data, gemeenteCodes });
    } catch (error) {
      if (!(error instanceof UnknownMunicipalityError)) throw error;
      issues.push({ rowNumber: row.rowNumber, field: 'standplaatsen', message: error.message });
    }
  }
  return { good, issues };
}

/**
 * Validates and publishes vacancies of one organisation in ONE transaction: bad rows are reported
 * by row and field, good rows go in, and a database error leaves nothing written.
 */
export async function validateAndPublish(db: Kysely<DB>, catalog: RegionCatalog, organisatieCode: string, rows: RawVacancyRow[]): Promise<VacancyPublishReport> {
  const { good, issues } = validateVacancyRows(rows, catalog);
  const accepted = good.length ? await db.transaction().execute((trx) => publishVacancies(trx, organisatieCode, good)) : [];
  return { accepted, issues };
}
