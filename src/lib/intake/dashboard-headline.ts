import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { intakeFunnel } from './funnel-query.ts';
import { headlineFigures, type HeadlineFigure, type HeadlineSource } from './headline-figures.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { localIntakeShare } from './local-intake-share.ts';
import { headlinePeriods, periodLabel, type QuarterPeriod } from './period.ts';
import { publishFunnel, publishLocalIntake, publishRandstadSplit } from './publishable-intake.ts';
import { randstadSplit } from './randstad-split.ts';

/** The headline of a dashboard: the period, what it is compared with, and the four figures. */
export interface DashboardHeadline {
  periodLabel: string;
  previousLabel: string;
  /** False when no period was chosen and the headline shows the latest quarter. */
  chosen: boolean;
  figures: HeadlineFigure[];
}

/** The published cells of one period that the headline needs, through the same publish functions as the tables. */
export async function headlineSource(db: Kysely<DB>, filter: IntakeFilter, randstad: readonly string[]): Promise<HeadlineSource> {
  const [funnel, split, local] = await Promise.all([intakeFunnel(db, filter), randstadSplit(db, filter, { randstad }), localIntakeShare(db, filter, 'aangenomen')]);
  const f = publishFunnel(funnel);
  const hires = publishRandstadSplit(split).stages.aangenomen;
  return {
    applicants: f.total.reached.sollicitatie,
    hires: f.total.reached.aangenomen,
    // Rows of the split: Randstad, rest of the country, unknown.
    hiresInsideRandstad: hires.rowTotals[0]!,
    hiresOutsideRandstad: hires.rowTotals[1]!,
    localShare: publishLocalIntake(local).total.shareSameProvince,
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
