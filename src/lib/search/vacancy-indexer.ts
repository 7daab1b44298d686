import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { withAdvisoryLock } from '../db/advisory-lock.ts';
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

/** How far before a rebuild's start changes are re-synced (covers transactions that began earlier and committed during it). */
const RESYNC_MARGIN_MS = 10 * 60_000;

/**
 * Rebuilds both indexes from the database without downtime: fills `<name>__nieuw` with the
 * current settings, swaps both with the live indexes in ONE swap call (atomic together), drops the
 * old ones, then re-syncs every vacancy changed since the rebuild began (a publish during the
 * rebuild wrote to the index that was swapped away). Serialized across app nodes by an advisory
 * lock, so two rebuilds never run at once. Returns the number of vacancies indexed.
 */
export async function rebuildVacancyIndexes(db: Kysely<DB>, search: SearchConnection, now: Date = new Date()): Promise<number> {
  const outcome = await withAdvisoryLock(db, `search-rebuild:${search.indexPrefix}`, () => rebuildLocked(db, search, now));
  return outcome.ran ? outcome.value : 0;
}

/**
 * Rebuilds only when needed, under the rebuild lock, checking the reason again once it holds the
 * lock: two nodes starting together rebuild once, the second finds the index current.
 */
export async function rebuildIfNeeded(db: Kysely<DB>, search: SearchConnection, now: Date = new Date()): Promise<{ reason: string | null; count: number }> {
  const outcome = await withAdvisoryLock(db, `search-rebuild:${search.indexPrefix}`, async () => {
    const reason = await rebuildReason(db, search, now);
    return { reason, count: reason ? await rebuildLocked(db, search, now) : 0 };
  });
  return outcome.ran ? outcome.value : { reason: null, count: 0 };
}

async function databaseNow(db: Kysely<DB>): Promise<Date> {
  const { rows } = await sql<{ now: Date | string }>`select clock_timestamp() as now`.execute(db);
  return new Date(rows[0]!.now);
}

async function rebuildLocked(db: Kysely<DB>, search: SearchConnection, now: Date): Promise<number> {
  const { client } = search;
  const live = indexNames(search);
  const build = { vacancies: `${live.vacancies}__nieuw`, locations: `${live.locations}__nieuw` };
  const startedAt = await databaseNow(db);
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
  const indexed = new Map<string, string>();
  for (;;) {
    const batch = await loadVacancyRecords(db, { openOnly: true, limit: BATCH, afterId });
    if (batch.length === 0) break;
    afterId = batch.at(-1)!.id;
    const records = batch.filter((r) => isOpenAt(r, now));
    if (records.length === 0) continue;
    count += records.length;
    for (const r of records) indexed.set(r.id, r.inhoud_hash);
    pending.push(waitOk(client.index(build.vacancies).addDocuments(records.map(toVacancyDocument)), 'add documents'));
    pending.push(waitOk(client.index(build.locations).addDocuments(records.flatMap(toLocationDocuments)), 'add documents'));
  }
  await Promise.all(pending);

  for (const uid of [live.vacancies, live.locations]) {
    if (!(await indexExists(client, uid))) await waitOk(client.createIndex(uid, { primaryKey: 'id' }), 'create index');
  }
  await waitOk(client.swapIndexes([{ indexes: [live.vacancies, build.vacancies], rename: false }, { indexes: [live.locations, build.locations], rename: false }]), 'swap');
  await waitOk(client.deleteIndex(build.vacancies), 'delete old index');
  await waitOk(client.deleteIndex(build.locations), 'delete old index');

  // Re-sync what changed while we built (see RESYNC_MARGIN_MS): those writes went to the old indexes.
  // Only rows whose version differs from what this build indexed need it (a fresh demo seed changed everything).
  const recent = await db.selectFrom('vacature').select(['id', 'inhoud_hash']).where('gewijzigd_op', '>=', new Date(startedAt.getTime() - RESYNC_MARGIN_MS)).execute();
  const changed = recent.filter((r) => indexed.get(r.id) !== r.inhoud_hash);
  for (let k = 0; k < changed.length; k += 1000) await syncVacancies(db, search, changed.slice(k, k + 1000).map((r) => r.id), now);

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
  const [inIndex, inDatabase] = await Promise.all([indexContent(search), databaseContent(db, now)]);
  if (inIndex.digest !== inDatabase.digest) return `index content differs from the database (index ${inIndex.count} vacancies, database ${inDatabase.count})`;
  return null;
}

/** A digest over sorted "id:versie" lines, so two sides can be compared by content. */
export function contentDigest(entries: Iterable<string>): { digest: string; count: number } {
  const lines = [...entries].sort();
  return { digest: createHash('sha256').update(lines.join('\n')).digest('hex'), count: lines.length };
}

/** Ids and versions of the open vacancies the index should hold. */
async function databaseContent(db: Kysely<DB>, now: Date) {
  const rows = await db.selectFrom('vacature').select(['id', 'inhoud_hash', 'status', 'sluitingsdatum']).where('status', '=', 'open').execute();
  return contentDigest(rows.filter((r) => isOpenAt(r, now)).map((r) => `${r.id}:${r.inhoud_hash}`));
}

/** Ids and versions the live vacancy index holds (documents from before `versie` existed never match). */
async function indexContent(search: SearchConnection) {
  const uid = indexNames(search).vacancies;
  const entries: string[] = [];
  const limit = 10_000;
  for (let offset = 0; ; offset += limit) {
    const page = await search.client.index(uid).getDocuments<{ id: string; versie?: string }>({ fields: ['id', 'versie'], limit, offset });
    for (const d of page.results) entries.push(`${d.id}:${d.versie ?? ''}`);
    if (page.results.length < limit) break;
  }
  return contentDigest(entries);
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
