import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { readCsvRecords } from '../import/csv-records.ts';
import type { ImportFormat } from '../import/detect-format.ts';
import { readJsonArray, readJsonlRecords } from '../import/jsonl-records.ts';
import type { RecordReader } from '../import/record-entry.ts';
import { zodIssuesToRowIssues, type ImportReport, type RowIssue } from '../import/row-report.ts';
import { loadRegionCatalog, type RegionCatalog } from '../regions/region-catalog.ts';
import { deriveSecret } from '../secrets/derived-secrets.ts';
import { pseudonymKeyring } from '../secrets/pseudonym-keys.ts';
import { amsterdamDate } from '../time/amsterdam-time.ts';
import { assertSecret } from './applicant-key.ts';
import { ApplicationResolver } from './application-resolver.ts';
import { APPLICATION_COLUMNS, APPLICATION_REQUIRED_COLUMNS, applicationRowSchema } from './application-row-schema.ts';
import { copyInFor } from '../db/bulk-copy.ts';
import { createApplicationStaging, mergeStagedApplications, STAGING_BATCH_SIZE, StagingBatch } from './application-store.ts';
import { lockOrganisationIntake } from './intake-rollup.ts';
import { labelUnversionedPseudonyms, unconfiguredKeyRows } from './pseudonym-key-usage.ts';
import { DEFAULT_RETENTION_POLICY, type RetentionPolicy } from './retention-policy.ts';

/** The import as a whole is refused (unknown organisation, history load into existing data); message in Dutch. */
export class IntakeImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntakeImportError';
  }
}

/** Options of {@link importApplications}. */
export interface ImportApplicationsOptions {
  organisatieCode: string;
  format: ImportFormat;
  /** APP_SECRET: master secret of the current applicant-pseudonym key (at least 32 characters). */
  secret: string;
  /**
   * APP_SECRET_PREVIOUS: master secrets of earlier pseudonym keys. An applicant stored under one of them is found
   * (not counted twice) and re-keyed to the current key; an organisation that still has applications under a key
   * that is in neither list is refused (see {@link importInTransaction}).
   */
  previousSecrets?: readonly string[];
  /** Who imports (account id or name of the HR coordinator), for the import log. */
  door: string;
  /** Clock: decides "today" (Amsterdam) for future dates and retention. */
  now?: Date;
  onProgress?: (progress: { rowsRead: number }) => void;
  /** Original file name; only an HMAC of it is stored (a name like "sollicitanten-jansen.csv" is personal data). */
  bestandsnaam?: string;
  retention?: RetentionPolicy;
  /**
   * History load: count new applications whose retention date has already passed in the figures without
   * storing them. Only allowed for an organisation without (non-demo) intake data, so it can happen once.
   */
  historyLoad?: boolean;
  /** Most issues (and, separately, notices) listed in the report; the rest is only counted. Default 10 000. */
  maxIssues?: number;
  /** A region catalog already in memory (otherwise loaded). */
  catalog?: RegionCatalog;
  /**
   * Dry run: do everything a real import does — validate, resolve, stage, merge, refresh the rollups — and then
   * roll the transaction back, so the report is exactly what the import would report and nothing is written.
   */
  dryRun?: boolean;
  /** Called after each step with its name and duration in ms (the import benchmark prints them as a profile). */
  onPhase?: (phase: string, milliseconds: number) => void;
}

/** The import report plus what is specific to applications. */
export interface ApplicationImportReport extends ImportReport {
  importId: number;
  /** New applications past their retention date: not stored (counted in the figures only on a history load). */
  expired: number;
  /** Stored applications found under a previous pseudonym key and moved to the current key (also in accepted/unchanged). */
  rekeyed: number;
  /** Remarks on accepted rows (postcode not usable → home region "onbekend"). */
  notices: RowIssue[];
  /** Issues and notices beyond `maxIssues` that were counted but not listed. */
  omittedIssues: number;
  /** True for a dry run: nothing was written (and `importId` names a log entry that was rolled back). */
  dryRun: boolean;
}

/** Carries a dry run's report out of its transaction; throwing it is what rolls the transaction back. */
class DryRunRollback extends Error {
  readonly report: ApplicationImportReport;
  constructor(report: ApplicationImportReport) {
    super('dry run rolled back');
    this.report = report;
  }
}

/**
 * Dutch text for the report when new applications were past their retention date (null when there were none).
 * Such rows are not stored and — outside a history load — not counted: they may have been counted and deleted
 * before, and counting them again would double them.
 */
