import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { CsvSyntaxError } from '../import/csv-parser.ts';
import { detectFormat, type ImportFormat } from '../import/detect-format.ts';
import { ImportFileError, ImportHeaderError } from '../import/import-errors.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import { DEFAULT_RETENTION_POLICY, type RetentionPolicy } from './retention-policy.ts';
import { MissingSecretError } from './applicant-key.ts';
import type { ImportKanaal } from '../db/schema-import-history.ts';
import { expiredNotice, importApplications, IntakeImportError, type ApplicationImportReport } from './import-applications.ts';
import { recordImportAttempt } from './import-history.ts';

/** The outcome of an upload: the report, or a fatal problem (nothing was written). */
export type ApplicationUploadResult = { ok: true; report: ApplicationImportReport } | { ok: false; status: number; message: string };

/** Errors that mean "this file cannot be imported"; anything else is a server fault. */
function isFatalImportError(error: unknown): error is Error {
  return error instanceof ImportHeaderError || error instanceof CsvSyntaxError || error instanceof ImportFileError || error instanceof IntakeImportError || error instanceof MissingSecretError;
}

/**
 * Runs one application import for the dashboard upload and the API alike: the format is taken from
 * the file name, content type and first bytes; a fatal problem rolls everything back and comes back
 * as a message (never a stack trace, never personal data). `dryRun` validates everything and writes
 * nothing. Every attempt — stored, dry run or refused — is then added to the import history.
 */
export async function runApplicationImport(
  db: Kysely<DB>,
  source: AsyncIterable<Uint8Array>,
  options: { organisatieCode: string; secret: string; previousSecrets?: readonly string[]; door: string; kanaal?: ImportKanaal; dryRun?: boolean; now?: Date; retention?: RetentionPolicy; filename?: string; contentType?: string; firstBytes?: Uint8Array; catalog: RegionCatalog; format?: ImportFormat; onProgress?: (progress: { rowsRead: number }) => void },
): Promise<ApplicationUploadResult> {
  const attempt = { organisatieCode: options.organisatieCode, door: options.door, kanaal: options.kanaal ?? 'api', soort: options.dryRun ? 'proef' : 'import' } as const;
  const refused = async (status: number, message: string, formaat: string | null): Promise<ApplicationUploadResult> => {
    await recordImportAttempt(db, { ...attempt, uitkomst: 'geweigerd', formaat, geaccepteerd: 0, ongewijzigd: 0, afgewezen: 0, verlopen: 0, bewaarmelding: null, foutmelding: message, importId: null });
    return { ok: false, status, message };
  };
  let format = options.format;
  if (!format) {
    const detected = detectFormat({ filename: options.filename, contentType: options.contentType, firstBytes: options.firstBytes });
    if (!detected.ok) return refused(415, detected.message, null);
    format = detected.format;
  }
  let report: ApplicationImportReport;
  try {
    report = await importApplications(db, source, { organisatieCode: options.organisatieCode, format, secret: options.secret, ...(options.previousSecrets ? { previousSecrets: options.previousSecrets } : {}), door: options.door, catalog: options.catalog, ...(options.dryRun ? { dryRun: true } : {}), ...(options.now ? { now: options.now } : {}), ...(options.filename ? { bestandsnaam: options.filename } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.retention ? { retention: options.retention } : {}) });
  } catch (error) {
    if (isFatalImportError(error)) return refused(400, `${error.message} Er is niets opgeslagen.`, format);
    throw error;
  }
  await recordImportAttempt(db, {
    ...attempt,
    uitkomst: 'verwerkt',
    formaat: format,
    geaccepteerd: report.accepted,
    ongewijzigd: report.unchanged,
    afgewezen: report.rejected,
    verlopen: report.expired,
    bewaarmelding: expiredNotice(report, false, options.retention),
    foutmelding: null,
    importId: report.dryRun ? null : report.importId,
  });
  return { ok: true, report };
}

/** The retention policy from configuration (RETENTION_DAYS, RETENTION_DAYS_WITH_CONSENT). */
export function retentionFromConfig(config: { RETENTION_DAYS: number; RETENTION_DAYS_WITH_CONSENT: number }): RetentionPolicy {
  return { ...DEFAULT_RETENTION_POLICY, days: config.RETENTION_DAYS, daysWithConsent: config.RETENTION_DAYS_WITH_CONSENT };
}
