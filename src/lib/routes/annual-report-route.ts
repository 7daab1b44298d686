import { z } from 'zod';
import { getConfig } from '../config/config.ts';
import { intakeFiguresForPage } from '../intake/public-intake-choice.ts';
import { getDatabase, getReferenceLookups } from '../runtime/app-context.ts';
import { loadEmploymentReport } from '../statistics/employment-queries.ts';
import { loadPublishedFigures, nationalSeries } from '../statistics/published-series.ts';
import { snapshotHistory } from '../statistics/snapshot-history.ts';

/** Data of /cijfers/rapportage/{jaar} (both languages); null when nothing is published for that year. */
export async function annualReportRoute(jaarParam: string | undefined) {
  const jaar = z.coerce.number().int().min(2000).max(2100).safeParse(jaarParam);
  if (!jaar.success) return null;
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const peildatum = `${jaar.data}-01-01`;
  const report = await loadEmploymentReport(db, { peildatum, randstadProvinces: getConfig().RANDSTAD_PROVINCES });
  if (!report) return null;
  const [history, published] = await Promise.all([snapshotHistory(db, peildatum), loadPublishedFigures(db)]);
  // Measure 6 in the report: applications of the calendar year before the peildatum.
  const intake = (await intakeFiguresForPage(db, jaar.data - 1)) ?? (await intakeFiguresForPage(db, jaar.data));
  return {
    jaar: jaar.data,
    report,
    official: nationalSeries(published).find((n) => n.peildatum === peildatum) ?? null,
    history,
    provinceNames: new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam])),
    organisationNames: lookups.organisationNames,
    intake,
  };
}