export function expiredNotice(report: Pick<ApplicationImportReport, 'expired'>, historyLoad = false, policy: RetentionPolicy = DEFAULT_RETENTION_POLICY): string | null {
  if (report.expired === 0) return null;
  const what = report.expired === 1 ? '1 sollicitatie is' : `${report.expired} sollicitaties zijn`;
  const period = `${policy.days} dagen na afloop van de procedure, of ${policy.daysWithConsent} dagen met toestemming`;
  return historyLoad
    ? `${what} wel meegeteld maar niet opgeslagen: de bewaartermijn (${period}) was al verstreken.`
    : `${what} niet opgeslagen en niet meegeteld: de bewaartermijn (${period}) was al verstreken. Lees sollicitaties daarom minstens elke ${Math.floor(policy.days / 7)} weken in.`;
}

function openReader(source: AsyncIterable<string | Uint8Array>, format: ImportFormat): RecordReader {
  const options = { requiredColumns: APPLICATION_REQUIRED_COLUMNS, knownColumns: APPLICATION_COLUMNS };
  if (format === 'csv') return readCsvRecords(source, options);
  if (format === 'jsonl') return readJsonlRecords(source, options);
  return readJsonArray(source, options);
}

/**
 * Imports an ATS export of applications for one organisation, streaming: rows are validated, pseudonymised and
 * staged with COPY in batches of {@link STAGING_BATCH_SIZE} (JSON batches where the database has no COPY registered),
 * then upserted set-wise, all in ONE transaction. Row problems
 * reject only that row (listed in the report); a fatal problem — bad header (ImportHeaderError), unreadable CSV
 * (CsvSyntaxError), bad JSON (ImportFileError), a refused import (IntakeImportError) or a database error — is
 * thrown and rolls everything back, including the import log entry. Re-importing the same file changes no row
 * (counted as unchanged). Afterwards the organisation's `instroom_kwartaal` rollup is recomputed.
 * Nothing is logged; postcodes are reduced to PC4 when read and only the municipality is stored.
 * With `dryRun` the same code runs to the end and the transaction is then rolled back (see {@link DryRunRollback}).
 */
