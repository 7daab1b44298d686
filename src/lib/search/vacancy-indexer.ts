import type { Kysely } from 'kysely';
import type { Meilisearch } from 'meilisearch';
import type { DB } from '../db/schema.ts';
import { isOpenAt } from '../vacancies/vacancy-status.ts';
import { loadVacancyRecords } from '../vacancies/vacancy-record.ts';
import type { SearchConnection } from './search-client.ts';
import { LOCATION_INDEX, VACANCY_INDEX, locationIndexSettings, settingsFingerprint, vacancyIndexSettings } from './vacancy-index-settings.ts';
import { toLocationDocuments, toVacancyDocument } from './vacancy-documents.ts';

const BATCH = 5000;
const STATE_KEY = 'vacatures';

/** The live index names for a connection (with its prefix). */
export function indexNames(search: Pick<SearchConnection, 'indexPrefix'>) {
  return { vacancies: `${search.indexPrefix}${VACANCY_INDEX}`, locations: `${search.indexPrefix}${LOCATION_INDEX}` };
}

async function waitOk(promise: { waitTask: (o?: { timeout?: number }) => Promise<{ status: string; error?: { message: string } | null }> }, what: string) {
  const task = await promise.waitTask({ timeout: 300_000 });
  if (task.status !== 'succeeded') throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? ''}`);
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rebuilds both indexes from the database without downtime: fills `<name>__nieuw` with the
 * current settings, swaps it with the live index in one atomic task, then drops the old one.
 * Returns the number of vacancies indexed.
 */
export async function rebuildVacancyIndexes(db: Kysely<DB>, search: SearchConnection, now: Date = new Date()): Promise<number> {
  const { client } = search;
  const live = indexNames(search);
  const build = { vacancies: `${live.vacancies}__nieuw`, locations: `${live.locations}__nieuw` };
  for (const uid of [build.vacancies, build.locations]) {
    if (await indexExists(client, uid)) await waitOk(client.deleteIndex(uid), `delete ${uid}`);
  }
  await waitOk(client.createIndex(build.vacancies, { primaryKey: 'id' }), 'create index');
  await waitOk(client.createIndex(build.locations, { primaryKey: 'id' }), 'create index');
  await waitOk(client.index(build.vacancies).updateSettings(vacancyIndexSettings), 'settings');
  await waitOk(client.index(build.locations).updateSettings(locationIndexSettings), 'settings');

  let count = 0;
  let afterId: string | undefined;
  const pending: Promise<void>[] = [];
  for (;;) {
    const batch = await loadVacancyRecords(db, { openOnly: true, limit: BATCH, afterId });
    if (batch.length === 0) break;
    afterId = batch.at(-1)!.id;
    const records = batch.filter((r) => isOpenAt(r, now));
    if (records.length === 0) continue;
    count += records.length;
    pending.push(waitOk(client.index(build.vacancies).addDocuments(records.map(toVacancyDocument)), 'add documents'));
    pending.push(waitOk(client.index(build.locations).addDocuments(records.flatMap(toLocationDocuments)), 'add documents'));
  }
  await Promise.all(pending);

  for (const [liveUid, buildUid] of [[live.vacancies, build.vacancies], [live.locations, build.locations]] as const) {
    if (!(await indexExists(client, liveUid))) await waitOk(client.createIndex(liveUid, { primaryKey: 'id' }), 'create index');
    await waitOk(client.swapIndexes([{ indexes: [liveUid, buildUid], rename: false }]), 'swap');
    await waitOk(client.deleteIndex(buildUid), 'delete old index');
  }
  await db
    .insertInto('zoekindex_status')
    .values({ naam: STATE_KEY, vingerafdruk: settingsFingerprint(), aantal_documenten: count })
    .onConflict((oc) => oc.column('naam').doUpdateSet({ vingerafdruk: settingsFingerprint(), aantal_documenten: count, gebouwd_op: new Date() }))
    .execute();
  await pruneFinishedTasks(client);
  return count;
}

/** Why the indexes need a rebuild, or null when they are current. */
export async function rebuildReason(db: Kysely<DB>, search: SearchConnection, now: Date = new Date()): Promise<string | null> {
  const live = indexNames(search);
  if (!(await indexExists(search.client, live.vacancies)) || !(await indexExists(search.client, live.locations))) return 'index does not exist';
  const state = await db.selectFrom('zoekindex_status').selectAll().where('naam', '=', STATE_KEY).executeTakeFirst();
  if (!state) return 'never built from this database';
  if (state.vingerafdruk !== settingsFingerprint()) return 'index settings changed';
  const stats = await search.client.index(live.vacancies).getStats();
  const expected = await countIndexable(db, now);
  if (stats.numberOfDocuments !== expected) return `index holds ${stats.numberOfDocuments} vacancies, database ${expected}`;
  return null;
}

async function countIndexable(db: Kysely<DB>, now: Date): Promise<number> {
  const rows = await db.selectFrom('vacature').select(['status', 'sluitingsdatum']).where('status', '=', 'open').execute();
  return rows.filter((r) => isOpenAt(r, now)).length;
}

/**
 * Brings specific vacancies up to date in both indexes: open ones are (re)written, closed or
 * deleted ones removed. Used right after a publish, so a change is searchable within seconds.
 */
export async function syncVacancies(db: Kysely<DB>, search: SearchConnection, ids: string[], now: Date = new Date()): Promise<void> {
  if (ids.length === 0) return;
  const live = indexNames(search);
  const records = await loadVacancyRecords(db, { ids });
  const open = records.filter((r) => isOpenAt(r, now));
  const quoted = ids.map((id) => `"${id.replace(/[^0-9a-f-]/gi, '')}"`).join(', ');
  // Locations may have changed: remove every standplaats document first, then write the current ones.
  await waitOk(search.client.index(live.locations).deleteDocuments({ filter: `vacatureId IN [${quoted}]` }), 'delete locations');
  const closedIds = ids.filter((id) => !open.some((r) => r.id === id));
  if (closedIds.length) await waitOk(search.client.index(live.vacancies).deleteDocuments(closedIds), 'delete vacancies');
  if (open.length) {
    await waitOk(search.client.index(live.vacancies).addDocuments(open.map(toVacancyDocument)), 'add vacancies');
    await waitOk(search.client.index(live.locations).addDocuments(open.flatMap(toLocationDocuments)), 'add locations');
  }
}

/** Removes vacancies whose closing day has passed (they are already filtered out at query time). */
export async function removeExpired(search: SearchConnection, now: Date = new Date()): Promise<void> {
  const live = indexNames(search);
  const filter = `sluitTijdstip <= ${Math.floor(now.getTime() / 1000)}`;
  await waitOk(search.client.index(live.vacancies).deleteDocuments({ filter }), 'delete expired');
  await waitOk(search.client.index(live.locations).deleteDocuments({ filter }), 'delete expired');
}

/** Deletes finished tasks older than an hour, so Meilisearch's task store does not grow without bound. */
export async function pruneFinishedTasks(client: Meilisearch, olderThanMs = 3_600_000): Promise<void> {
  await client.tasks.deleteTasks({ statuses: ['succeeded', 'failed', 'canceled'], beforeFinishedAt: new Date(Date.now() - olderThanMs).toISOString() }).waitTask();
}
