import { z } from 'zod';
import { getConfig } from '../config/config.ts';
import { intakeFiguresForPage } from '../intake/public-intake-choice.ts';
import { getDatabase, getReferenceLookups } from '../runtime/app-context.ts';
import { findPublishedSnapshot, loadEmploymentReport } from '../statistics/employment-queries.ts';
import { differenceWithOfficial } from '../statistics/official-series.ts';
import { loadNationalSeries } from '../statistics/published-series.ts';
import { listReportVersions, parseVersionSegment } from '../statistics/report-versions.ts';

/**
 * Data of /cijfers/rapportage/{jaar} (the newest version) and /cijfers/rapportage/{jaar}/snapshot-{id} (one
 * frozen version), both languages; null when there is no such published version.
 */
export async function annualReportRoute(jaarParam: string | undefined, versieParam?: string) {
  const jaar = z.coerce.number().int().min(2000).max(2100).safeParse(jaarParam);
  if (!jaar.success) return null;
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const peildatum = `${jaar.data}-01-01`;
  let snapshotId: number | null;
  if (versieParam === undefined) snapshotId = (await findPublishedSnapshot(db, peildatum))?.id ?? null;
  else snapshotId = parseVersionSegment(versieParam);
  if (snapshotId === null) return null;
  // Always through the snapshot id, so the newest version and its permanent URL show the same figures.
  const report = await loadEmploymentReport(db, { peildatum, snapshotId, randstadProvinces: getConfig().RANDSTAD_PROVINCES });
  if (!report) return null;
  const [versions, national] = await Promise.all([listReportVersions(db, jaar.data), loadNationalSeries(db)]);
  const official = national.find((n) => n.peildatum === peildatum) ?? null;
  // Measure 6: applications of the calendar year before the peildatum, and only that year (no fallback).
  const intakeJaar = jaar.data - 1;
  const intake = await intakeFiguresForPage(db, intakeJaar);
  return {
    jaar: jaar.data,
    report,
    official,
    officialDifference: differenceWithOfficial(report.nationaal.fte, report.voorbeeldgegevens, official?.officieel ?? null),
    versions,
    version: versions.find((v) => v.id === report.snapshot.id)!,
    latest: versions.find((v) => v.nieuwste) ?? null,
    isPermalink: versieParam !== undefined,
    provinceNames: new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam])),
    organisationNames: lookups.organisationNames,
    intake,
    intakeJaar,
  };
}
