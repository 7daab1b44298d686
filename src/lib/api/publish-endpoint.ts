import { authenticateApiToken } from '../auth/api-tokens.ts';
import { getConfig } from '../config/config.ts';
import { jsonResponse, problemResponse } from '../http/problem.ts';
import { BODY_LIMITS, readJsonBody, RequestBodyError } from '../http/request-body.ts';
import { getDatabase, getReferenceLookups, getSearch } from '../runtime/app-context.ts';
import { markIndexStale } from '../search/search-maintenance.ts';
import { syncVacancies } from '../search/vacancy-indexer.ts';
import { validateAndPublish } from '../vacancies/vacancy-publish-service.ts';
import { recordToJson } from './vacancy-json.ts';
import { loadVacancyRecords } from '../vacancies/vacancy-record.ts';

/**
 * POST /api/v1/vacatures (id = null) and PUT /api/v1/vacatures/{id}: validate with zod, write in
 * one transaction, then update both search indexes at once so the change is searchable within
 * seconds. If search is down the write still stands and the index is marked for a rebuild.
 */
export async function handlePublish(request: Request, id: string | null): Promise<Response> {
  const { db } = await getDatabase();
  const organisatieCode = await authenticateApiToken(db, request.headers.get('authorization'));
  if (!organisatieCode) {
    return problemResponse({ title: 'Niet geautoriseerd', status: 401, detail: 'Stuur een geldig organisatietoken mee: Authorization: Bearer rir_…' }, { 'WWW-Authenticate': 'Bearer realm="rijk-in-de-regio"' });
  }
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
    return problemResponse({ title: 'Verkeerd formaat', status: 415, detail: 'Stuur de vacature als application/json.' });
  }
  let data: unknown;
  try {
    // Read with its limit while streaming: a body over 256 KB is refused without being held in memory.
    data = await readJsonBody(request, BODY_LIMITS.vacancyJson);
  } catch (error) {
    if (error instanceof RequestBodyError) return problemResponse({ title: error.status === 413 ? 'Te groot' : 'Ongeldige body', status: error.status, detail: error.message });
    throw error;
  }
  if (id) {
    const [existing] = await loadVacancyRecords(db, { ids: [id] });
    if (!existing) return problemResponse({ title: 'Vacature niet gevonden', status: 404, detail: `Er is geen vacature met id ${id}.` });
    if (existing.organisatie_code !== organisatieCode) return problemResponse({ title: 'Geen toegang', status: 403, detail: 'Deze vacature is van een andere organisatie.' });
    const kenmerk = (data as { kenmerk?: unknown } | null)?.kenmerk;
    if (kenmerk !== existing.kenmerk) {
      return problemResponse({ title: 'Kenmerk wijkt af', status: 400, detail: `Het kenmerk van deze vacature is ${existing.kenmerk} en kan niet veranderen.`, invalidParams: [{ name: 'kenmerk', reason: 'moet gelijk zijn aan het bestaande kenmerk' }] });
    }
  }
  const lookups = await getReferenceLookups();
  const report = await validateAndPublish(db, lookups.catalog, organisatieCode, [{ rowNumber: 1, data }]);
  if (report.issues.length) {
    return problemResponse({
      title: 'Ongeldige vacature',
      status: 400,
      detail: report.issues.map((i) => `${i.field ?? 'vacature'}: ${i.message}`).join('; '),
      invalidParams: report.issues.map((i) => ({ name: i.field ?? 'vacature', reason: i.message })),
    });
  }
  const outcome = report.accepted[0]!;
  await indexWithinBound(db, outcome.id);
  const [saved] = await loadVacancyRecords(db, { ids: [outcome.id] });
  const base = getConfig().PUBLIC_BASE_URL;
  const status = outcome.result === 'created' ? 201 : 200;
  return jsonResponse({ ...recordToJson(saved!, base), resultaat: outcome.result }, { status, headers: status === 201 ? { Location: `${base}/api/v1/vacatures/${outcome.id}` } : {} });
}

/**
 * How long a publish waits for the search index. The vacancy is stored (that is what 201 promises); indexing is a
 * queue that a burst of publishes can make slow, and a client should not wait minutes for it. After this bound
 * the reply goes out and the sync finishes in the background; only a failed sync marks the index stale (the
 * maintenance job then rebuilds it).
 */
export const PUBLISH_INDEX_WAIT_MS = 30_000;

async function indexWithinBound(db: Parameters<typeof syncVacancies>[0], id: string): Promise<void> {
  const synced = getSearch()
    .then((search) => syncVacancies(db, search, [id]))
    .catch(() => markIndexStale(db).catch(() => undefined));
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => { timer = setTimeout(resolve, PUBLISH_INDEX_WAIT_MS); });
  await Promise.race([synced, bound]);
  clearTimeout(timer);
}