export async function importApplications(
  db: Kysely<DB>,
  source: AsyncIterable<string | Uint8Array>,
  options: ImportApplicationsOptions,
): Promise<ApplicationImportReport> {
  try {
    return await importInTransaction(db, source, options);
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}

async function importInTransaction(
  db: Kysely<DB>,
  source: AsyncIterable<string | Uint8Array>,
  options: ImportApplicationsOptions,
): Promise<ApplicationImportReport> {
  assertSecret(options.secret);
  for (const previous of options.previousSecrets ?? []) assertSecret(previous);
  const { organisatieCode, secret } = options;
  const ring = pseudonymKeyring({ APP_SECRET: secret, APP_SECRET_PREVIOUS: options.previousSecrets });
  const today = amsterdamDate(options.now ?? new Date());
  const maxIssues = options.maxIssues ?? 10_000;
  const organisation = await db.selectFrom('organisatie').select('code').where('code', '=', organisatieCode).executeTakeFirst();
  if (!organisation) throw new IntakeImportError(`Onbekende organisatie "${organisatieCode.slice(0, 40)}".`);
  const catalog = options.catalog ?? (await loadRegionCatalog(db));
  const schema = applicationRowSchema({ today });
  const reader = openReader(source, options.format);
  // COPY where the database factory registered it (PostgreSQL and embedded PGlite), else JSON batches.
  const copyIn = copyInFor(db);

  return db.transaction().execute(async (trx) => {
    await lockOrganisationIntake(trx, organisatieCode);
    if (options.historyLoad) {
      const existing = await trx
        .selectFrom('instroom_kwartaal')
        .select('organisatie_code')
        .where('organisatie_code', '=', organisatieCode)
        .where('is_demo', '=', false)
        .union(trx.selectFrom('sollicitatie').select('organisatie_code').where('organisatie_code', '=', organisatieCode).where('is_demo', '=', false))
        .limit(1)
        .execute();
      if (existing.length > 0) {
        throw new IntakeImportError(
          'Een historische lading kan alleen zolang er nog geen sollicitaties van je organisatie zijn ingelezen: anders worden sollicitaties die al geteld en verwijderd zijn dubbel geteld.',
        );
      }
    }
    // Pseudonym keys: applications stored under a key that is no longer configured cannot be recognised, so
    // importing them again would count every such applicant twice. Refuse until the old value is back.
    await labelUnversionedPseudonyms(trx, ring, organisatieCode);
    const orphaned = await unconfiguredKeyRows(trx, organisatieCode, ring);
    if (orphaned.length > 0) {
      const n = orphaned.reduce((sum, c) => sum + c.real, 0);
      throw new IntakeImportError(
        `Er ${n === 1 ? 'staat nog 1 sollicitatie' : `staan nog ${n} sollicitaties`} van deze organisatie onder een pseudoniemsleutel die niet meer is ingesteld (sleutel-id ${orphaned.map((c) => c.keyId).join(', ')}). Zonder die sleutel worden deze sollicitanten bij het inlezen dubbel geteld. Zet de oude waarde van APP_SECRET terug in APP_SECRET_PREVIOUS (zie "npm run pseudoniemen") en lees daarna opnieuw in.`,
      );
    }
    const resolver = await ApplicationResolver.load(trx, {
      organisatieCode,
      secret,
      previousSecrets: ring.previous.map((k) => k.master),
      catalog,
      ...(options.retention ? { retention: options.retention } : {}),
    });
    const logEntry = await trx
      .insertInto('sollicitatie_import')
      .values({
        organisatie_code: organisatieCode,
        bestandsnaam_hash: options.bestandsnaam ? createHmac('sha256', deriveSecret(secret, 'importFileNames')).update(`bestandsnaam\u001f${options.bestandsnaam}`).digest('hex') : null,
        ingelezen_op: options.now ?? new Date(),
        door: options.door,
        geaccepteerd: 0,
        afgewezen: 0,
        ongewijzigd: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const importId = Number(logEntry.id);
    await createApplicationStaging(trx);

    const issues: RowIssue[] = [];
    const notices: RowIssue[] = [];
    let omittedIssues = 0;
    const note = (list: RowIssue[], items: readonly RowIssue[]): void => {
      for (const item of items) {
        if (list.length < maxIssues) list.push(item);
        else omittedIssues++;
      }
    };
    let rejected = 0;
    let rowsRead = 0;
    const readStart = performance.now();
    const batch = new StagingBatch(copyIn);
    let staging: Promise<void> = Promise.resolve();
    for await (const entry of reader) {
      rowsRead++;
      if (entry.error !== undefined) {
        rejected++;
        note(issues, [{ rowNumber: entry.rowNumber, field: null, message: entry.error }]);
        continue;
      }
      const parsed = schema.safeParse(entry.record);
      if (!parsed.success) {
        rejected++;
        note(issues, zodIssuesToRowIssues(entry.rowNumber, parsed.error));
        continue;
      }
      const resolved = resolver.resolve(entry.rowNumber, parsed.data);
      if (!resolved.ok) {
        rejected++;
        note(issues, resolved.issues);
        continue;
      }
      note(notices, resolved.notices);
      batch.add(resolved.application);
      if (batch.size >= STAGING_BATCH_SIZE) {
        // Pipelined: the database stores this batch while the next one is parsed and validated.
        await staging;
        staging = batch.flush(trx);
        staging.catch(() => undefined);
        options.onProgress?.({ rowsRead });
      }
    }
    await staging;
    await batch.flush(trx);
    options.onProgress?.({ rowsRead });
    options.onPhase?.('read, validate, pseudonymise, stage', performance.now() - readStart);

    const merged = await mergeStagedApplications(trx, {
      organisatieCode,
      importId,
      isDemo: false,
      today,
      expired: options.historyLoad ? 'count' : 'skip',
      keyId: ring.current.id,
      maxDuplicates: maxIssues,
      ...(options.onPhase ? { onPhase: options.onPhase } : {}),
    });
    rejected += merged.duplicateCount;
    note(
      issues,
      merged.duplicates.map((d) => ({
        rowNumber: d.rowNumber,
        field: null,
        message: `Dubbele regel: dezelfde sollicitant en vacature staan al op regel ${d.firstRowNumber}; alleen die regel is ingelezen.`,
      })),
    );
    omittedIssues += merged.duplicateCount - merged.duplicates.length;
    // Stable sort: per row the order of the checks is kept.
    issues.sort((a, b) => a.rowNumber - b.rowNumber);

    await trx
      .updateTable('sollicitatie_import')
      .set({ geaccepteerd: merged.accepted, afgewezen: rejected, ongewijzigd: merged.unchanged, verlopen: merged.expired })
      .where('id', '=', importId)
      .execute();
    const report: ApplicationImportReport = {
      format: options.format,
      accepted: merged.accepted,
      rejected,
      unchanged: merged.unchanged,
      issues,
      ignoredColumns: [...reader.ignoredColumns],
      importId,
      expired: merged.expired,
      rekeyed: merged.rekeyed,
      notices,
      omittedIssues,
      dryRun: options.dryRun === true,
    };
    // The same code path to the very end, then undone: a dry run reports exactly what the import would do.
    if (options.dryRun) throw new DryRunRollback(report);
    return report;
  });
}
