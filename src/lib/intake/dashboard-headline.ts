import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { loadDashboardFigures } from './dashboard-data.ts';
import { headlineFigures, type HeadlineFigure, type HeadlineSource } from './headline-figures.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { headlinePeriods, periodLabel, type QuarterPeriod } from './period.ts';

/** The headline of a dashboard: the period, what it is compared with, and the four figures. */
export interface DashboardHeadline {
  periodLabel: string;
  previousLabel: string;
  /** False when no period was chosen and the headline shows the latest quarter. */
  chosen: boolean;
  figures: HeadlineFigure[];
}

/** The published cells of one period that the headline needs: taken from the same release as every table. */
export async function headlineSource(db: Kysely<DB>, filter: IntakeFilter, randstad: readonly string[]): Promise<HeadlineSource> {
  const release = await loadDashboardFigures(db, filter, { fase: 'sollicitatie', randstad });
  const hires = release.randstad.stages.aangenomen;
  return {
    applicants: release.funnel.total.reached.sollicitatie,
    hires: release.funnel.total.reached.aangenomen,
    // Rows of the split: Randstad, rest of the country, unknown.
    hiresInsideRandstad: hires.rowTotals[0]!,
    hiresOutsideRandstad: hires.rowTotals[1]!,
    localShare: release.local.total.shareSameProvince,
  };
}

/** Loads the headline for a filter (its period replaced by the headline period); null without any figures. */
export async function loadDashboardHeadline(db: Kysely<DB>, filter: IntakeFilter, chosen: { van?: string | undefined; tot?: string | undefined }, available: readonly string[], randstad: readonly string[]): Promise<DashboardHeadline | null> {
  const periods = headlinePeriods(chosen, available);
  if (!periods) return null;
  const within = (p: QuarterPeriod): IntakeFilter => ({ ...filter, fromQuarter: p.from, toQuarter: p.to });
  const [current, previous] = await Promise.all([headlineSource(db, within(periods.current), randstad), headlineSource(db, within(periods.previous), randstad)]);
  const first = available[0];
  // Before the first quarter with figures there is nothing to compare with (not "0").
  const hasPrevious = first !== undefined && periods.previous.to >= first;
  const previousLabel = periodLabel(periods.previous.from, periods.previous.to);
  return {
    periodLabel: periodLabel(periods.current.from, periods.current.to),
    previousLabel,
    chosen: periods.chosen,
    figures: headlineFigures(current, hasPrevious ? previous : null, previousLabel),
  };
}
