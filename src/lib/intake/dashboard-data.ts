import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { loadCube } from './intake-cube.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { workProvinceList } from './intake-filter.ts';
import { buildIntakeRelease } from './intake-release.ts';
import { latestLabourForce } from './representation-index.ts';

/** Which data a release is about: real imports (default) or the demo data, never both. */
export type IntakeDataset = 'echt' | 'voorbeeld';

/**
 * Every intake indicator of the dashboards (and of the publication preview, the CSV export, the API and the yearly
 * report), built by the one release builder from one filter: real data unless `dataset` is 'voorbeeld'.
 */
export async function loadDashboardFigures(
  db: Kysely<DB>,
  filter: IntakeFilter,
  options: { fase: IntakeFase; randstad: readonly string[]; dataset?: IntakeDataset },
) {
  const dataset = options.dataset ?? (filter.demo === 'only' ? 'voorbeeld' : 'echt');
  const scoped: IntakeFilter = { ...filter, demo: dataset === 'voorbeeld' ? 'only' : 'exclude' };
  const [cohort, activity, provinces, labourForce] = await Promise.all([
    loadCube(db, scoped, 'instroom_kwartaal'),
    loadCube(db, scoped, 'instroom_activiteit_kwartaal'),
    workProvinceList(db),
    latestLabourForce(db),
  ]);
  return buildIntakeRelease(cohort, activity, { provinces, randstad: options.randstad, labourForce, matrixFase: options.fase, dataset });
}

/** The dashboard figures of one filter. */
export type DashboardFigures = Awaited<ReturnType<typeof loadDashboardFigures>>;

/** Whether any real (non-demo) intake data exists at all: without it the dashboards say so and offer the demo. */
export async function hasRealIntakeData(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('instroom_kwartaal').select('kwartaal').where('is_demo', '=', false).limit(1).executeTakeFirst()) !== undefined;
}
