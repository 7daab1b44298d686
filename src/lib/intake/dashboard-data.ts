import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { activityFunnel } from './activity-funnel.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { intakeFunnel } from './funnel-query.ts';
import { localIntakeShare } from './local-intake-share.ts';
import { originMatrix } from './origin-matrix.ts';
import { publishActivity, publishFunnel, publishLocalIntake, publishOriginMatrix, publishRandstadSplit, publishRepresentation, publishSelectionRates, publishTrend } from './publishable-intake.ts';
import { quarterlyTrend } from './quarterly-trend.ts';
import { randstadSplit } from './randstad-split.ts';
import { representationIndex } from './representation-index.ts';
import { selectionRates } from './selection-rate.ts';
import type { IntakeFase } from '../db/schema-intake.ts';

/**
 * Every intake indicator of the dashboards, already through disclosure control: the dashboards show
 * nothing that could not be published (an organisation sees its own raw numbers only in its import report).
 */
export async function loadDashboardFigures(db: Kysely<DB>, filter: IntakeFilter, options: { fase: IntakeFase; randstad: readonly string[] }) {
  const [funnel, matrix, local, randstad, representation, selection, trend, activity] = await Promise.all([
    intakeFunnel(db, filter),
    originMatrix(db, filter, options.fase),
    localIntakeShare(db, filter, 'aangenomen'),
    randstadSplit(db, filter, { randstad: options.randstad }),
    representationIndex(db, filter),
    selectionRates(db, filter),
    quarterlyTrend(db, filter),
    activityFunnel(db, filter),
  ]);
  return {
    funnel: publishFunnel(funnel),
    matrix: publishOriginMatrix(matrix),
    local: publishLocalIntake(local),
    randstad: publishRandstadSplit(randstad),
    representation: publishRepresentation(representation),
    selection: publishSelectionRates(selection),
    trend: publishTrend(trend),
    // Activity per period: quarters of the filter are event quarters here (see INTAKE_DEFINITIONS.activiteit).
    activity: publishActivity(activity),
    containsDemo: funnel.containsDemo || trend.containsDemo || activity.containsDemo,
  };
}

/** The dashboard figures of one filter. */
export type DashboardFigures = Awaited<ReturnType<typeof loadDashboardFigures>>;
