import { getConfig } from '../config/config.ts';
import { getDatabase } from '../runtime/app-context.ts';
import { randstadDefinition } from '../statistics/definitions.ts';
import { loadPublishedFigures } from '../statistics/published-series.ts';
import { listSnapshotVersions } from '../statistics/snapshot-history.ts';

/** Data of /cijfers/methode (both languages): published figures, every inventory version, the Randstad definition. */
export async function methodPageRoute() {
  const { db } = await getDatabase();
  const [published, snapshots] = await Promise.all([loadPublishedFigures(db), listSnapshotVersions(db)]);
  return { published, snapshots, randstad: randstadDefinition(getConfig().RANDSTAD_PROVINCES) };
}
